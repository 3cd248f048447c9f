"""Generate reproducible demo articles for the fictional province of Đông Lâm from the team's own
sentence templates (`demo_words`), varied by a seeded random generator.
"""

import contextlib
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from bantin.news import demo_words as words

SECTION_SLUGS = ["tin-trong-tinh", "tin-trong-nuoc", "xay-dung-dang", "hoat-dong-cac-ban-dang",
                 "nghien-cuu-trao-doi", "hoc-tap-va-lam-theo-bac", "kinh-te-xa-hoi"]
# Dates in the text are computed from days_ago against this day unless `today` is given.
REFERENCE_DATE = date(2026, 11, 26)


@dataclass(frozen=True)
class DemoArticle:
    """One generated article, ready to become an ArticlePage."""

    section: str
    title: str
    kicker: str
    lead: str
    paragraphs: list[str]
    captions: list[str]
    author: str
    author_unit: str
    source: str
    tags: list[str]
    days_ago: int
    hour: int
    minute: int


# section -> kinds, briefing fields, visiting leaders, byline units ("|"-separated, "" = none)
SECTIONS = {
    "tin-trong-tinh": ("giao_ban visit visit conference", "party partybloc", "bt ptbtt", "|VPTU"),
    "tin-trong-nuoc": ("national", "", "", ""),
    "xay-dung-dang": ("admission cadre study conference giao_ban", "organization inspection", "",
                      "|Ban Tổ chức Tỉnh ủy"),
    "hoat-dong-cac-ban-dang": ("giao_ban giao_ban visit", "propaganda organization inspection mass",
                               "tc tg dv kt", "VPTU|UBKT Tỉnh ủy"),
    "nghien-cuu-trao-doi": ("opinion", "", "", "Trường Chính trị tỉnh|Ban Tuyên giáo Tỉnh ủy"),
    "hoc-tap-va-lam-theo-bac": ("conference hcm_model", "", "", "|Ban Dân vận Tỉnh ủy"),
    "kinh-te-xa-hoi": ("giao_ban conference visit", "economy", "ct pct", "|VPTU"),
}
NEW_DOCS = [("Nghị quyết", "NQ/TU", "Ban Chấp hành Đảng bộ tỉnh", 21, 40),
            ("Chỉ thị", "CT/TU", "Ban Thường vụ Tỉnh ủy", 12, 30),
            ("Kết luận", "KL/TU", "Ban Thường vụ Tỉnh ủy", 50, 420)]  # name, code, issuer, range
ORDINALS = ["Một là", "Hai là", "Ba là", "Bốn là"]
_ALT = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)(?::(\d+)-(\d+))?\}")


def _parse(block):
    pools, key = {}, None
    for line in block.splitlines():
        if line.startswith("@"):
            key = line[1:].strip()
            pools[key] = []
        elif line.startswith("  "):
            pools[key][-1] += " " + line.strip()
        elif line.strip():
            pools[key].append(line.strip())
    return pools


def _clean(text):
    return unicodedata.normalize("NFC", " ".join(text.split()))


