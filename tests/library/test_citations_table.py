"""Table-driven tests for citations of documents in Vietnamese prose, written apart from the
finder: for each sentence, the citations a reader sees in it, in order, with the type word as
written, the number in its canonical form (test_numbers_table.py gives the grammar), whether the
citation is partial, and its date.
"""

import unicodedata
from typing import NamedTuple

import pytest

from bantin.library import references

ETH = "\u00d0"  # "Ð", Latin capital eth, which TCVN3 and VNI converters put in place of "Đ"
NBSP = "\u00a0"


class C(NamedTuple):
    """An expected citation. The first four fields are compared with what ``find`` returns;
    ``written`` is the number exactly as the sentence spells it (defaults to the canonical form)."""

    type_word: str
    number: str | None
    partial: bool
    date: str | None
    written: str | None = None

    @property
    def as_written(self):
        return self.written or self.number


CITATIONS = [
    pytest.param(
        "Thực hiện Nghị quyết số 50-NQ/ĐUK, ngày 25/4/2023 của Ban Chấp hành Đảng bộ Khối các cơ "
        "quan tỉnh về nâng cao chất lượng sinh hoạt chi bộ, các chi bộ đã xây dựng kế hoạch cụ "
        "thể.",
        [C("Nghị quyết", "50-NQ/ĐUK", False, "2023-04-25")],
        id="date-after-comma",
    ),
    pytest.param(
        "Ban Thường vụ Tỉnh ủy ban hành Quyết định Số 623-QĐ/TU ngày 6/5/2019 về việc thành lập "
        "Ban Chỉ đạo phòng, chống tham nhũng.",
        [C("Quyết định", "623-QĐ/TU", False, "2019-05-06")],
        id="capital-so",
    ),
    pytest.param(
        "Sau 15 năm thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị về nâng cao "
        "chất lượng giáo dục lý tưởng cách mạng cho thế hệ trẻ, nhiều mô hình hay đã được nhân "
        "rộng.",
        [C("Chỉ thị", "42-CT/TW", False, "2010-04-16")],
        id="chi-thi-bo-chinh-tri",
    ),
    pytest.param(
        "Các cấp ủy tổ chức quán triệt Quy định số 04-QĐ/TW về trách nhiệm nêu gương của cán bộ, "
        "đảng viên.",
        [C("Quy định", "04-QĐ/TW", False, None)],
        id="quy-dinh-type-qd",
    ),
    pytest.param(
        "Việc lập hồ sơ được thực hiện theo Nghị định 42/2022/NĐ-CP của Chính phủ.",
        [C("Nghị định", "42/2022/NĐ-CP", False, None)],
        id="nghi-dinh-without-so",
    ),
    pytest.param(
        "Danh sách chi tiết xem tại 959/QĐ-UBND đính kèm.",
        [C("", "959/QĐ-UBND", False, None)],
        id="bare-number",
    ),
    pytest.param(
        "Thực hiện Quyết định của Bộ Chính trị số 31-QĐ/TW về quy chế làm việc, Đảng ủy Khối đã "
        "rà soát toàn bộ quy trình.",
        [C("Quyết định", "31-QĐ/TW", False, None)],
        id="issuer-between-type-and-so",
    ),
    pytest.param(
        "Chỉ thị số 15-CT/TU ngày 01-10-1997 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân "
        "vận vẫn còn nguyên giá trị.",
        [C("Chỉ thị", "15-CT/TU", False, "1997-10-01")],
        id="date-with-hyphens",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị và Kế hoạch số "
        "45-KH/TU ngày 10/01/2019 của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo đã mở nhiều lớp tập "
        "huấn.",
        [
            C("Nghị quyết", "35-NQ/TW", False, "2018-10-22"),
            C("Kế hoạch", "45-KH/TU", False, "2019-01-10"),
        ],
        id="two-joined-by-va",
    ),
    pytest.param(
        "Căn cứ Nghị định số 30/2020/NĐ-CP, Thông tư số 01/2011/TT-BNV và Quyết định số "
        "28/2018/QĐ-TTg, Văn phòng Ủy ban nhân dân tỉnh hướng dẫn thể thức văn bản.",
        [
            C("Nghị định", "30/2020/NĐ-CP", False, None),
            C("Thông tư", "01/2011/TT-BNV", False, None),
            C("Quyết định", "28/2018/QĐ-TTg", False, None),
        ],
        id="three-joined-by-commas",
    ),
    pytest.param(
        "Các chi bộ tiếp tục thực hiện nghị quyết số 21-NQ/TW về tăng cường củng cố, xây dựng tổ "
        "chức cơ sở đảng.",
        [C("nghị quyết", "21-NQ/TW", False, None)],
        id="lowercase-type-word",
    ),
    pytest.param(
        "TRIỂN KHAI NGHỊ QUYẾT SỐ 21-NQ/TW TẠI ĐẢNG BỘ KHỐI",
        [C("NGHỊ QUYẾT", "21-NQ/TW", False, None)],
        id="uppercase-headline",
    ),
    pytest.param(
        "Đảng bộ tiếp tục thực hiện Kết luận 01 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05 "
        "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        [
            C("Kết luận", None, True, None, "01"),
            C("Chỉ thị", None, True, None, "05"),
        ],
        id="partial-ket-luan-chi-thi",
    ),
    pytest.param(
        "Hội thảo bàn giải pháp thực hiện Nghị quyết 35 về bảo vệ nền tảng tư tưởng của Đảng trong "
        "tình hình mới.",
        [C("Nghị quyết", None, True, None, "35")],
        id="partial-nghi-quyet",
    ),
    pytest.param(
        "Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị (gọi tắt là Nghị quyết 35) là cơ "
        "sở để các cấp ủy đấu tranh phản bác các quan điểm sai trái.",
        [
            C("Nghị quyết", "35-NQ/TW", False, "2018-10-22"),
            C("Nghị quyết", None, True, None, "35"),
        ],
        id="full-then-partial",
    ),
    pytest.param(
        "Kế hoạch số 125-KH/ĐUK ngày 5 tháng 3 năm 2021 của Đảng ủy Khối đề ra 12 nhiệm vụ trọng "
        "tâm.",
        [C("Kế hoạch", "125-KH/ĐUK", False, "2021-03-05")],
        id="date-in-words",
    ),
    pytest.param(
        "Thông tư số 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ Nội vụ hướng dẫn thể thức và "
        "kỹ thuật trình bày văn bản hành chính.",
        [C("Thông tư", "01/2011/TT-BNV", False, "2011-01-19")],
        id="thong-tu-date-in-words",
    ),
    pytest.param(
        "Nội dung sinh hoạt chuyên đề thực hiện theo Hướng dẫn số 36-HD/VPTW",
        [C("Hướng dẫn", "36-HD/VPTW", False, None)],
        id="end-of-text",
    ),
    pytest.param(
        "Cuộc thi trực tuyến tìm hiểu “Chỉ thị số 05-CT/TW” thu hút hơn 12.000 lượt người tham "
        "gia.",
        [C("Chỉ thị", "05-CT/TW", False, None)],
        id="inside-quotes",
    ),
    pytest.param(
        "Ủy ban nhân dân huyện đã hoàn thành việc kiểm kê tài sản công (theo Kế hoạch số "
        "125/KH-UBND ngày 12/3/2024).",
        [C("Kế hoạch", "125/KH-UBND", False, "2024-03-12")],
        id="inside-parentheses",
    ),
    pytest.param(
        f"Thực hiện Nghị quyết số{NBSP}50-NQ/ĐUK, ngày{NBSP}25/4/2023, các đảng bộ cơ sở đã xây "
        "dựng chương trình hành động.",
        [C("Nghị quyết", "50-NQ/ĐUK", False, "2023-04-25")],
        id="nbsp-before-number-and-date",
    ),
    pytest.param(
        f"Căn cứ Quyết định{NBSP}số{NBSP}959/QĐ-UBND ngày{NBSP}15/3/2024 của Ủy ban nhân dân tỉnh.",
        [C("Quyết định", "959/QĐ-UBND", False, "2024-03-15")],
        id="nbsp-before-so",
    ),
    pytest.param(
        "Ngày 25/4/2023, Ban Chấp hành Đảng bộ Khối ban hành Nghị quyết số 50-NQ/ĐUK về nâng cao "
        "chất lượng sinh hoạt chi bộ.",
        [C("Nghị quyết", "50-NQ/ĐUK", False, None)],
        id="date-before-is-not-attached",
    ),
    pytest.param(
        "Theo khoản 2 Điều 8 Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, số của văn "
        "bản được ghi bằng chữ số Ả Rập.",
        [C("Nghị định", "30/2020/NĐ-CP", False, "2020-03-05")],
        id="after-article-and-clause",
    ),
    pytest.param(
        "Quyết định số 959/QĐ-UBND ngày 15/3/2024 và Công văn số 2150/UBND-VX ngày 20/3/2024 của "
        "Ủy ban nhân dân tỉnh đã giao nhiệm vụ cụ thể cho từng sở, ngành.",
        [
            C("Quyết định", "959/QĐ-UBND", False, "2024-03-15"),
            C("Công văn", "2150/UBND-VX", False, "2024-03-20"),
        ],
        id="state-two-with-dates",
    ),
    pytest.param(
        "Sở Nội vụ có Công văn số 3241/SNV-TT ngày 20/9/2024 đề nghị các địa phương báo cáo số "
        "liệu trước ngày 30/9/2024.",
        [C("Công văn", "3241/SNV-TT", False, "2024-09-20")],
        id="state-cong-van",
    ),
    pytest.param(
        "Kèm theo Tờ trình số 14/TTr-UBND là Giấy mời số 73/GM-UBND gửi các đại biểu dự kỳ họp.",
        [
            C("Tờ trình", "14/TTr-UBND", False, None),
            C("Giấy mời", "73/GM-UBND", False, None),
        ],
        id="state-to-trinh-giay-moi",
    ),
    pytest.param(
        "Chủ tịch Ủy ban nhân dân tỉnh ban hành Công điện số 08/CĐ-UBND về ứng phó với bão số 3.",
        [C("Công điện", "08/CĐ-UBND", False, None)],
        id="state-cong-dien-and-storm-number",
    ),
    pytest.param(
        "Thực hiện Chỉ thị số 17/CT-TTg của Thủ tướng Chính phủ, tỉnh triển khai 5 nhóm giải pháp.",
        [C("Chỉ thị", "17/CT-TTg", False, None)],
        id="state-chi-thi-ttg",
    ),
    pytest.param(
        "Nghị quyết số 27/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh quy định mức chi "
        "hỗ trợ người hoạt động không chuyên trách.",
        [C("Nghị quyết", "27/2021/NQ-HĐND", False, "2021-12-10")],
        id="normative-hdnd",
    ),
    pytest.param(
        "Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020 có hiệu lực từ ngày 01/01/2021.",
        [C("Luật", "59/2020/QH14", False, "2020-06-17")],
        id="law-with-name",
    ),
    pytest.param(
        "Theo Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội, tỉnh "
        "sắp xếp lại 24 đơn vị hành chính cấp xã.",
        [C("Nghị quyết", "35/2023/UBTVQH15", False, "2023-07-12")],
        id="normative-ubtvqh",
    ),
    pytest.param(
        "Thông báo 112-TB/HU và Báo cáo 210-BC/ĐUK đều nhấn mạnh yêu cầu nâng cao chất lượng đảng "
        "viên.",
        [
            C("Thông báo", "112-TB/HU", False, None),
            C("Báo cáo", "210-BC/ĐUK", False, None),
        ],
        id="thong-bao-bao-cao-without-so",
    ),
    pytest.param(
        "Ban Thường vụ Đảng ủy Khối ban hành Chương trình số 5-CTr/ĐUK về chuyển đổi số trong các "
        "cơ quan đảng.",
        [C("Chương trình", "05-CTr/ĐUK", False, None, "5-CTr/ĐUK")],
        id="chuong-trinh-padded",
    ),
    pytest.param(
        "Đảng ủy Khối có Công văn 858CV/ĐUK đôn đốc việc thu, nộp đảng phí.",
        [C("Công văn", "858-CV/ĐUK", False, None, "858CV/ĐUK")],
        id="missing-hyphen",
    ),
    pytest.param(
        "Nghị quyết số 01–NQ/ĐUK ngày 12/01/2024 của Ban Thường vụ Đảng ủy Khối được triển khai "
        "đến toàn thể đảng viên.",
        [C("Nghị quyết", "01-NQ/ĐUK", False, "2024-01-12", "01–NQ/ĐUK")],
        id="en-dash",
    ),
    pytest.param(
        "Kế hoạch số 12 - KH/TU của Ban Thường vụ Tỉnh ủy yêu cầu hoàn thành trước quý IV.",
        [C("Kế hoạch", "12-KH/TU", False, None, "12 - KH/TU")],
        id="spaced-hyphen",
    ),
    pytest.param(
        f"Thực hiện Nghị quyết số 50-NQ/{ETH}UK của Đảng ủy Khối, chi bộ đã kết nạp 3 đảng "
        "viên mới.",
        [C("Nghị quyết", "50-NQ/ĐUK", False, None, f"50-NQ/{ETH}UK")],
        id="eth-for-d",
    ),
    pytest.param(
        "Đề án số 06-ĐA/TU về phát triển nguồn nhân lực và Phương án số 02-PA/ĐUK về sắp xếp bộ "
        "máy đã được thông qua.",
        [
            C("Đề án", "06-ĐA/TU", False, None),
            C("Phương án", "02-PA/ĐUK", False, None),
        ],
        id="de-an-phuong-an",
    ),
    pytest.param(
        "Quy chế số 15-QC/ĐU quy định rõ trách nhiệm của người đứng đầu cấp ủy.",
        [C("Quy chế", "15-QC/ĐU", False, None)],
        id="quy-che",
    ),
    pytest.param(
        "Tờ trình số 14-TTr/BTCTW ngày 3/8/2022 của Ban Tổ chức Trung ương đã được Ban Bí thư "
        "cho ý kiến.",
        [C("Tờ trình", "14-TTr/BTCTW", False, "2022-08-03")],
        id="party-to-trinh",
    ),
    pytest.param(
        "Trung ương Đoàn có Công văn số 123-CV/TWĐTN-VP hướng dẫn tổ chức Tháng Thanh niên "
        "năm 2025.",
        [C("Công văn", "123-CV/TWĐTN-VP", False, None)],
        id="multi-part-issuer",
    ),
    # Numbers that are not citations.
    pytest.param(
        "Năm 2023, Văn phòng tiếp nhận 459 văn bản đến, tăng 12,5% so với năm 2022; tỷ lệ văn bản "
        "được xử lý đúng hạn đạt 98%.",
        [],
        id="none-figures-and-percent",
    ),
    pytest.param(
        "Từ tháng 9/2022 đến nay, có 9/10 chi bộ được xếp loại hoàn thành tốt nhiệm vụ, đạt 50%.",
        [],
        id="none-month-year-and-ratio",
    ),
    pytest.param(
        "Mọi ý kiến phản ánh xin gửi về đường dây nóng 0236 3822 123 hoặc số di động 0905-123-456.",
        [],
        id="none-phone-numbers",
    ),
    pytest.param(
        "Đại hội XIII của Đảng xác định 6 nhiệm vụ trọng tâm và 3 đột phá chiến lược.",
        [],
        id="none-dai-hoi-xiii",
    ),
    pytest.param(
        "Hội nghị khai mạc lúc 8 giờ 30 phút, ngày 25/4/2023, tại Hội trường 2/9 của tỉnh.",
        [],
        id="none-date-and-hall",
    ),
    pytest.param(
        "Công trình mở rộng Quốc lộ 14B dài 12,5 km, đạt chứng nhận ISO 9001:2015, được khởi công "
        "trước đại dịch COVID-19.",
        [],
        id="none-road-iso-covid",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CITATIONS)
def test_find_citations_in_prose(text, expected):
    found = references.find(text)
    assert [
        (
            ref.type_word,
            str(ref.number) if ref.number else None,
            ref.partial,
            ref.date.isoformat() if ref.date else None,
        )
        for ref in found
    ] == [tuple(cite)[:4] for cite in expected]
    for ref, cite in zip(found, expected, strict=True):
        span = text[ref.start:ref.end]
        assert span.startswith(cite.type_word or cite.as_written), span
        assert cite.as_written in span, span
        # The span runs through the number, or through the date that directly follows it; the
        # issuer phrase after that ("của Ban Chấp hành...") is left out.
        assert span.endswith(cite.date[:4] if cite.date else cite.as_written), span


def test_the_table_is_big_enough_and_written_in_nfc():
    assert len(CITATIONS) >= 35
    for row in CITATIONS:
        assert row.values[0] == unicodedata.normalize("NFC", row.values[0]), ascii(row.values[0])
