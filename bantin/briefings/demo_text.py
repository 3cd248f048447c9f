"""The words of the demo briefings (#11, point 7): each demo portal's units with their leaders,
staff accounts and indicators, the sentences of their reports, and the briefings with their
conclusions. All of it is our own writing about the fictional province of Đông Lâm; the
leaders' names are those the demo articles use (bantin/news/demo_words.py)."""

from dataclasses import dataclass, field

from bantin.news.demo_words import LEADERS


@dataclass(frozen=True)
class UnitText:
    key: str
    name: str
    short_name: str
    leader: tuple  # (full name, title now)
    account: tuple  # (username, full name of the staff member)
    parent: str = ""  # key of the unit above
    is_office: bool = False
    # (name, measure, figure of the first quarter shown, change per quarter)
    indicators: tuple = ()
    results: str = ""  # "{period}" is the period reported on
    shortcomings: str = ""
    proposals: str = ""


# How far a task has gone, as the demo shows it (bantin/briefings/demo.py makes each so).
DONE_ON_TIME, DONE_LATE, OPEN, IN_PROGRESS = "done_on_time", "done_late", "open", "in_progress"
OVERDUE, EXTENDED, PENDING, REFUSED = "overdue", "extended", "pending", "refused"


@dataclass(frozen=True)
class ConclusionText:
    text: str
    lead: str
    helpers: tuple = ()
    documents: tuple = ()  # numbers in the portal's register
    internal: bool = False
    state: str = OPEN  # of the lead unit's task
    helper_state: str = OPEN  # of the coordinating units' tasks


@dataclass(frozen=True)
class BriefingText:
    title: str
    kind: str  # "periodic", "working_session" or "conference"
    period: str  # "quarter-2" (two quarters back), "quarter-1" or "month-1"
    chair: str  # key of news.demo_words.LEADERS
    place: str
    agenda: str
    units: tuple
    conclusions: tuple = field(default_factory=tuple)
    internal_report: str = ""  # key of the unit whose report stays in the record
    titles_then: tuple = ()  # (unit key, the title its leader held that day, since changed)
    late_report: str = ""  # key of the unit that submitted after the deadline
    missing_report: str = ""  # key of the unit that never submitted
    makes_article: bool = False  # the demo makes its draft article (bantin/briefings/article.py)


def leader(key):
    return LEADERS[key]