KIND_TEMPLATES = """
@cadre.title
Công bố quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ
Trao quyết định điều động, bổ nhiệm {new_pos}
@cadre.lead
{When}, tại {new_org}, {chair} đã trao {qd_tu} của Ban Thường vụ Tỉnh ủy về việc điều động, bổ nhiệm
  đồng chí {new_name}, {old_pos}, giữ chức {new_pos}.
@cadre.open
Hội nghị đã nghe đại diện lãnh đạo Ban Tổ chức Tỉnh ủy công bố quyết định của Ban Thường vụ Tỉnh ủy
  về công tác cán bộ; thời hạn giữ chức vụ là 5 năm, kể từ ngày quyết định có hiệu lực.
@cadre.open+
Dự hội nghị có lãnh đạo Ban Tổ chức Tỉnh ủy và tập thể lãnh đạo, cán bộ chủ chốt của {new_org}.
@cadre.bio
Đồng chí {new_name} sinh năm {birth}, quê quán {commune_full}; trình độ thạc sĩ {major}, cao cấp lý
  luận chính trị.
@cadre.bio+
Trước khi được điều động, bổ nhiệm, đồng chí đã kinh qua nhiều vị trí công tác ở cơ sở và các cơ
  quan của tỉnh, được đánh giá là cán bộ có năng lực, trách nhiệm.
Đồng chí được tập thể lãnh đạo {new_org} tín nhiệm cao khi lấy phiếu giới thiệu nhân sự.
@cadre.speech
Phát biểu giao nhiệm vụ, {chair_short} chúc mừng đồng chí {new_name} được Ban Thường vụ Tỉnh ủy tin
  tưởng giao nhiệm vụ mới.
@cadre.speech+
Đồng chí đề nghị đồng chí {new_name} phát huy kinh nghiệm, năng lực, nhanh chóng tiếp cận công việc,
  cùng tập thể lãnh đạo {new_org} hoàn thành tốt nhiệm vụ được giao.
Đồng chí cũng đề nghị tập thể {new_org} đoàn kết, thống nhất, tạo điều kiện để đồng chí {new_name}
  sớm ổn định và phát huy vai trò trên cương vị mới.
@cadre.reply
Phát biểu nhận nhiệm vụ, đồng chí {new_name} bày tỏ vinh dự và cảm ơn sự tin tưởng của Ban Thường vụ
  Tỉnh ủy; hứa sẽ không ngừng học tập, rèn luyện, cùng tập thể {new_org} nỗ lực hoàn thành tốt nhiệm
  vụ được giao.
@cadre.reply+
Đồng chí mong tiếp tục nhận được sự quan tâm, chỉ đạo của Thường trực Tỉnh ủy và sự phối hợp, giúp
  đỡ của các cơ quan, đơn vị trong tỉnh.
@hcm_model.title
Mô hình "Dân vận khéo" giúp {commune} [đổi thay|khởi sắc|đổi mới diện mạo]
[Lan tỏa|Nhân rộng] mô hình "Dân vận khéo" ở {commune}, {place}
@hcm_model.lead
Thời gian qua, mô hình "Dân vận khéo" trong {model_field} ở {commune}, {place} đã phát huy hiệu quả.
  Đây là cách làm tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
@hcm_model.open
Là xã miền núi của {place}, {commune} có hơn {b:1200-3600} hộ với {i:4-7} dân tộc cùng sinh sống;
  những năm trước, đời sống của người dân còn nhiều khó khăn, hạ tầng thiếu thốn.
@hcm_model.open+
Thực hiện {doc_short} của Ban Thường vụ Tỉnh ủy, Đảng ủy xã đã chọn {model_field} là khâu đột phá.
Đảng ủy xã phân công cán bộ, đảng viên phụ trách từng thôn, từng nhóm hộ để nắm tâm tư, nguyện vọng
  của nhân dân.
@opinion.title
Nâng cao [chất lượng|hiệu quả] {topic_np} ở Đảng bộ tỉnh Đông Lâm
{Topic_np} ở Đông Lâm - Kết quả và những vấn đề đặt ra
Phát huy vai trò của cấp ủy trong {topic_np}
@opinion.lead
[Thời gian qua|Những năm gần đây], {topic_np} ở tỉnh Đông Lâm đã có [nhiều chuyển biến tích cực|bước
  tiến rõ nét], song vẫn còn không ít vấn đề đặt ra. Bài viết [phân tích thực trạng và đề xuất một
  số giải pháp mang tính thực tiễn|đánh giá kết quả, chỉ ra hạn chế và gợi mở một số giải pháp].
@opinion.open
Xác định {topic_np} là nhiệm vụ quan trọng, thường xuyên, thời gian qua, Ban Chấp hành Đảng bộ tỉnh,
  Ban Thường vụ Tỉnh ủy Đông Lâm đã ban hành nhiều văn bản lãnh đạo, tiêu biểu là {any_doc}.
@opinion.open+
Nhờ đó, nhận thức và trách nhiệm của cán bộ, đảng viên đối với {topic_np} ngày càng được nâng lên.
@opinion.status
Qua quá trình thực hiện, {topic_np} trên địa bàn tỉnh đã đạt được những kết quả quan trọng.
@opinion.sol
{Ord}, [nâng cao|tiếp tục nâng cao] nhận thức, trách nhiệm của cấp ủy, tổ chức đảng và người đứng
  đầu đối với {topic_np}. Cấp ủy các cấp cần xác định đây là nhiệm vụ thường xuyên, lâu dài, đưa vào
  chương trình công tác toàn khóa và hằng năm; định kỳ sơ kết, rút kinh nghiệm để kịp thời điều
  chỉnh những nội dung [chưa phù hợp|không còn sát thực tế].
{Ord}, đổi mới nội dung, phương thức thực hiện theo hướng thiết thực, hiệu quả, tránh hình thức. Cần
  đẩy mạnh ứng dụng công nghệ thông tin trong quản lý, theo dõi, đánh giá; phát huy vai trò của báo
  chí và mạng xã hội trong tuyên truyền, [lan tỏa|nhân rộng] những cách làm hay về {topic_np}.
{Ord}, chú trọng xây dựng đội ngũ cán bộ tham mưu có bản lĩnh chính trị vững vàng, chuyên môn sâu,
  tâm huyết với công việc. Hằng năm cần có kế hoạch đào tạo, bồi dưỡng, cập nhật kiến thức, đồng
  thời có chính sách phù hợp để đội ngũ này [yên tâm công tác|gắn bó lâu dài với công việc].
{Ord}, tăng cường kiểm tra, giám sát việc thực hiện; kịp thời biểu dương những tập thể, cá nhân làm
  tốt, chấn chỉnh những nơi thực hiện hình thức, thiếu trách nhiệm. Kết quả thực hiện {topic_np} cần
  được xem là tiêu chí quan trọng khi đánh giá, xếp loại tổ chức đảng và đảng viên hằng năm.
@opinion.end
[Có thể khẳng định|Thực tiễn cho thấy], {topic_np} là nhiệm vụ vừa cấp bách, vừa lâu dài. Như
  {chair} [từng nhấn mạnh tại một hội nghị của Tỉnh ủy|nhiều lần nhấn mạnh], mỗi cấp ủy, mỗi cán bộ,
  đảng viên phải biến quyết tâm chính trị thành hành động cụ thể, đo đếm được bằng kết quả.
@opinion.end+
Đó cũng là điều kiện quan trọng để thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ
  {term_years}.
"""
POOLS = {**_parse(words.TEMPLATES), **_parse(KIND_TEMPLATES)}


