"""The demo registers: the provincial portal's documents, those its articles cite among them
(but for UNREGISTERED, left out on purpose so that some citations find no entry), with both
numbering systems, one restricted, one replaced, one no longer in force; two for the Party
bloc's portal. Each public document gets a generated PDF. Idempotent; all text is our own."""

import textwrap
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.models import Site

from bantin.core.text import slugify_vi
from bantin.library.models import Document, DocumentAttachment
from bantin.news import demo_words
from bantin.news.demo import PARTY_BLOC, PROVINCE

# Cited by the demo articles, left out of the register on purpose.
UNREGISTERED = {"20-NQ/TU"}
# The field of work of each cited document, by its pool of results in demo_words.DOCS.
CITED_FIELDS = {"digital": "economy", "agri": "economy", "transport": "economy",
                "organization": "organisation", "mass": "mass_mobilisation", "hcm": "propaganda"}


@dataclass
class Entry:
    number: str
    kind: str
    body: str
    issued_on: date
    field: str
    summary: str
    signer: str = "bt"  # a key of demo_words.LEADERS
    effective_on: date | None = None
    status: str = Document.IN_FORCE
    replaced_by: str = ""
    restricted: bool = False


def _cited():
    """The documents the demo articles cite, as demo_words describes them."""
    for reference, issued, body, subject, _group, pool, _tag in [*demo_words.DOCS,
                                                                  demo_words.HCM_DOC]:
        kind, number = reference.split(" số ")
        if number not in UNREGISTERED:
            yield Entry(number, kind, body, datetime.strptime(issued, "%d/%m/%Y").date(),
                        CITED_FIELDS[pool], subject[0].upper() + subject[1:])


PROVINCE_OTHERS = [
    Entry("221-KL/TU", "Kết luận", "Ban Thường vụ Tỉnh ủy", date(2019, 4, 22), "propaganda",
          "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn "
          "2019 - 2020", status=Document.REPLACED, replaced_by="27-KL/TU"),
    Entry("16-QĐ/TU", "Quy định", "Ban Thường vụ Tỉnh ủy", date(2022, 6, 8), "organisation",
          "Về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu cấp ủy, "
          "cơ quan, đơn vị"),
    Entry("1520-QĐ/TU", "Quyết định", "Ban Thường vụ Tỉnh ủy", date(2024, 5, 20), "economy",
          "Về việc kiện toàn Ban Chỉ đạo chuyển đổi số của Tỉnh ủy"),
    Entry("14-CT/TU", "Chỉ thị", "Ban Thường vụ Tỉnh ủy", date(2024, 11, 5), "internal_affairs",
          "Về tăng cường công tác bảo vệ chính trị nội bộ trong tình hình mới", restricted=True),
    Entry("35-NQ/TU", "Nghị quyết", "Ban Chấp hành Đảng bộ tỉnh", date(2025, 3, 14),
          "organisation", "Về nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã đáp ứng yêu "
          "cầu nhiệm vụ trong giai đoạn mới"),
    Entry("86-KH/TU", "Kế hoạch", "Ban Thường vụ Tỉnh ủy", date(2025, 4, 2), "propaganda",
          "Học tập, quán triệt và triển khai thực hiện Nghị quyết số 35-NQ/TU của Ban Chấp "
          "hành Đảng bộ tỉnh", signer="ptbtt"),
    Entry("12-HD/BTGTU", "Hướng dẫn", "Ban Tuyên giáo Tỉnh ủy", date(2024, 12, 16),
          "propaganda", "Tuyên truyền các ngày lễ lớn, sự kiện lịch sử quan trọng năm 2025",
          signer="tg"),
    Entry("959/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh", date(2024, 4, 26), "economy",
          "Ban hành Kế hoạch chuyển đổi số tỉnh Đông Lâm năm 2024", signer="ct",
          status=Document.EXPIRED),
    Entry("18/2024/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh", date(2024, 7, 3), "economy",
          "Ban hành Quy định phân cấp quản lý công trình giao thông trên địa bàn tỉnh Đông Lâm",
          signer="ct", effective_on=date(2024, 7, 15)),
    Entry("3241/UBND-KT", "Công văn", "Ủy ban nhân dân tỉnh", date(2025, 9, 12), "economy",
          "Về việc đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2025", signer="pct"),
]
BLOC_REGISTER = [
    Entry("50-NQ/ĐUK", "Nghị quyết", "Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh",
          date(2025, 6, 20), "organisation", "Về nâng cao chất lượng sinh hoạt chi bộ trong "
          "các cơ quan tỉnh", signer="duk"),
    Entry("05-CTr/ĐUK", "Chương trình", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh",
          date(2025, 1, 8), "inspection", "Chương trình kiểm tra, giám sát năm 2025",
          signer="dukp"),
]


def registers():
    """Return [(portal, [Entry])], in the order the entries are made (a replacing document
    before the one it replaces)."""
    return [(PROVINCE, [*_cited(), *PROVINCE_OTHERS]), (PARTY_BLOC, BLOC_REGISTER)]


def library_demo_build():
    """Create (or find) the demo documents of every demo portal; yield a line per document."""
    for portal, entries in registers():
        site = Site.objects.filter(root_page__slug=portal.slug).first()
        if site is None:
            continue
        for entry in entries:
            document = _document(site, entry)
            yield f"văn bản {document.number}"


@transaction.atomic
def _document(site, entry):
    existing = Document.objects.filter(site=site, number=entry.number,
                                       year=entry.issued_on.year).first()
    if existing is not None:
        return existing
    name, position = demo_words.LEADERS[entry.signer]
    document = Document(
        site=site, number=entry.number, kind=entry.kind, issuing_body=entry.body,
        issued_on=entry.issued_on, effective_on=entry.effective_on or entry.issued_on,
        signer=f"{name}, {position}", summary=entry.summary, field=entry.field,
        status=entry.status, restricted=entry.restricted,
        replaced_by=(Document.objects.filter(site=site, number=entry.replaced_by).first()
                     if entry.replaced_by else None),
    )
    document.full_clean()
    document.save()
    if not document.restricted:
        attachment = DocumentAttachment(
            document=document, title="Toàn văn",
            file=ContentFile(pdf_bytes([f"{entry.kind} số {entry.number}", entry.body,
                                        *textwrap.wrap(entry.summary, 70),
                                        "Bản chạy thử: văn bản minh họa, không có giá trị."]),
                             name=f"{slugify_vi(entry.number.replace('/', ' '))}.pdf"))
        attachment.full_clean()
        attachment.save()
    return document


def _ascii(text):
    # The PDF's standard font has no Vietnamese letters: they are written without marks.
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.encode("ascii", "replace").decode()
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines):
    """Return a small, valid one-page PDF showing `lines` (written without diacritics)."""
    shown = " 0 -20 Td ".join(f"({_ascii(line)}) Tj" for line in lines)
    stream = f"BT /F1 12 Tf 60 780 Td {shown} ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    pdf, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(pdf)