PROVINCE_UNITS = (
    UnitText("vp", "Văn phòng Tỉnh ủy", "VPTU", leader("vp"),
             ("vp.tinhuy", "Phạm Thu Trang"), is_office=True),
    UnitText("btc", "Ban Tổ chức Tỉnh ủy", "BTC", leader("tc"),
             ("btc.tinhuy", "Đặng Minh Khoa"),
             indicators=(("Số đảng viên mới kết nạp", "đảng viên", 412, 18),
                         ("Số tổ chức cơ sở đảng được kiện toàn", "tổ chức", 26, -3),
                         ("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", "91.4", "0.6")),
             results="Tham mưu kiện toàn tổ chức bộ máy sau sắp xếp; hoàn thành rà soát quy "
                     "hoạch cán bộ diện Ban Thường vụ quản lý {period}.\nHướng dẫn các cấp ủy "
                     "cơ sở bồi dưỡng quần chúng ưu tú, tạo nguồn kết nạp đảng viên.",
             shortcomings="Việc kết nạp đảng viên ở khu vực doanh nghiệp ngoài nhà nước còn ít.",
             proposals="Đề nghị các huyện ủy gửi hồ sơ nhân sự đúng thời hạn."),
    UnitText("btg", "Ban Tuyên giáo Tỉnh ủy", "BTG", leader("tg"),
             ("btg.tinhuy", "Lý Thị Hằng"),
             indicators=(("Số hội nghị học tập, quán triệt nghị quyết", "hội nghị", 64, 5),
                         ("Số lượt cán bộ, đảng viên dự học tập", "lượt", 18240, 1315),
                         ("Số tin, bài trên cổng thông tin điện tử", "tin, bài", 1185, 74)),
             results="Tổ chức học tập, quán triệt các nghị quyết mới của Tỉnh ủy {period}; "
                     "định hướng thông tin kịp thời trên báo chí và mạng xã hội.",
             shortcomings="Tin, bài về gương người tốt, việc tốt ở cơ sở chưa nhiều.",
             proposals="Đề nghị bổ sung kinh phí cho chuyên trang điện tử."),
    UnitText("bdv", "Ban Dân vận Tỉnh ủy", "BDV", leader("dv"),
             ("bdv.tinhuy", "Kiều Văn Thái"),
             indicators=(("Số mô hình “Dân vận khéo” được công nhận", "mô hình", 37, 4),
                         ("Số cuộc đối thoại với Nhân dân", "cuộc", 52, -6)),
             results="Nắm bắt tình hình Nhân dân, phối hợp giải quyết kiến nghị của cử tri; "
                     "nhân rộng các mô hình “Dân vận khéo” {period}.",
             shortcomings="Một số cuộc đối thoại ở cơ sở còn hình thức.",
             proposals="Đề nghị khen thưởng các mô hình tiêu biểu."),
    UnitText("ubkt", "Ủy ban Kiểm tra Tỉnh ủy", "UBKT", leader("kt"),
             ("ubkt.tinhuy", "Hồ Thị Ngân"),
             indicators=(("Số cuộc kiểm tra khi có dấu hiệu vi phạm", "cuộc", 14, 2),
                         ("Số cuộc giám sát chuyên đề", "cuộc", 31, 3)),
             results="Thực hiện chương trình kiểm tra, giám sát {period} đúng kế hoạch; "
                     "xem xét, giải quyết đơn thư theo thẩm quyền.",
             shortcomings="Thời gian xử lý một số đơn thư còn kéo dài.",
             proposals="Đề nghị cấp ủy cơ sở báo cáo kết quả khắc phục sau kiểm tra."),
    UnitText("bnc", "Ban Nội chính Tỉnh ủy", "BNC", ("Mai Xuân Hòa", "Trưởng Ban Nội chính "
             "Tỉnh ủy"), ("bnc.tinhuy", "Tống Đức Anh"),
             indicators=(("Số vụ việc, vụ án được theo dõi, đôn đốc", "vụ việc", 23, 1),
                         ("Số đơn thư được phân loại, xử lý", "đơn", 306, -21)),
             results="Theo dõi, đôn đốc xử lý các vụ việc, vụ án dư luận quan tâm {period}.",
             shortcomings="Phối hợp cung cấp thông tin giữa các cơ quan còn chậm.",
             proposals="Đề nghị các cơ quan tư pháp báo cáo định kỳ đúng hạn."),
    UnitText("duk", "Đảng ủy Khối các cơ quan tỉnh", "ĐUK", leader("duk"),
             ("duk.tinhuy", "Mạc Thị Yến"),
             indicators=(("Số đảng viên mới kết nạp", "đảng viên", 58, 4),
                         ("Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ", "%", "87.5", "1.2")),
             results="Lãnh đạo các đảng bộ, chi bộ trực thuộc thực hiện nhiệm vụ chính trị "
                     "{period}; tổ chức sinh hoạt chuyên đề theo hướng dẫn.",
             shortcomings="Chất lượng sinh hoạt chi bộ ở một số cơ quan chưa đều.",
             proposals="Đề nghị tăng cường cán bộ cho Văn phòng Đảng ủy Khối."),
    UnitText("snn", "Đảng ủy Sở Nông nghiệp và Môi trường", "ĐU SNN",
             ("Triệu Quang Vinh", "Bí thư Đảng ủy, Giám đốc Sở Nông nghiệp và Môi trường"),
             ("snn.tinhuy", "Bế Văn Quân"), parent="duk",
             indicators=(("Diện tích cây trồng được chuyển đổi", "ha", "1234.5", "96.8"),
                         ("Giá trị sản phẩm OCOP tiêu thụ", "tỷ đồng", "48.7", "3.9")),
             results="Lãnh đạo chuyển đổi cơ cấu cây trồng, phát triển sản phẩm OCOP {period}.",
             shortcomings="Liên kết tiêu thụ nông sản còn thiếu bền vững."),
    UnitText("sgd", "Đảng ủy Sở Giáo dục và Đào tạo", "ĐU SGD",
             ("Lâm Thị Phương Thảo", "Bí thư Đảng ủy, Giám đốc Sở Giáo dục và Đào tạo"),
             ("sgd.tinhuy", "Châu Ngọc Diệp"), parent="duk",
             indicators=(("Số trường đạt chuẩn quốc gia", "trường", 412, 7),),
             results="Chỉ đạo xây dựng trường chuẩn quốc gia, sắp xếp mạng lưới trường lớp "
                     "{period}.",
             shortcomings="Cơ sở vật chất ở một số trường vùng cao còn thiếu."),
)