class _Retry(Exception):
    """A random draw gave text out of bounds: build the article again from a fresh draw."""


class _Article:
    """The context (people, places, dates, figures) and the text assembly of one article."""

    def __init__(self, rng, *, section, kind, days_ago, today, titles):
        self.rng, self.section, self.kind, self.prefix = rng, section, kind, kind
        self.days_ago, self.titles, self.used, self.ctx = days_ago, titles, set(), {}
        self._dates(today)
        self.place()
        self.ctx.update(host="Ban Thường vụ Tỉnh ủy", event="hội nghị",
                        subject="các cấp ủy, tổ chức đảng", audience="các cấp ủy, tổ chức đảng")
        self.groups("party", units=words.PARTY_UNITS)

    def slot(self, key):
        if key not in self.ctx and key[:1].isupper():
            text = self.slot(key[0].lower() + key[1:])
            return text[:1].upper() + text[1:]
        value = self.ctx[key]
        return self.expand(value() if callable(value) else value)

    def expand(self, template):
        while "[" in template:
            template = _ALT.sub(lambda match: self.rng.choice(match.group(1).split("|")), template)
        return _SLOT.sub(self._fill, template)

    def _fill(self, match):
        key, low, high = match.groups()
        if low is None:
            return self.slot(key)
        if key == "p":
            value = self.rng.uniform(int(low), int(high))
            return "100" if value >= 99.95 else f"{value:.1f}".replace(".", ",").removesuffix(",0")
        value = self.rng.randint(int(low), int(high))
        return f"{value:,}".replace(",", ".") if key == "b" else str(value)

    def fit(self, key, low, high, accept=lambda text: True):
        for _ in range(40):
            text = self.expand(self.rng.choice(POOLS[key]))
            if low <= len(text.split()) <= high and accept(text):
                return text
        raise _Retry

    def paragraph(self, first, more=None):
        """Open with an unused template of `first`, then add unused ones of `more` to a length."""
        for _ in range(25):
            free = [(first, i) for i in range(len(POOLS[first])) if (first, i) not in self.used]
            if not free:
                raise _Retry
            target, first_pick = self.rng.randint(60, 115), self.rng.choice(free)
            parts = {first_pick: self.expand(POOLS[first][first_pick[1]])}
            rest = [(more, i) for i in range(len(POOLS[more]))] if more else []
            for pick in self.rng.sample(rest, len(rest)):  # choose at random, keep the pool's order
                size = len(" ".join(parts.values()).split())
                if size < target and pick not in self.used and pick not in parts:
                    try:
                        sentence = self.expand(POOLS[more][pick[1]])
                    except _Retry:  # a slot has run out of fresh items: leave the sentence out
                        continue
                    if size + len(sentence.split()) <= 135:
                        parts[pick] = sentence
            picks = [first_pick, *sorted(pick for pick in parts if pick != first_pick)]
            text = " ".join(parts[pick] for pick in picks)
            if 50 <= len(text.split()) <= 140:
                self.used.update(picks)
                return text
        raise _Retry

    def drawer(self, items):
        bag = self.rng.sample(items, len(items))
        return lambda: bag.pop() if bag else self._exhausted()

    def _exhausted(self):
        raise _Retry

    def _dates(self, today):
        rng = self.rng
        published = today - timedelta(days=self.days_ago)
        event = published - timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
        event -= timedelta(days=event.weekday() == 6)  # no meetings on Sundays
        part = rng.choice(("sáng", "sáng", "chiều", "ngày"))
        earliest = {"sáng": 10, "chiều": 16, "ngày": 12}[part] if event == published else 6
        self.hour, self.minute = rng.randint(earliest, 21), rng.randint(0, 59)
        self.event, self.year, month = event, event.year, event.month
        self.ctx.update(
            when=f"{part} {event.day}/{month}", year=str(self.year), prev_year=str(self.year - 1),
            next_month=str(month % 12 + 1), period=f"năm {self.year - (month <= 2)}",
            term_years="2025 - 2030" if event >= date(2025, 10, 1) else "2020 - 2025",
            grdp=f"{rng.uniform(6.2, 9.4):.1f}".replace(".", ","),
            budget=f"{rng.randint(2800, 6800):,}".replace(",", "."), venue=rng.choice(words.VENUES),
            qd_tu=f"Quyết định số {rng.randint(300, 2400)}-QĐ/TU",
            qd_duk=f"Quyết định số {rng.randint(100, 900)}-QĐ/ĐUK",
            kh_duk=f"Kế hoạch số {rng.randint(10, 160)}-KH/ĐUK",
            nd_cp=f"Nghị định số {rng.randint(10, 380)}/{self.year - 1}/NĐ-CP")

    def periodic(self, cumulative=False):
        year, month = self.year, self.event.month
        named = {1: (f"năm {year - 1}", f"năm {year}"), 4: (f"quý I năm {year}", "quý II"),
                 7: (f"6 tháng đầu năm {year}", "6 tháng cuối năm"),
                 10: (f"9 tháng năm {year}", "quý IV")}
        past = f"{month - 1} tháng" if cumulative and month > 2 else f"tháng {month - 1}"
        period, following = named.get(month, (f"{past} năm {year}", f"tháng {month}"))
        self.ctx.update(period=period, next_period=following)

    def person(self, role, key):
        name, title = words.LEADERS[key]
        self.ctx.update({role: f"đồng chí {name}, {title}", f"{role}_short": f"đồng chí {name}",
                         f"{role}_name": name, f"{role}_role": title.split(", ")[-1]})

    def name(self):
        return f"{self.rng.choice(words.SURNAMES)} {self.rng.choice(words.GIVEN)}"

    def place(self):
        kind, name, secretary = self.rng.choice(words.DISTRICTS)
        committee = {"thành phố": "Thành ủy", "thị xã": "Thị ủy"}.get(kind, "Huyện ủy") + " " + name
        commune = self.rng.choice(words.COMMUNES)
        self.ctx.update(place=f"{kind} {name}", place_cmt=committee, whole=f"toàn {kind}",
                        place_sec=f"đồng chí {secretary}, Bí thư {committee}",
                        commune=f"xã {commune}", commune_full=f"xã {commune}, {kind} {name}",
                        site=self.rng.choice(words.SITES))

    def groups(self, *groups, units):
        def pooled(prefix):
            return [line for group in ("common", *groups)
                    for line in POOLS.get(f"{prefix}.{group}", [])]

        shortfall, task = self.drawer(pooled("shortfalls")), self.drawer(pooled("tasks"))
        self.ctx.update(shortfalls=lambda: "; ".join(shortfall() for _ in range(3)),
                        tasks=lambda: "; ".join(task() for _ in range(3)), task=task,
                        cause=self.drawer(POOLS["causes"]), unit=self.drawer(units),
                        proposal=self.drawer(pooled("proposal")))

    def field(self, key):
        noun, host, chair, audience, group, results, tag = words.FIELDS[key]
        self.ctx.update(field_np=noun, host=host, audience=audience, subject="các cơ quan, đơn vị")
        self.person("chair", chair)
        self.groups(group, units=words.PARTY_UNITS if group == "party" else words.STATE_UNITS)
        return results, tag

    def doc(self, doc):
        ref, issued, issuer, subject, _group, _results, tag = doc
        years = max(1, self.year - int(issued[-4:]))
        self.ctx.update(doc_short=ref, doc_date=issued, doc_issuer=issuer, doc_subject=subject,
                        headline=tag, n=str(years), conf_verb="sơ kết" if years < 5 else "tổng kết")
        return ref.replace(" số", "")

    def meeting(self, *middle):
        return [(f"{self.prefix}.open", f"{self.prefix}.open+"), *middle, ("limits", "limits+"),
                ("proposals", "proposals+", 0.5), ("close", "close+")]

    # Kinds return (plan: [(opening pool, follow-up pool[, probability])], captions, tags).
    def _giao_ban(self):
        key = self.rng.choice(SECTIONS[self.section][1].split())
        results, tag = self.field(key)
        self.periodic(cumulative=key == "economy")
        pools = [(f"res.{pool}",) * 2 for pool in self.rng.sample(results, min(2, len(results)))]
        if key == "economy":  # the provincial People's Committee meets instead of Party bodies
            self.prefix, self.ctx["event"] = "econ_report", "phiên họp"
            extra = f"res.{self.rng.choice(('agri', 'transport', 'poverty', 'digital'))}"
            return self.meeting(*pools, (extra, extra, 0.7)), ["cap.meeting"], [tag, "GRDP"]
        return self.meeting(*pools), ["cap.meeting"], ["giao ban", tag]

    def _visit(self):
        chair = self.rng.choice(SECTIONS[self.section][2].split())
        nouns = [field[0] for field in words.FIELDS.values() if field[2] == chair]
        self.person("chair", chair)
        place, committee = self.ctx["place"], self.ctx["place_cmt"]
        self.ctx.update(field_np=(nouns or ["việc thực hiện nhiệm vụ chính trị"])[0],
                        event="buổi làm việc", audience=f"Ban Thường vụ {committee}",
                        subject=f"Đảng bộ, chính quyền và nhân dân {place}",
                        headline_task=f"nâng cao chất lượng {nouns[0]}" if chair in "tc tg dv kt"
                        else self.rng.choice(words.HEADLINE_TASKS))
        self.groups("party", "econ", units=[f"UBND {place}", f"Ban Tổ chức {committee}",
                                            f"Ủy ban Kiểm tra {committee}"])
        return (self.meeting(("res.district", "res.district")), ["cap.meeting", "cap.visit"],
                ["đoàn công tác", place])

    def _conference(self):
        group = {"kinh-te-xa-hoi": "econ", "xay-dung-dang": "party"}.get(self.section)
        docs = [doc for doc in words.DOCS if group in (None, doc[4])]
        docs = [doc for doc in docs if int(doc[1][-4:]) < self.year] or docs
        doc = words.HCM_DOC if self.section == "hoc-tap-va-lam-theo-bac" else self.rng.choice(docs)
        short, econ = self.doc(doc), doc[4] == "econ"
        self.person("chair", self.rng.choice(("ct", "pct") if econ else ("bt", "ptbtt", "tg")))
        if self.rng.random() < 0.5:  # a district committee reviews the provincial document
            secretary = self.ctx["place_sec"]
            self.ctx.update(host=f"Ban Thường vụ {self.ctx['place_cmt']}", chair=secretary,
                            chair_short=secretary.split(",")[0])
        self.ctx.update(field_np=f"việc thực hiện {doc[0]}", subject="các cấp ủy, chính quyền",
                        audience="các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể")
        self.groups(doc[4], units=words.STATE_UNITS if econ else words.PARTY_UNITS)
        return (self.meeting((f"res.{doc[5]}",) * 2), ["cap.meeting"],
                [doc[6], short, self.ctx["conf_verb"]])

    def _national(self):
        agency, chair, topic, tag, pool = self.rng.choice(words.NATIONAL)
        self.periodic()
        self.person("chair", chair)
        self.person("local", self.rng.choice(("ptbtt", "pct", "tc", "nn")))
        self.ctx.update(agency=agency, nat_topic=topic, field_np=topic,
                        subject="các bộ, ngành, địa phương", audience="các bộ, ngành, địa phương")
        self.groups("nat", units=words.NATIONAL_UNITS)
        return self.meeting((f"res.{pool}",) * 2), ["cap.meeting"], [tag, "hội nghị toàn quốc"]

    def _study(self):
        subject, tag = self.rng.choice(words.NEW_DOC_SUBJECTS)
        kind, code, issuer, low, high = self.rng.choice(NEW_DOCS)
        issued = self.event - timedelta(days=self.rng.randint(12, 40))
        short = f"{kind} số {self.rng.randint(low, high):02d}-{code}"
        self.person("chair", self.rng.choice(("bt", "ptbtt")))
        self.person("reporter", self.rng.choice(("tg", "tgp")))
        self.ctx.update(newdoc_short=short, newdoc_issuer=issuer, newdoc_subject=subject,
                        newdoc_date=f"{issued.day}/{issued.month}/{issued.year}",
                        newdoc_kind=kind.lower(), field_np=f"việc học tập, quán triệt {short}")
        return ([("study.open", "study.open+"), ("study.after", "study.after+"),
                 ("res.propaganda", "res.propaganda"), ("close", "close+")],
                ["cap.meeting"], ["học tập nghị quyết", tag, short.replace(" số", "")])

    def _admission(self):
        org, rng = self.rng.choice(words.SMALL_ORGS), self.rng
        self.person("chair", rng.choice(("duk", "dukp")))
        self.ctx.update(org=org, newbie_name=self.name(), major=rng.choice(words.MAJORS),
                        newbie_job=f"chuyên viên {rng.choice(words.DEPARTMENTS)}, {org}",
                        young_birth=str(self.year - rng.randint(24, 32)),
                        hire_year=str(self.year - rng.randint(2, 5)), event="buổi lễ")
        return ([("admission.open", "admission.open+"), ("admission.bio", "admission.bio+"),
                 ("res.party", "res.party"), ("admission.speech", "admission.speech+")],
                ["cap.admission"], ["kết nạp đảng viên", "phát triển đảng viên", "chi bộ"])

    def _cadre(self):
        (org, position, previous), rng = self.rng.choice(words.POSTS), self.rng
        self.person("chair", rng.choice(("ptbtt", "tc")))
        self.ctx.update(new_org=org, new_pos=position, old_pos=previous, new_name=self.name(),
                        birth=str(self.year - rng.randint(38, 48)), major=rng.choice(words.MAJORS))
        return ([(f"cadre.{part}", f"cadre.{part}+")
                 for part in ("open", "bio", "speech", "reply")],
                ["cap.meeting"], ["công tác cán bộ", "bổ nhiệm cán bộ"])

    def _hcm_model(self):
        self.doc(words.HCM_DOC)
        self.person("chair", "dv")
        model, deed = self.rng.choice(words.MODELS)
        self.ctx.update(model_field=model, model_deed=deed,
                        model_person=f"đồng chí {self.name()}, Bí thư Đảng ủy "
                                     f"{self.ctx['commune']}")
        return ([(f"hcm_model.{part}", f"hcm_model.{part}+")
                 for part in ("open", "res", "quote", "view")],
                ["cap.hcm_model"], ["dân vận khéo", "học tập và làm theo Bác", self.ctx["place"]])

    def _opinion(self):
        noun, pool, tag = self.rng.choice(words.OPINION_TOPICS)
        docs = [f"{doc[0]} ngày {doc[1]} của {doc[2]} {doc[3]}" for doc in words.DOCS
                if doc[5] == pool] or [f"Chỉ thị số {self.rng.randint(12, 30)}-CT/TU của "
                                       f"Ban Thường vụ Tỉnh ủy về tăng cường {noun}"]
        self.person("chair", self.rng.choice(("bt", "ptbtt")))
        self.ctx.update(topic_np=noun, any_doc=docs[0], period=f"năm {self.year - 1}")
        self.groups(units=[])  # only the shortfalls that fit any topic
        solutions = [("opinion.sol", None)] * self.rng.randint(3, 4)
        return ([("opinion.open", "opinion.open+"), ("opinion.status", f"res.{pool}"),
                 ("limits.opinion", "limits+"), *solutions, ("opinion.end", "opinion.end+")],
                ["cap.opinion"], [tag, "xây dựng Đảng"])

    def build(self):
        """Return the finished article, or raise _Retry if a draw fell out of bounds."""
        plan, caption_pools, tags = getattr(self, f"_{self.kind}")()
        title = self.fit(f"{self.prefix}.title", 8, 20, lambda text: text not in self.titles)
        lead, paragraphs = self.fit(f"{self.prefix}.lead", 30, 70), []
        for first, more, *chance in plan:
            self.ctx["ord"] = ORDINALS[sum(key == "opinion.sol" for key, _ in self.used) % 4]
            try:
                if not chance or self.rng.random() < chance[0]:
                    paragraphs.append(self.paragraph(first, more))
            except _Retry:
                if not chance:  # an optional paragraph may be left out, the others not
                    raise
        if paragraphs[-1].endswith(".") and self.rng.random() < 0.65:
            paragraphs[-1] += "/."
        lines = [line for pool in caption_pools for line in POOLS[pool]]
        captions = self.rng.sample(lines, min(len(lines), self.rng.randint(1, 3)))
        kicker = tags[0][:1].upper() + tags[0][1:] if self.rng.random() < 0.34 else ""
        author = ("CTV " if self.rng.random() < 0.2 else "") + self.rng.choice(words.BYLINES)
        source = self.rng.choice(("", "", "Báo Đông Lâm"))
        source = "Tổng hợp" if self.section == "tin-trong-nuoc" else source
        if self.section == "nghien-cuu-trao-doi":
            author, source = f"{self.rng.choice(('ThS.', 'TS.'))} {self.name()}", ""
        return DemoArticle(
            section=self.section, title=_clean(title), kicker=_clean(kicker), lead=_clean(lead),
            paragraphs=[_clean(text) for text in paragraphs],
            captions=[_clean(self.expand(line)) for line in captions], author=author,
            author_unit=self.rng.choice(SECTIONS[self.section][3].split("|")), source=source,
            tags=[_clean(tag) for tag in dict.fromkeys(tags)][:4], days_ago=self.days_ago,
            hour=self.hour, minute=self.minute)


