"""Demo reader engagement for each demo portal: a privacy notice, polls with ballots spread over
the past weeks, the satisfaction rating, published and waiting feedback, "Hỏi - Đáp" with its
answering units, a month of visits.
Idempotent: a second run finds what the first made. All text is our own."""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Site
from wagtail.rich_text import RichText

from bantin.engagement import antiabuse, polls
from bantin.engagement.models import (
    AnswerUnit,
    Feedback,
    Poll,
    PollBallot,
    PollOption,
    PollVote,
    Question,
    QuestionsPage,
    ReaderSettings,
    SiteDailyVisits,
)
from bantin.engagement.questions import add_working_days
from bantin.news import selectors
from bantin.news.demo_words import GIVEN, SURNAMES
from bantin.news.models import HomePage, StandardPage

PRIVACY_SLUG = "chinh-sach-du-lieu-ca-nhan"
PRIVACY_BODY = (
    "<p>Cổng thông tin tiếp nhận ý kiến, câu hỏi và phiếu bình chọn của bạn đọc. Khi bạn gửi ý "
    "kiến, Cổng lưu họ tên, địa chỉ thư điện tử, nội dung ý kiến, thời điểm gửi và địa chỉ IP "
    "của thiết bị gửi, với sự đồng ý của bạn, theo Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu "
    "cá nhân.</p>"
    "<h2>Mục đích</h2><p>Dữ liệu chỉ dùng để Ban Biên tập xem xét, trả lời ý kiến và ngăn thư "
    "rác. Địa chỉ thư điện tử không bao giờ được đăng công khai.</p>"
    "<h2>Quyền của bạn</h2><p>Bạn có quyền yêu cầu cung cấp, chỉnh sửa hoặc xóa dữ liệu của "
    "mình bằng cách gửi thư tới địa chỉ liên hệ ở chân trang. Ban Biên tập thực hiện yêu cầu "
    "trong thời hạn luật định.</p>"
    "<h2>Phiếu bình chọn</h2><p>Phiếu bình chọn không gắn với tên người bình chọn; Cổng chỉ "
    "ghi một mã ẩn danh trên trình duyệt để mỗi người bình chọn một lần.</p>"
)
BANNED_WORDS = "lừa đảo\ncá độ\ncasino\nvay nóng"
POLLS = [
    ("Bạn thường đọc tin của Cổng bằng thiết bị nào?", False, Poll.SIDEBAR,
     ["Điện thoại di động", "Máy tính để bàn, máy tính xách tay", "Máy tính bảng"]),
    ("Bạn muốn Cổng đăng nhiều hơn nội dung nào?", True, Poll.HOME,
     ["Tin hoạt động ở cơ sở", "Văn bản chỉ đạo, hướng dẫn", "Gương người tốt, việc tốt",
      "Hỏi - đáp chính sách"]),
]
OPENINGS = ["Tôi rất đồng tình với nội dung bài viết.", "Cảm ơn Ban Biên tập đã đưa tin kịp thời.",
            "Bài viết phản ánh đúng tình hình ở địa phương tôi.",
            "Tôi là đảng viên sinh hoạt ở chi bộ thôn, đã đọc kỹ bài viết."]
REQUESTS = ["Đề nghị Cổng đăng thêm số liệu cụ thể của từng huyện.",
            "Mong tòa soạn có thêm bài viết về cách làm hay ở các xã vùng cao.",
            "Đề nghị đăng toàn văn văn bản được nhắc tới để bạn đọc tiện tra cứu.",
            "Mong các cấp ủy tiếp tục quan tâm tới đời sống của bà con vùng khó khăn."]
# Lines yielded per portal: privacy page, three polls, six articles' feedback, Hỏi - Đáp,
# visits.
STEPS_PER_PORTAL = 12
UNITS = [("Ban Tổ chức", "Công tác tổ chức, đảng viên"),
         ("Ban Tuyên giáo", "Tuyên truyền, học tập nghị quyết"),
         ("Văn phòng", "Thủ tục hành chính, lịch tiếp công dân")]
QUESTIONS = [
    (0, "Chuyển sinh hoạt đảng tạm thời",
     "Tôi được cử đi công tác dài ngày ở tỉnh khác. Xin hỏi thủ tục chuyển sinh hoạt đảng tạm "
     "thời cần những giấy tờ gì?",
     "Đồng chí đề nghị chi bộ nơi đang sinh hoạt cấp giấy giới thiệu sinh hoạt đảng tạm thời, "
     "mang theo khi đến nơi công tác mới và nộp cho cấp ủy nơi đến trong thời hạn quy định."),
    (1, "Tài liệu học tập nghị quyết ở chi bộ",
     "Chi bộ thôn chúng tôi muốn có tài liệu hỏi - đáp về nghị quyết mới để sinh hoạt chuyên "
     "đề. Xin hỏi có thể nhận tài liệu ở đâu?",
     "Tài liệu được gửi về các đảng ủy xã; chi bộ liên hệ văn phòng đảng ủy xã để nhận, đồng "
     "thời có thể tải bản điện tử trên Cổng thông tin."),
    (2, "Lịch tiếp công dân tháng này",
     "Xin cho biết lịch tiếp công dân định kỳ của Thường trực cấp ủy trong tháng và địa điểm "
     "tiếp.", ""),
]
REPLY = "Cảm ơn bạn đã quan tâm. Tòa soạn sẽ bổ sung thông tin trong các số tiếp theo."