PROVINCE_BRIEFINGS = (
    BriefingText(
        "Giao ban khối các cơ quan tham mưu, giúp việc Tỉnh ủy", "periodic", "quarter-2", "bt",
        "Hội trường Tỉnh ủy", "Đánh giá kết quả thực hiện nhiệm vụ trong quý; thống nhất "
        "nhiệm vụ trọng tâm quý tới.", ("btc", "btg", "bdv", "ubkt", "bnc"),
        titles_then=(("bdv", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),),
        conclusions=(
            ConclusionText("Hoàn thành rà soát, bổ sung quy hoạch cán bộ diện Ban Thường vụ "
                           "Tỉnh ủy quản lý.", "btc", ("btg",), ("16-QĐ/TU",),
                           state=DONE_ON_TIME, helper_state=DONE_LATE),
            ConclusionText("Xây dựng chuyên mục tuyên truyền về chuyển đổi số trên cổng thông "
                           "tin điện tử của Tỉnh ủy.", "btg", documents=("1520-QĐ/TU",),
                           state=OVERDUE),
            ConclusionText("Tổng hợp kết quả kiểm tra, giám sát chuyên đề, báo cáo Ban Thường "
                           "vụ Tỉnh ủy.", "ubkt", state=EXTENDED),
            ConclusionText("Sơ kết việc nhân rộng mô hình “Dân vận khéo” trong các cơ quan "
                           "tỉnh.", "bdv", state=REFUSED),
            ConclusionText("Chuẩn bị phương án nhân sự cho đợt kiện toàn sắp tới.", "bnc",
                           internal=True, state=DONE_ON_TIME),
        )),
    BriefingText(
        "Giao ban khối Đảng", "periodic", "quarter-1", "ptbtt", "Phòng họp số 1, Tỉnh ủy",
        "Nghe các ban Đảng và Đảng ủy Khối báo cáo kết quả quý; kết luận nhiệm vụ quý tới.",
        ("btc", "btg", "bdv", "ubkt", "duk"), internal_report="ubkt", late_report="bdv",
        makes_article=True,
        conclusions=(
            ConclusionText("Hướng dẫn các chi bộ tổ chức sinh hoạt chuyên đề về học tập và làm "
                           "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", "duk", ("btg",),
                           state=IN_PROGRESS),
            ConclusionText("Tổ chức quán triệt Nghị quyết số 35-NQ/TU đến toàn thể cán bộ, "
                           "đảng viên.", "btg", ("btc",), ("35-NQ/TU", "86-KH/TU"),
                           state=PENDING, helper_state=IN_PROGRESS),
            ConclusionText("Báo cáo kết quả kết nạp đảng viên ở khu vực doanh nghiệp ngoài nhà "
                           "nước.", "btc", state=DONE_ON_TIME),
            ConclusionText("Xây dựng kế hoạch đối thoại với Nhân dân năm tới.", "bdv"),
        )),
    BriefingText(
        "Buổi làm việc với Đảng ủy Khối các cơ quan tỉnh", "working_session", "month-1",
        "ptbtt", "Trụ sở Đảng ủy Khối các cơ quan tỉnh",
        "Làm việc về công tác xây dựng Đảng trong các đảng bộ trực thuộc Đảng ủy Khối.",
        ("duk", "snn", "sgd"), missing_report="sgd",
        conclusions=(
            ConclusionText("Hoàn thiện đề án nâng cao chất lượng sinh hoạt chi bộ trong các cơ "
                           "quan tỉnh.", "duk", ("snn", "sgd"), state=IN_PROGRESS),
            ConclusionText("Xây dựng kế hoạch liên kết tiêu thụ sản phẩm OCOP.", "snn"),
        )),
)

BLOC_UNITS = (
    UnitText("vp", "Văn phòng Đảng ủy Khối", "VP", ("Trịnh Văn Hậu", "Chánh Văn phòng Đảng "
             "ủy Khối"), ("vp.dangbokhoi", "Giáp Thị Hoa"), is_office=True),
    UnitText("btc", "Ban Tổ chức Đảng ủy Khối", "BTC", ("Ninh Quốc Hưng", "Trưởng Ban Tổ chức "
             "Đảng ủy Khối"), ("btc.dangbokhoi", "Âu Văn Đạt"),
             indicators=(("Số đảng viên mới kết nạp", "đảng viên", 58, 4),),
             results="Hướng dẫn kiện toàn chi ủy các chi bộ trực thuộc {period}.",
             shortcomings="Hồ sơ đề nghị kết nạp đảng viên của một số chi bộ còn sai sót."),
    UnitText("ubkt", "Ủy ban Kiểm tra Đảng ủy Khối", "UBKT", ("Khổng Thị Mơ", "Chủ nhiệm Ủy "
             "ban Kiểm tra Đảng ủy Khối"), ("ubkt.dangbokhoi", "Lã Văn Tiến"),
             indicators=(("Số cuộc giám sát chuyên đề", "cuộc", 9, 1),),
             results="Giám sát việc thực hiện quy định về nêu gương {period}."),
    UnitText("stc", "Đảng ủy Sở Tài chính", "ĐU STC", ("Doãn Minh Châu", "Bí thư Đảng ủy, Giám "
             "đốc Sở Tài chính"), ("stc.dangbokhoi", "Quách Thu Hà"),
             indicators=(("Tỷ lệ giải ngân vốn đầu tư công", "%", "61.3", "8.4"),),
             results="Lãnh đạo đẩy nhanh giải ngân vốn đầu tư công {period}."),
)

BLOC_BRIEFINGS = (
    BriefingText(
        "Giao ban Thường trực Đảng ủy Khối với các đảng bộ trực thuộc", "periodic",
        "quarter-1", "duk", "Hội trường Đảng ủy Khối", "Đánh giá kết quả công tác xây dựng "
        "Đảng trong quý.", ("btc", "ubkt", "stc"),
        conclusions=(
            ConclusionText("Chỉ đạo các chi bộ hoàn thiện hồ sơ đảng viên mới.", "btc",
                           state=DONE_ON_TIME),
            ConclusionText("Báo cáo tiến độ giải ngân vốn đầu tư công.", "stc", ("ubkt",),
                           state=IN_PROGRESS),
        )),
)