def generate_articles(*, seed: int = 2024, count: int = 90,
                      today: date | None = None) -> list[DemoArticle]:
    """Return `count` articles spread over all sections; the same seed gives the same articles."""
    rng, today = random.Random(seed), today or REFERENCE_DATE
    share, extra = divmod(count, len(SECTION_SLUGS))
    sections = [slug for index, slug in enumerate(SECTION_SLUGS)
                for _ in range(share + (index < extra))]
    rng.shuffle(sections)
    recent = round(count / 6)  # about 15 of 90 within the last 30 days
    ages = [rng.randint(0, 30) if i < recent else rng.randint(31, 720) for i in range(count)]
    rng.shuffle(ages)
    queues, titles, articles = {slug: [] for slug in SECTION_SLUGS}, set(), []
    for section, age in zip(sections, ages, strict=True):
        kinds = SECTIONS[section][0].split()
        queue = queues[section] or rng.sample(kinds, len(kinds))
        queues[section], kind = queue[:-1], queue[-1]
        for _ in range(50):
            with contextlib.suppress(_Retry):
                article = _Article(rng, section=section, kind=kind, days_ago=age, today=today,
                                   titles=titles).build()
                break
        else:
            raise RuntimeError(f"could not build a {kind} article")
        titles.add(article.title)
        articles.append(article)
    return sorted(articles, key=lambda article: (article.days_ago, -article.hour, -article.minute))


def site_slogans() -> list[str]:
    """Return the two header slogans of the demo portal, in upper case."""
    return list(words.SLOGANS)


def leaders(keys) -> list[tuple[str, str]]:
    """Return (name, full title) of the leaders named by `keys`, in that order."""
    return [words.LEADERS[key] for key in keys]


def video_titles() -> list[str]:
    """Return the titles of the demo video reports."""
    return list(words.VIDEO_TITLES)
