"""Cast, places, word lists and shared sentence templates for `demo_text`, all about the fictional
province of Đông Lâm and written by the team (no sentence is taken from a real portal).
"""

# key -> (name, full title; its last comma-separated part is the short title); bnv... are national
LEADERS = {
    "bt": ("Lê Quang Thịnh", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"),
    "ptbtt": ("Trần Văn Khải", "Phó Bí thư Thường trực Tỉnh ủy"),
    "ct": ("Phạm Đức Minh", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"),
    "tg": ("Nguyễn Thị Hồng Vân", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy"),
    "tc": ("Hoàng Minh Tuấn", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy"),
    "kt": ("Đinh Văn Sơn", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
    "dv": ("Vũ Thị Lan Anh", "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy"),
    "vp": ("Ngô Thanh Tùng", "Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy"),
    "duk": ("Lương Thị Thu Hà", "Ủy viên Ban Thường vụ, Bí thư Đảng ủy Khối các cơ quan tỉnh"),
    "dukp": ("Đỗ Xuân Trường", "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh"),
    "pct": ("Nông Văn Lực", "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh"),
    "tgp": ("Hà Thị Ngọc Mai", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy"),
    "nn": ("Triệu Quang Vinh", "Giám đốc Sở Nông nghiệp và Môi trường"),
    "bnv": ("Phan Văn Hiếu", "Thứ trưởng Bộ Nội vụ"),
    "btc": ("Tạ Quang Huy", "Thứ trưởng Bộ Tài chính"),
    "bkh": ("Nghiêm Xuân Phúc", "Thứ trưởng Bộ Khoa học và Công nghệ"),
}
# (kind of unit, name, secretary of its Party committee)
DISTRICTS = [
    ("thành phố", "Đông Xuyên", "Cao Đức Long"), ("thị xã", "Tân Lâm", "Lê Thị Bích Ngọc"),
    ("huyện", "Lâm Hà", "Vi Văn Thắng"), ("huyện", "Thượng Nguyên", "Hà Minh Châu"),
    ("huyện", "Yên Khê", "Lục Văn Dũng"), ("huyện", "Phù Vân", "Trịnh Thị Hải Yến"),
    ("huyện", "Ngọc Lĩnh", "Đoàn Quốc Bảo"), ("huyện", "Vĩnh Đào", "Lò Thị Thanh"),
]
COMMUNES = ["Tân Phú", "Hồng Phong", "Quảng Lạc", "Minh Khai", "Phú Lương", "Thanh Vân",
            "Đồng Tâm", "Tiên Hội", "Kim Đồng", "Yên Thịnh", "Hòa An", "Nà Lùng", "Khe Mo"]
SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Ngô Dương Lý Nông Hà Tô Lưu".split()
GIVEN = ("Văn Hùng|Đức Thắng|Quang Huy|Minh Đức|Văn Tiến|Xuân Bách|Hữu Nghĩa|Tiến Dũng|Thu Hằng|"
         "Thị Hương|Thu Trang|Thị Mai Lan|Ngọc Ánh|Thị Hạnh|Phương Thảo|Kim Dung").split("|")
BYLINES = ("Minh Thư|Thu Trang|Hoàng Lâm|Quốc Việt|Thanh Hương|Ngọc Ánh|Đức Anh|Phương Linh|"
           "Văn Tùng|Hải Yến|Bảo Ngọc|Trung Kiên").split("|")
VENUES = ["Hội trường Tỉnh ủy", "Trung tâm Hội nghị tỉnh", "Hội trường Nhà khách Tỉnh ủy"]
PARTY_UNITS = ["Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy",
               "Ban Dân vận Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Đảng ủy Khối Doanh nghiệp tỉnh"]
STATE_UNITS = ["Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Công Thương",
               "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ",
               "Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ"]
NATIONAL_UNITS = ["Bộ Xây dựng", "Bộ Công Thương", "Văn phòng Chính phủ", "UBND tỉnh Đông Lâm"]
SMALL_ORGS = ["Sở Tư pháp", "Sở Khoa học và Công nghệ", "Thanh tra tỉnh", "Sở Dân tộc và Tôn giáo",
              "Hội Nông dân tỉnh", "Tỉnh đoàn", "Liên minh Hợp tác xã tỉnh"]
DEPARTMENTS = ["Văn phòng", "Phòng Tổng hợp", "Phòng Kế hoạch - Tài chính", "Phòng Nghiệp vụ"]
MAJORS = ["luật", "kinh tế", "quản lý nhà nước", "công nghệ thông tin", "tài chính - ngân hàng"]

# field -> noun phrase, host, chair, audience, shortfall/task group, result pools, tag
FIELDS = {
    "party": ("công tác xây dựng Đảng", "Đảng ủy Khối các cơ quan tỉnh", "duk",
              "các cấp ủy, tổ chức đảng trực thuộc", "party", ["party"], "xây dựng Đảng"),
    "partybloc": ("công tác xây dựng Đảng và hệ thống chính trị", "Thường trực Tỉnh ủy", "ptbtt",
                  "các cơ quan tham mưu, giúp việc Tỉnh ủy", "party",
                  ["propaganda", "organization", "inspection", "mass"], "hệ thống chính trị"),
    "propaganda": ("công tác tuyên giáo", "Ban Tuyên giáo Tỉnh ủy", "tg",
                   "đội ngũ làm công tác tuyên giáo các cấp", "party", ["propaganda"],
                   "tuyên giáo"),
    "organization": ("công tác tổ chức xây dựng Đảng", "Ban Tổ chức Tỉnh ủy", "tc",
                     "cơ quan tổ chức các cấp", "party", ["organization"], "công tác tổ chức"),
    "inspection": ("công tác kiểm tra, giám sát", "Ủy ban Kiểm tra Tỉnh ủy", "kt",
                   "Ủy ban Kiểm tra các cấp", "party", ["inspection"], "kiểm tra, giám sát"),
    "mass": ("công tác dân vận", "Ban Dân vận Tỉnh ủy", "dv", "cơ quan dân vận các cấp", "party",
             ["mass"], "công tác dân vận"),
    "economy": ("phát triển kinh tế - xã hội", "UBND tỉnh", "ct", "các sở, ngành, địa phương",
                "econ", ["economy"], "kinh tế - xã hội"),
}
# Provincial documents that articles keep coming back to:
# (reference, date issued, issuer, subject, group, result pool, tag).
DOCS = [
    ("Nghị quyết số 12-NQ/TU", "15/3/2023", "Ban Chấp hành Đảng bộ tỉnh",
     "về chuyển đổi số tỉnh Đông Lâm đến năm 2030", "econ", "digital", "chuyển đổi số"),
    ("Nghị quyết số 07-NQ/TU", "20/8/2021", "Ban Chấp hành Đảng bộ tỉnh",
     "về phát triển nông nghiệp hàng hóa gắn với chuỗi giá trị", "econ", "agri",
     "nông nghiệp hàng hóa"),
    ("Nghị quyết số 20-NQ/TU", "05/7/2024", "Ban Chấp hành Đảng bộ tỉnh",
     "về phát triển kết cấu hạ tầng giao thông", "econ", "transport", "hạ tầng giao thông"),
    ("Chỉ thị số 08-CT/TU", "02/4/2024", "Ban Thường vụ Tỉnh ủy",
     "về tăng cường công tác phát triển đảng viên", "party", "organization",
     "phát triển đảng viên"),
    ("Chỉ thị số 11-CT/TU", "18/9/2023", "Ban Thường vụ Tỉnh ủy",
     "về nâng cao chất lượng sinh hoạt chi bộ", "party", "organization", "sinh hoạt chi bộ"),
    ("Kết luận số 45-KL/TU", "12/12/2023", "Ban Thường vụ Tỉnh ủy",
     "về đẩy mạnh công tác dân vận vùng đồng bào dân tộc thiểu số", "party", "mass",
     "công tác dân vận"),
]
HCM_DOC = ("Kết luận số 27-KL/TU", "06/5/2021", "Ban Thường vụ Tỉnh ủy",
           "về tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
           "party", "hcm", "học tập và làm theo Bác")
NEW_DOC_SUBJECTS = [
    ("về tăng cường bảo vệ nền tảng tư tưởng của Đảng", "bảo vệ nền tảng tư tưởng"),
    ("về đẩy mạnh thực hành tiết kiệm, chống lãng phí", "chống lãng phí"),
    ("về nâng cao chất lượng cán bộ cấp cơ sở", "công tác cán bộ"),
    ("về phát triển kinh tế tập thể, hợp tác xã", "kinh tế tập thể"),
    ("về phát triển khoa học, công nghệ và đổi mới sáng tạo", "đổi mới sáng tạo"),
]
# (new organisation, new position, previous position) for personnel news.
POSTS = [
    ("Văn phòng Tỉnh ủy", "Phó Chánh Văn phòng Tỉnh ủy", "Chánh Văn phòng Huyện ủy Lâm Hà"),
    ("Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Dân vận Tỉnh ủy",
     "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("Ủy ban Kiểm tra Tỉnh ủy", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
     "Ủy viên Ủy ban Kiểm tra Tỉnh ủy"),
    ("Ban Tuyên giáo Tỉnh ủy", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "Tổng Biên tập Báo Đông Lâm"),
]
# (agency, chair, topic, tag, result pool) for national news.
NATIONAL = [
    ("Bộ Nội vụ", "bnv", "cải cách hành chính và xây dựng chính quyền số", "cải cách hành chính",
     "nat_admin"),
    ("Bộ Tài chính", "btc", "giải ngân vốn đầu tư công", "đầu tư công", "nat_invest"),
    ("Bộ Khoa học và Công nghệ", "bkh", "chuyển đổi số quốc gia", "chuyển đổi số", "nat_digital"),
]
# (noun phrase, result pool, tag) for analysis pieces.
OPINION_TOPICS = [
    ("công tác phát triển đảng viên", "organization", "phát triển đảng viên"),
    ("sinh hoạt chi bộ", "organization", "sinh hoạt chi bộ"),
    ("công tác kiểm tra, giám sát của Đảng", "inspection", "kiểm tra, giám sát"),
    ("công tác dân vận của hệ thống chính trị", "mass", "công tác dân vận"),
    ("công tác bảo vệ nền tảng tư tưởng của Đảng", "propaganda", "bảo vệ nền tảng tư tưởng"),
    ("công tác chuyển đổi số của hệ thống chính trị", "digital", "chuyển đổi số"),
]
# (field of a "Dân vận khéo" model, what the villagers built with it)
MODELS = [
    ("vận động nhân dân hiến đất làm đường giao thông nông thôn", "bê tông hóa đường thôn"),
    ("phát triển kinh tế hộ gia đình", "xây dựng vườn mẫu, chuồng trại hợp vệ sinh"),
    ("bảo vệ môi trường nông thôn", "làm đường hoa, thu gom rác thải ở các thôn"),
    ("xây dựng khu dân cư an toàn, văn minh", "lắp đặt đèn chiếu sáng, camera an ninh"),
]
SITES = ["vườn dược liệu dưới tán rừng ở {commune}", "hợp tác xã chế biến chè ở {commune}",
         "khu sản xuất rau an toàn ở {commune}", "tuyến đường liên xã đang thi công qua {commune}"]
HEADLINE_TASKS = ["tạo đột phá trong phát triển nông nghiệp hàng hóa",
                  "đẩy nhanh tiến độ các công trình trọng điểm", "xây dựng cơ sở đảng vững mạnh",
                  "khai thác hiệu quả tiềm năng du lịch sinh thái"]
VIDEO_TITLES = ["Đông Lâm vững bước đổi mới", "Mùa vàng trên cánh đồng Thượng Nguyên",
                "Người đảng viên nơi vùng cao Ngọc Lĩnh", "Dấu ấn công tác dân vận ở xã Tân Phú"]
SLOGANS = ["ĐẢNG BỘ TỈNH ĐÔNG LÂM ĐOÀN KẾT, ĐỔI MỚI, CHUNG SỨC XÂY DỰNG QUÊ HƯƠNG GIÀU ĐẸP",
           "KHƠI DẬY KHÁT VỌNG ĐÔNG LÂM, VỮNG BƯỚC PHÁT TRIỂN NHANH VÀ BỀN VỮNG"]


# Sentence templates: "@key" starts a pool, an indented line continues the template above, "[a|b]"
# picks an alternative, "{name}" fills a slot ("{Name}" capitalised), "{i:lo-hi}", "{p:lo-hi}" and
# "{b:lo-hi}" draw an integer, a one-decimal figure or a number with thousands dots. Pool "x+" holds
# the follow-up sentences of a paragraph opened from pool "x".
TEMPLATES = """
@limits
Tuy nhiên, báo cáo cũng thẳng thắn chỉ ra một số hạn chế, như: {shortfalls}.
Bên cạnh kết quả đạt được, các ý kiến tại {event} cũng chỉ rõ {field_np} vẫn còn một số tồn tại,
  như: {shortfalls}.
@limits.opinion
Tuy nhiên, thực tiễn cho thấy, {topic_np} vẫn còn những hạn chế nhất định, như: {shortfalls}.
@limits+
Nguyên nhân chủ yếu là do {cause}; bên cạnh đó, {cause}.
Những hạn chế này cần được nhận diện đầy đủ để có giải pháp khắc phục cụ thể, dứt điểm.
Một số chỉ tiêu tuy đạt nhưng chưa thật sự bền vững, có nguy cơ không hoàn thành nếu thiếu giải pháp
  quyết liệt.
@proposals
Tại {event}, các đại biểu đã tập trung thảo luận, làm rõ thêm kết quả đạt được, những khó khăn,
  vướng mắc và đề xuất nhiều giải pháp thiết thực.
Thảo luận tại {event}, đại diện {unit} đề nghị {proposal}.
@proposals+
Đại diện {unit} kiến nghị {proposal}.
Lãnh đạo {unit} đề xuất {proposal}.
Một số ý kiến đề nghị {proposal}.
@close
Phát biểu kết luận {event}, {chair_short} ghi nhận, biểu dương những kết quả mà {subject} đạt được
  thời gian qua, đồng thời thẳng thắn chỉ ra những việc còn chậm, cần sớm khắc phục.
Kết luận {event}, {chair_short} đánh giá cao tinh thần trách nhiệm, sự chủ động của {subject} trong
  triển khai nhiệm vụ; cơ bản thống nhất với báo cáo và các ý kiến phát biểu của đại biểu.
Phát biểu chỉ đạo, {chair_short} khẳng định, những kết quả đạt được là rất đáng ghi nhận, tạo tiền
  đề quan trọng để hoàn thành các mục tiêu, nhiệm vụ năm {year}.
@close+
Đồng chí đề nghị {audience} tập trung thực hiện tốt một số nhiệm vụ trọng tâm, đó là: {tasks}.
Trong thời gian tới, đồng chí yêu cầu {audience} {task}; đồng thời {task}.
Đối với các kiến nghị, đề xuất tại {event}, đồng chí giao các cơ quan chuyên môn tiếp thu, tổng hợp,
  tham mưu giải quyết theo thẩm quyền.
Đồng chí nhấn mạnh, khối lượng công việc thời gian tới rất lớn, vì vậy cần có cách làm quyết liệt,
  sáng tạo, phân công rõ người, rõ việc, rõ thời gian hoàn thành.
@shortfalls.common
tiến độ thực hiện một số nhiệm vụ còn chậm so với kế hoạch
sự phối hợp giữa một số cơ quan, đơn vị có lúc chưa chặt chẽ
việc ứng dụng công nghệ thông tin ở một số nơi chưa đồng đều
việc sơ kết, nhân rộng các mô hình, cách làm hay chưa được quan tâm đúng mức
@shortfalls.party
chất lượng sinh hoạt chi bộ ở một số nơi chưa cao, nội dung còn đơn điệu
việc kết nạp đảng viên trong doanh nghiệp ngoài khu vực nhà nước còn gặp khó khăn
công tác nắm bắt tình hình tư tưởng ở cơ sở có lúc chưa kịp thời
@shortfalls.econ
tiến độ giải ngân vốn đầu tư công của một số dự án còn chậm
công tác giải phóng mặt bằng còn gặp nhiều vướng mắc
sản xuất, kinh doanh của một bộ phận doanh nghiệp còn khó khăn
@causes
nhận thức, trách nhiệm của một số cấp ủy, người đứng đầu chưa đầy đủ
khối lượng công việc lớn trong khi biên chế còn hạn chế
một số cơ chế, chính sách còn bất cập, chậm được sửa đổi, bổ sung
@tasks.common
nâng cao chất lượng công tác tham mưu, bảo đảm kịp thời, sát thực tiễn
đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của cơ quan, đơn vị
tăng cường kiểm tra, đôn đốc việc thực hiện các nhiệm vụ đã đề ra
phát huy vai trò nêu gương của người đứng đầu, nhất là trong những việc khó, phức tạp
@tasks.party
tiếp tục nâng cao chất lượng sinh hoạt chi bộ, nhất là sinh hoạt chuyên đề
làm tốt công tác phát triển đảng viên, chú trọng đoàn viên thanh niên ưu tú
chú trọng công tác bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng
@tasks.econ
đẩy nhanh tiến độ giải ngân vốn đầu tư công, nhất là các dự án trọng điểm
tập trung tháo gỡ khó khăn, vướng mắc cho sản xuất, kinh doanh
chăm lo đời sống của nhân dân, nhất là hộ nghèo, gia đình chính sách
@tasks.nat
khẩn trương rà soát, hoàn thiện thể chế, chính sách liên quan
tăng cường phối hợp giữa các bộ, ngành và địa phương trong tổ chức thực hiện
đẩy mạnh kết nối, chia sẻ dữ liệu giữa các cơ quan
@proposal.party
cấp có thẩm quyền sớm hướng dẫn việc kết nạp đảng viên là người lao động trong doanh nghiệp
tăng cường tập huấn nghiệp vụ cho đội ngũ cán bộ làm công tác đảng ở cơ sở
bố trí kinh phí nâng cấp hạ tầng công nghệ thông tin phục vụ chuyển đổi số trong các cơ quan đảng
@proposal.econ
tỉnh sớm tháo gỡ vướng mắc trong bồi thường, giải phóng mặt bằng các dự án trọng điểm
có cơ chế hỗ trợ doanh nghiệp, hợp tác xã tiếp cận nguồn vốn tín dụng ưu đãi
đẩy nhanh tiến độ thẩm định, phê duyệt các quy hoạch chi tiết
@proposal.nat
sớm ban hành văn bản hướng dẫn chi tiết để các địa phương có cơ sở triển khai
bố trí đủ nguồn lực cho các nhiệm vụ mới được giao
tăng cường phân cấp, phân quyền gắn với kiểm tra, giám sát
@res.party
Trong {period}, Ban Thường vụ Đảng ủy Khối đã ban hành {i:25-90} văn bản lãnh đạo, chỉ đạo, trong đó
  có {i:3-9} nghị quyết chuyên đề; triển khai thực hiện {kh_duk} về công tác xây dựng Đảng.
Công tác phát triển đảng viên tiếp tục được quan tâm; toàn Đảng bộ Khối đã kết nạp {i:35-120} đảng
  viên mới, đạt {p:70-98}% chỉ tiêu cả năm.
Ủy ban Kiểm tra Đảng ủy Khối đã kiểm tra {i:6-18} tổ chức đảng và {i:10-35} đảng viên, giám sát
  chuyên đề {i:8-25} tổ chức đảng, kịp thời chấn chỉnh những thiếu sót trong thực hiện quy chế làm
  việc.
@res.propaganda
Ban Tuyên giáo Tỉnh ủy đã tham mưu tổ chức {i:4-9} hội nghị học tập, quán triệt nghị quyết với hơn
  {b:8000-25000} lượt cán bộ, đảng viên tham dự bằng hình thức trực tiếp và trực tuyến.
Công tác nắm bắt tình hình tư tưởng được thực hiện thường xuyên; {i:8-15} báo cáo dư luận xã hội đã
  được tổng hợp, phản ánh kịp thời lên Ban Thường vụ Tỉnh ủy.
Lực lượng tham gia bảo vệ nền tảng tư tưởng của Đảng đã đăng tải, chia sẻ {b:2000-9000} tin, bài
  tích cực, phản bác các quan điểm sai trái trên không gian mạng.
@res.organization
Ban Tổ chức Tỉnh ủy đã thẩm định, trình Ban Thường vụ Tỉnh ủy ban hành {i:20-60} quyết định về công
  tác cán bộ, bảo đảm đúng nguyên tắc, quy trình.
Trong {period}, toàn Đảng bộ tỉnh đã kết nạp {i:350-900} đảng viên mới, trong đó đảng viên là đoàn
  viên thanh niên chiếm {p:60-78}%, người dân tộc thiểu số chiếm {p:25-45}%.
Qua đánh giá, có {p:85-95}% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên; tỷ lệ đảng viên
  tham gia sinh hoạt chi bộ định kỳ đạt trên {p:93-99}%.
@res.inspection
Cấp ủy các cấp đã kiểm tra {i:40-120} tổ chức đảng và {i:120-380} đảng viên; giám sát {i:60-160} tổ
  chức đảng và {i:150-420} đảng viên theo chương trình đề ra.
Công tác kiểm tra tài chính đảng được chú trọng với {i:15-45} tổ chức đảng được kiểm tra; số tiền
  đảng phí thu nộp bổ sung hơn {i:40-280} triệu đồng.
Việc giải quyết đơn thư tố cáo, khiếu nại kỷ luật đảng được thực hiện đúng quy định; {p:90-99}% đơn
  thuộc thẩm quyền đã được giải quyết dứt điểm.
@res.mass
Toàn tỉnh đã xây dựng, nhân rộng {i:180-420} mô hình "Dân vận khéo" trên các lĩnh vực, trong đó
  {i:40-90} mô hình tiêu biểu được biểu dương, khen thưởng.
Các cơ quan, đơn vị đã tổ chức {i:120-260} hội nghị đối thoại với nhân dân, giải quyết {p:85-98}%
  kiến nghị chính đáng theo thẩm quyền.
Mặt trận Tổ quốc và các đoàn thể đã vận động nhân dân đóng góp hơn {b:12000-45000} ngày công và
  {i:20-95} tỷ đồng xây dựng các công trình dân sinh.
@res.economy
Tổng sản phẩm trên địa bàn tỉnh (GRDP) {period} ước tăng {grdp}% so với cùng kỳ; tổng thu ngân sách
  nhà nước ước đạt {budget} tỷ đồng, bằng {p:78-112}% dự toán.
Tỷ lệ giải ngân vốn đầu tư công đạt {p:55-92}% kế hoạch; {i:120-380} km đường giao thông đã được đầu
  tư, cải tạo, nhiều dự án trọng điểm hoàn thành đúng tiến độ.
Toàn tỉnh có thêm {i:180-520} doanh nghiệp thành lập mới với tổng vốn đăng ký hơn {b:2000-7500} tỷ
  đồng; kim ngạch xuất khẩu ước đạt {i:350-980} triệu USD.
@res.district
Tốc độ tăng giá trị sản xuất của {place} ước đạt {p:7-11}%; thu ngân sách trên địa bàn đạt
  {i:180-650} tỷ đồng, bằng {p:82-118}% dự toán được giao.
{Whole} đã kết nạp {i:40-150} đảng viên mới, đạt {p:75-110}% kế hoạch; {p:80-95}% tổ chức cơ sở đảng
  được đánh giá hoàn thành tốt nhiệm vụ trở lên.
Chương trình xây dựng nông thôn mới tiếp tục được quan tâm; đến nay {whole} có {i:8-20} xã đạt chuẩn
  nông thôn mới, trong đó {i:2-6} xã đạt chuẩn nông thôn mới nâng cao.
Tỷ lệ hộ nghèo {whole} giảm còn {p:4-12}%; có thêm {i:350-900} lao động được giải quyết việc làm
  mới, trong đó nhiều lao động được đào tạo nghề.
@res.digital
Đến nay, {p:92-99}% thủ tục hành chính đủ điều kiện đã được cung cấp dưới dạng dịch vụ công trực
  tuyến toàn trình; tỷ lệ hồ sơ nộp trực tuyến đạt {p:55-85}%.
Hạ tầng số được đầu tư đồng bộ; {p:96-99}% thôn, bản đã có sóng di động băng rộng, {p:80-95}% hộ gia
  đình có đường truyền internet cáp quang.
Kinh tế số ước đóng góp {p:8-14}% vào GRDP của tỉnh; {b:2500-9000} hộ sản xuất đã đưa sản phẩm lên
  các sàn thương mại điện tử.
@res.agri
Diện tích sản xuất nông nghiệp ứng dụng công nghệ cao đạt {b:3500-9000} ha, tăng {b:1200-3000} ha so
  với năm 2021; toàn tỉnh có {i:90-210} sản phẩm OCOP đạt từ 3 sao trở lên.
Giá trị thu được trên 1 ha đất trồng trọt ước đạt {i:95-140} triệu đồng, tăng {p:15-35}% so với năm
  2021.
Nhiều vùng sản xuất hàng hóa tập trung như chè, quế, cây ăn quả có múi đã hình thành, gắn với
  {i:40-110} chuỗi liên kết tiêu thụ sản phẩm.
@res.transport
Từ năm 2024 đến nay, toàn tỉnh đã đầu tư xây dựng, cải tạo {i:320-780} km đường giao thông các loại
  với tổng vốn hơn {b:4200-9800} tỷ đồng.
Tỷ lệ xã có đường ô tô đến trung tâm được cứng hóa đạt {p:90-99}%; tỷ lệ cứng hóa đường giao thông
  nông thôn đạt {p:78-92}%.
Nhân dân đã hiến hơn {b:180000-420000} m2 đất, đóng góp {b:60000-150000} ngày công để mở rộng đường
  giao thông nông thôn.
@res.poverty
Tỷ lệ hộ nghèo toàn tỉnh giảm từ {p:12-16}% xuống còn {p:5-9}%; ở các xã đặc biệt khó khăn, tỷ lệ hộ
  nghèo giảm bình quân {p:3-5}%/năm.
Toàn tỉnh đã hỗ trợ xây mới, sửa chữa {b:1500-4200} căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn
  về nhà ở.
Ngân hàng Chính sách xã hội tỉnh đã cho {b:9000-18000} lượt hộ vay vốn với tổng số tiền hơn
  {b:600-1500} tỷ đồng để phát triển sinh kế.
@res.hcm
Các cấp ủy đã cụ thể hóa nội dung học tập chuyên đề năm {year} thành {i:3-6} nhóm việc làm, gắn với
  chức trách, nhiệm vụ của từng cán bộ, đảng viên.
Có {i:25-80} tập thể và {i:60-160} cá nhân được biểu dương, khen thưởng vì có thành tích tiêu biểu
  trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Nhiều công trình, phần việc thiết thực như làm đường giao thông nông thôn, xây nhà nhân ái, hỗ trợ
  học sinh nghèo đã được thực hiện với tổng kinh phí hơn {p:5-30} tỷ đồng.
@res.nat_admin
Cả nước đã có {p:85-96}% thủ tục hành chính được cung cấp trực tuyến toàn trình; chỉ số hài lòng của
  người dân, doanh nghiệp đạt {p:82-90}%.
Các bộ, ngành đã cắt giảm, đơn giản hóa {b:1200-3000} quy định liên quan đến hoạt động kinh doanh,
  tiết kiệm chi phí tuân thủ cho xã hội.
Việc kết nối, chia sẻ dữ liệu dân cư với các cơ sở dữ liệu chuyên ngành tiếp tục được mở rộng, phục
  vụ hiệu quả công tác quản lý nhà nước.
@res.nat_invest
Tỷ lệ giải ngân vốn đầu tư công của cả nước ước đạt {p:45-80}% kế hoạch, cao hơn cùng kỳ năm trước.
Có {i:8-20} bộ, cơ quan trung ương và {i:15-30} địa phương có tỷ lệ giải ngân trên mức bình quân
  chung của cả nước.
Nhiều công trình hạ tầng giao thông, năng lượng quy mô lớn đã hoàn thành, tạo động lực mới cho tăng
  trưởng.
@res.nat_digital
Hạ tầng băng rộng cố định đã phủ đến {p:96-99}% số xã; tỷ lệ người trưởng thành có điện thoại thông
  minh đạt trên {p:85-92}%.
Kinh tế số ước đóng góp khoảng {p:18-21}% GDP; nhiều nền tảng số quốc gia được đưa vào sử dụng rộng
  rãi.
Các cơ sở dữ liệu quốc gia quan trọng được kết nối, chia sẻ, tạo nền tảng cho dịch vụ công trực
  tuyến.
@cap.meeting
{Chair} phát biểu [kết luận|chỉ đạo tại] {event}
Quang cảnh {event}
Các đại biểu dự {event}
@cap.visit
Đoàn công tác kiểm tra thực tế tại {site}
@cap.admission
{Chair} tặng hoa chúc mừng đảng viên mới {newbie_name}
Đảng viên mới {newbie_name} tuyên thệ dưới cờ Đảng
@cap.hcm_model
Cán bộ, đảng viên {commune} cùng nhân dân {model_deed}
@cap.opinion
Một buổi sinh hoạt chi bộ trong Đảng bộ tỉnh Đông Lâm (ảnh minh họa)
@giao_ban.title
{Host} giao ban công tác {period}
Giao ban {field_np} {period}
{Host} đánh giá kết quả {field_np} {period}, triển khai nhiệm vụ {next_period}
{Host} triển khai nhiệm vụ trọng tâm {next_period}
@giao_ban.lead
{When}, {host} tổ chức hội nghị giao ban đánh giá kết quả thực hiện nhiệm vụ {period}, triển khai
  phương hướng, nhiệm vụ {next_period}. {Chair} chủ trì hội nghị.
{When}, tại {venue}, {chair} chủ trì hội nghị giao ban {field_np} {period}. Dự hội nghị có lãnh đạo
  các ban xây dựng Đảng, Văn phòng Tỉnh ủy và các đơn vị liên quan.
@giao_ban.open
Theo báo cáo tại hội nghị, trong {period}, {host} đã bám sát chương trình công tác của Ban Chấp
  hành, Ban Thường vụ Tỉnh ủy, kịp thời cụ thể hóa thành các nhiệm vụ, giải pháp sát thực tiễn.
Báo cáo trình bày tại hội nghị cho thấy, {field_np} {period} được triển khai đồng bộ, có trọng tâm,
  trọng điểm và đạt nhiều kết quả tích cực.
@giao_ban.open+
Các nhiệm vụ trọng tâm được phân công cụ thể cho từng tập thể, cá nhân, gắn với thời hạn hoàn thành
  và trách nhiệm của người đứng đầu.
Sự phối hợp giữa các cơ quan tham mưu, giúp việc với cấp ủy cơ sở ngày càng chặt chẽ, nhịp nhàng.
Công tác nắm bắt, tổng hợp tình hình được duy trì thường xuyên, giúp cấp ủy lãnh đạo, chỉ đạo sát
  với thực tiễn.
@econ_report.title
UBND tỉnh họp phiên thường kỳ đánh giá tình hình kinh tế - xã hội {period}
GRDP {period} của tỉnh Đông Lâm ước tăng {grdp}%
Đông Lâm: Thu ngân sách {period} ước đạt {budget} tỷ đồng
@econ_report.lead
{When}, {chair} chủ trì phiên họp thường kỳ của UBND tỉnh. Theo báo cáo, GRDP {period} của tỉnh ước
  tăng {grdp}%, thu ngân sách ước đạt {budget} tỷ đồng, nhiều chỉ tiêu đạt và vượt so với cùng kỳ.
@econ_report.open
Báo cáo tại phiên họp cho biết, trong {period}, các sở, ngành, địa phương đã bám sát chỉ đạo của
  Tỉnh ủy, Hội đồng nhân dân tỉnh, triển khai quyết liệt các giải pháp thúc đẩy tăng trưởng.
@econ_report.open+
Môi trường đầu tư, kinh doanh được cải thiện; công tác cải cách hành chính được đẩy mạnh.
Quốc phòng, an ninh được bảo đảm; trật tự an toàn xã hội trên địa bàn tỉnh ổn định.
@visit.title
{Chair_role} {chair_name} làm việc với Ban Thường vụ {place_cmt}
Đoàn công tác của Tỉnh ủy làm việc tại {place}
{Place} cần {headline_task}
Đoàn công tác Tỉnh ủy làm việc với {place_cmt} về {field_np}
@visit.lead
{When}, đoàn công tác của Tỉnh ủy do {chair} làm trưởng đoàn đã làm việc với Ban Thường vụ
  {place_cmt} về kết quả thực hiện nhiệm vụ từ đầu năm đến nay.
{When}, {chair} dẫn đầu đoàn công tác của Tỉnh ủy đã kiểm tra thực tế và làm việc tại {place} về
  {field_np} và các nhiệm vụ trọng tâm của địa phương.
@visit.open
Báo cáo với đoàn công tác, {place_sec} cho biết, từ đầu năm đến nay, Ban Thường vụ {place_cmt} đã
  tập trung lãnh đạo triển khai đồng bộ các nhiệm vụ, giải pháp, bám sát chủ trương của Tỉnh ủy.
Theo báo cáo của {place_cmt}, địa phương đã ban hành {i:15-45} văn bản để cụ thể hóa và tổ chức thực
  hiện các nhiệm vụ trọng tâm năm {year}.
@visit.open+
Trước buổi làm việc, đoàn đã đi kiểm tra thực tế tại {site}.
Tình hình chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững; đời sống vật chất, tinh thần
  của nhân dân từng bước được nâng lên.
@conference.title
[Sơ kết|Nhìn lại] {n} năm thực hiện {doc_short} {doc_subject}
{Host} {conf_verb} {n} năm thực hiện {doc_short}
{Headline} chuyển biến rõ nét sau {n} năm thực hiện {doc_short}
@conference.lead
{When}, {host} tổ chức hội nghị {conf_verb} {n} năm thực hiện {doc_short} ngày {doc_date} của
  {doc_issuer} {doc_subject}. {Chair} chủ trì hội nghị.
{When}, tại {venue}, {chair} chủ trì hội nghị {conf_verb} {n} năm thực hiện {doc_short}
  {doc_subject}. Hội nghị được kết nối trực tuyến đến các điểm cầu cơ sở.
@conference.open
Sau {n} năm triển khai, {doc_short} đã được các cấp ủy, tổ chức đảng, chính quyền quán triệt nghiêm
  túc, cụ thể hóa bằng {i:40-160} văn bản phù hợp với điều kiện của từng địa phương, đơn vị.
Theo báo cáo tại hội nghị, ngay sau khi {doc_short} được ban hành, các cấp ủy, tổ chức đảng đã tổ
  chức học tập, quán triệt đến {p:95-99}% cán bộ, đảng viên.
@conference.open+
Việc thực hiện {doc_short} được gắn với các chương trình, đề án của tỉnh, tạo sự đồng thuận cao
  trong cán bộ, đảng viên và nhân dân.
Nhiều chỉ tiêu chủ yếu mà {doc_short} đề ra đã đạt và vượt kế hoạch.
@national.title
{Agency} tổ chức hội nghị toàn quốc về {nat_topic}
{Agency}: [Đẩy mạnh|Tăng tốc] {nat_topic} trong {next_period}
Hội nghị toàn quốc đánh giá kết quả {nat_topic} {period}
@national.lead
{When}, tại Hà Nội, {agency} tổ chức hội nghị toàn quốc đánh giá kết quả {nat_topic} {period} và
  triển khai nhiệm vụ thời gian tới. {Chair} chủ trì hội nghị.
@national.open
Tại điểm cầu tỉnh Đông Lâm, {local} dự hội nghị cùng lãnh đạo các sở, ngành liên quan.
@national.open+
Báo cáo tại hội nghị cho biết, các bộ, ngành, địa phương đã tập trung triển khai đồng bộ nhiều giải
  pháp, tạo chuyển biến rõ nét về {nat_topic}.
Hội nghị cũng quán triệt những điểm mới của {nd_cp}, có hiệu lực từ đầu năm {year}.
@study.title
{Host} quán triệt {newdoc_short} {newdoc_subject}
Quán triệt, triển khai {newdoc_short} đến cán bộ, đảng viên toàn tỉnh
@study.lead
{When}, {host} tổ chức hội nghị học tập, quán triệt, triển khai thực hiện {newdoc_short} ngày
  {newdoc_date} của {newdoc_issuer} {newdoc_subject}. {Chair} chủ trì hội nghị.
@study.open
Tại hội nghị, {reporter} đã truyền đạt những nội dung cơ bản, cốt lõi của {newdoc_short}, trong đó
  nhấn mạnh quan điểm chỉ đạo, mục tiêu, nhiệm vụ và các giải pháp chủ yếu.
@study.open+
{Newdoc_kind} xác định rõ mục tiêu đến năm 2030, đồng thời đề ra {i:4-7} nhóm nhiệm vụ, giải pháp cụ
  thể, phân công trách nhiệm cho từng cơ quan, đơn vị.
Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, bảo đảm thiết thực, tiết kiệm.
@study.after
Theo kế hoạch, sau hội nghị, các cấp ủy, tổ chức đảng xây dựng chương trình hành động thực hiện
  {newdoc_short} phù hợp với tình hình thực tế, hoàn thành trong tháng {next_month}.
@study.after+
Cán bộ, đảng viên viết bài thu hoạch, liên hệ với trách nhiệm của bản thân và nhiệm vụ của cơ quan,
  đơn vị.
Các cơ quan báo chí, hệ thống truyền thanh cơ sở tăng cường tuyên truyền để {newdoc_short} sớm đi
  vào cuộc sống.
@admission.title
Chi bộ {org} kết nạp đảng viên mới
Lễ kết nạp đảng viên mới tại Chi bộ {org}
@admission.lead
{When}, Chi bộ {org} thuộc Đảng bộ Khối các cơ quan tỉnh tổ chức lễ kết nạp đảng viên mới đối với
  quần chúng {newbie_name}, {newbie_job}. {Chair} dự và phát biểu tại buổi lễ.
@admission.open
Buổi lễ được tổ chức trang trọng theo đúng nghi thức quy định. Đại diện chi ủy đã công bố {qd_duk}
  của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh về việc kết nạp đảng viên.
@admission.open+
Đảng viên mới đã đọc lời tuyên thệ dưới cờ Đảng, ảnh Chủ tịch Hồ Chí Minh, hứa suốt đời phấn đấu cho
  mục tiêu, lý tưởng của Đảng, chấp hành nghiêm Điều lệ Đảng và nghị quyết của chi bộ.
@admission.bio
Quần chúng {newbie_name} sinh năm {young_birth}, tốt nghiệp đại học chuyên ngành {major}, được tuyển
  dụng vào làm việc tại {org} từ năm {hire_year}.
@admission.bio+
Trong quá trình công tác, quần chúng {newbie_name} luôn hoàn thành tốt nhiệm vụ được giao, tích cực
  tham gia các phong trào thi đua của cơ quan và được đồng nghiệp tín nhiệm.
Với những nỗ lực đó, quần chúng {newbie_name} được chi bộ xem xét, đề nghị cấp ủy cấp trên kết nạp
  vào Đảng.
@admission.speech
Phát biểu tại buổi lễ, {chair_short} chúc mừng đồng chí {newbie_name} đã vinh dự được đứng trong
  hàng ngũ của Đảng Cộng sản Việt Nam.
@admission.speech+
Đồng chí đề nghị đảng viên mới tiếp tục học tập, rèn luyện, nâng cao trình độ lý luận chính trị và
  chuyên môn, nghiệp vụ; gương mẫu trong công tác và sinh hoạt.
Đồng chí đề nghị chi ủy phân công đảng viên chính thức giúp đỡ đảng viên mới trong thời gian dự bị,
  tạo điều kiện để đồng chí sớm trở thành đảng viên chính thức.
@hcm_model.res
Chỉ tính riêng năm {prev_year}, nhân dân trong xã đã đóng góp {b:1500-5200} ngày công và trên
  {b:400-2500} triệu đồng để {model_deed}.
@hcm_model.res+
Đến nay, tỷ lệ hộ nghèo của xã đã giảm còn {p:5-9}%; thu nhập bình quân đầu người đạt khoảng
  {i:42-58} triệu đồng/năm.
Toàn xã có {i:120-350} hộ đăng ký thực hiện các tiêu chí của mô hình; {i:12-30} tổ tự quản hoạt động
  thường xuyên, hiệu quả.
@hcm_model.quote
[Chia sẻ về cách làm|Trao đổi với phóng viên], {model_person} cho biết: "Chúng tôi xác định phải làm
  cho dân hiểu, dân tin thì dân mới đồng lòng. Việc gì cũng đưa ra họp thôn để bà con bàn bạc; cán
  bộ, đảng viên phải làm trước để dân làm theo".
@hcm_model.quote+
[Nhờ cách làm đó|Nhờ vậy], nhiều việc tưởng khó đã được triển khai thuận lợi, không phát sinh khiếu
  kiện.
@hcm_model.view
Đánh giá về mô hình, {chair} cho rằng, cách làm ở {commune} là [minh chứng sinh động|ví dụ tiêu
  biểu] cho việc học tập và làm theo Bác, [lấy dân làm gốc|trọng dân, gần dân, hiểu dân].
@hcm_model.view+
Thời gian tới, Ban Dân vận Tỉnh ủy sẽ phối hợp với các địa phương tổng kết, nhân rộng mô hình, gắn
  với phong trào thi đua "Dân vận khéo" trên toàn tỉnh.
"""