def engagement_demo_build(*, seed=2026, now=None):
    """Create the demo engagement of every demo portal; yield a line per item."""
    now = now or timezone.now()
    rng = random.Random(seed)
    for home in HomePage.objects.order_by("path"):
        site = Site.objects.filter(root_page=home).first()
        if site is None:
            continue
        yield from _privacy(site, home)
        for question, multiple, placement, options in POLLS:
            poll = _poll(site, question, multiple, placement, options, now)
            yield from _ballots(poll, rng, now)
        rating = polls.satisfaction_poll(site)
        yield from _ballots(rating, rng, now)
        yield from _feedback(home, rng, now)
        yield from _questions(site, home, rng, now)
        yield from _visits(site, rng, now)


def _privacy(site, home):
    page = StandardPage.objects.child_of(home).filter(slug=PRIVACY_SLUG).first()
    if page is None:
        page = home.add_child(instance=StandardPage(
            slug=PRIVACY_SLUG, title="Chính sách bảo vệ dữ liệu cá nhân",
            intro="Cổng thông tin xử lý dữ liệu cá nhân của bạn đọc như thế nào.",
            body=[("paragraph", RichText(PRIVACY_BODY))], show_in_menus=False))
        page.save_revision().publish()
    settings = ReaderSettings.for_site(site)
    if settings.privacy_page_id is None:
        settings.privacy_page, settings.banned_words = page, BANNED_WORDS
        settings.save()
    yield f"{site.site_name}: trang {page.title}"


@transaction.atomic
def _poll(site, question, multiple, placement, options, now):
    poll = Poll.objects.filter(site=site, question=question).first()
    if poll is None:
        poll = Poll.objects.create(site=site, question=question, multiple=multiple,
                                   placement=placement, opens_at=now - timedelta(days=21))
        PollOption.objects.bulk_create(PollOption(poll=poll, label=label, sort_order=number)
                                       for number, label in enumerate(options))
    return poll


@transaction.atomic
def _ballots(poll, rng, now):
    if poll.ballots.exists():
        yield f"{poll.question}: {poll.ballots.count()} phiếu (có sẵn)"
        return
    options = list(poll.options.all())
    weights = [rng.randint(2, 9) for _ in options]
    for number in range(rng.randint(60, 180)):
        ballot = PollBallot.objects.create(
            poll=poll, voter=f"demo-{poll.pk}-{number}",
            created_at=now - timedelta(days=rng.randint(0, 20), minutes=rng.randint(0, 1439)))
        count = rng.randint(1, 2) if poll.multiple else 1
        chosen = set(rng.choices(options, weights=weights, k=count))
        PollVote.objects.bulk_create(PollVote(ballot=ballot, option=option) for option in chosen)
    yield f"{poll.question}: {poll.ballots.count()} phiếu"


@transaction.atomic
def _feedback(home, rng, now):
    articles = list(selectors.articles_latest(root=home, limit=6))
    for index, article in enumerate(articles):
        if Feedback.objects.filter(article=article).exists():
            yield f"ý kiến bạn đọc: {article.title} (có sẵn)"
            continue
        for turn in range(1 + index % 2):
            name = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"
            message = f"{rng.choice(OPENINGS)} {rng.choice(REQUESTS)}"
            status = Feedback.PENDING if index < 2 else Feedback.APPROVED
            sent = now - timedelta(hours=3 + 7 * index + turn)
            item = Feedback.objects.create(
                article=article, name=name, email=f"ban-doc-{index}-{turn}@example.vn",
                message=message, status=status, consent_at=sent,
                fingerprint=antiabuse.fingerprint(message),
                reply=REPLY if status == Feedback.APPROVED and turn == 0 else "",
                replied_at=sent + timedelta(hours=2) if status == Feedback.APPROVED else None)
            Feedback.objects.filter(pk=item.pk).update(created_at=sent)
        yield f"ý kiến bạn đọc: {article.title}"


@transaction.atomic
def _questions(site, home, rng, now):
    page = QuestionsPage.objects.child_of(home).first()
    if page is None:
        page = home.add_child(instance=QuestionsPage(
            title="Hỏi - Đáp", slug="hoi-dap",
            intro="Bạn đọc hỏi, các cơ quan có thẩm quyền trả lời."))
        page.save_revision().publish()
    units = [AnswerUnit.objects.get_or_create(site=site, name=name, defaults={
        "field": field, "sort_order": order})[0] for order, (name, field) in enumerate(UNITS)]
    if not page.questions.exists():
        settings = ReaderSettings.for_site(site)
        for index, (unit, title, body, answer) in enumerate(QUESTIONS):
            sent = now - timedelta(days=25 - 6 * index, hours=rng.randint(1, 8))
            question = Question(
                page=page, name=f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}",
                email=f"hoi-dap-{index}@example.vn", title=title, body=body,
                unit=units[unit], created_at=sent, consent_at=sent,
                due_on=add_working_days(timezone.localdate(sent), settings.answer_working_days),
                fingerprint=antiabuse.fingerprint(body), answer=answer,
                status=Question.ANSWERED if answer else Question.ASSIGNED,
                answered_at=sent + timedelta(days=4) if answer else None,
                is_published=bool(answer))
            question.save()
    yield f"{site.site_name}: Hỏi - Đáp"


def _visits(site, rng, now):
    today = timezone.localdate(now)
    for back in range(1, 31):
        SiteDailyVisits.objects.get_or_create(
            site=site, day=today - timedelta(days=back),
            defaults={"visits": rng.randint(900, 2600) + (400 if back % 7 in (1, 2) else 0)})
    yield f"{site.site_name}: lượt truy cập 30 ngày"
