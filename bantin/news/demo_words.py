"""Cast, places, word lists and shared sentence templates for `demo_text`, all about the fictional
province of Đông Lâm and written by the team (no sentence is taken from a real portal).
"""

# key -> (name, full title); the part after the last comma is the short title.
LEADERS = {
    "bt": ("Lê Quang Thịnh", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"),
    "ptbtt": ("Trần Văn Khải", "Phó Bí thư Thường trực Tỉnh ủy"),
    "ct": ("Phạm Đức Minh", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"),
    "tg": ("Nguyễn Thị Hồng Vân", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy"),
    "tc": ("Hoàng Minh Tuấn", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy"),
    "kt": ("Đinh Văn Sơn", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
    "dv": ("Vũ Thị Lan Anh", "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy"),
    "nc": ("Bùi Công Thành", "Ủy viên Ban Thường vụ, Trưởng Ban Nội chính Tỉnh ủy"),
    "vp": ("Ngô Thanh Tùng", "Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy"),
    "duk": ("Lương Thị Thu Hà", "Ủy viên Ban Thường vụ, Bí thư Đảng ủy Khối các cơ quan tỉnh"),
    "dukp": ("Đỗ Xuân Trường", "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh"),
    "pct": ("Nông Văn Lực", "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh"),
    "tgp": ("Hà Thị Ngọc Mai", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy"),
    "tcp": ("Mai Thị Phương", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
    "nn": ("Triệu Quang Vinh", "Giám đốc Sở Nông nghiệp và Môi trường"),
    # Fictional national officials, used only in "tin-trong-nuoc".
    "tctw": ("Lý Thị Minh Nguyệt", "Phó Trưởng Ban Tổ chức Trung ương"),
    "bnv": ("Phan Văn Hiếu", "Thứ trưởng Bộ Nội vụ"),
    "btc": ("Tạ Quang Huy", "Thứ trưởng Bộ Tài chính"),
    "bnn": ("Kiều Thanh Bình", "Thứ trưởng Bộ Nông nghiệp và Môi trường"),
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
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương",
            "Lý", "Nông", "Hà", "Tô", "Lưu"]
GIVEN = ["Văn Hùng", "Đức Thắng", "Quang Huy", "Minh Đức", "Văn Tiến", "Xuân Bách", "Hữu Nghĩa",
         "Tiến Dũng", "Thị Thu Hằng", "Thị Hương", "Thu Trang", "Thị Mai Lan", "Ngọc Ánh",
         "Thị Hạnh", "Phương Thảo", "Thị Kim Dung", "Mạnh Cường", "Thanh Nga"]
BYLINES = ["Minh Thư", "Thu Trang", "Hoàng Lâm", "Quốc Việt", "Thanh Hương", "Ngọc Ánh",
           "Đức Anh", "Phương Linh", "Văn Tùng", "Hải Yến", "Bảo Ngọc", "Trung Kiên"]
VENUES = ["Hội trường Tỉnh ủy", "Trung tâm Hội nghị tỉnh", "trụ sở Tỉnh ủy",
          "Hội trường Nhà khách Tỉnh ủy"]
PARTY_UNITS = ["Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy",
               "Ban Dân vận Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Nội chính Tỉnh ủy",
               "Đảng ủy Khối Doanh nghiệp tỉnh", "Trường Chính trị tỉnh"]
STATE_UNITS = ["Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Công Thương",
               "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ",
               "Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ", "Ban Quản lý các khu công nghiệp tỉnh"]
NATIONAL_UNITS = ["Bộ Tài chính", "Bộ Xây dựng", "Bộ Công Thương", "Văn phòng Chính phủ",
                  "UBND tỉnh Đông Lâm"]
SMALL_ORGS = ["Sở Tư pháp", "Sở Khoa học và Công nghệ", "Thanh tra tỉnh", "Sở Dân tộc và Tôn giáo",
              "Hội Nông dân tỉnh", "Tỉnh đoàn", "Liên minh Hợp tác xã tỉnh", "Hội Cựu chiến binh tỉnh"]
DEPARTMENTS = ["Văn phòng", "Phòng Tổng hợp", "Phòng Kế hoạch - Tài chính", "Phòng Nghiệp vụ"]
MAJORS = ["luật", "kinh tế", "quản lý nhà nước", "công nghệ thông tin", "tài chính - ngân hàng"]

# field -> noun phrase, host, chair, audience, shortfall/task group, result pools, tag
FIELDS = {
    "party": ("công tác xây dựng Đảng", "Đảng ủy Khối các cơ quan tỉnh", "duk",
              "các cấp ủy, tổ chức đảng trực thuộc", "party", ["party"], "xây dựng Đảng"),
    "partybloc": ("công tác xây dựng Đảng và hệ thống chính trị", "Thường trực Tỉnh ủy", "ptbtt",
                  "các cơ quan tham mưu, giúp việc Tỉnh ủy", "party",
                  ["propaganda", "organization", "inspection", "mass"], "giao ban"),
    "propaganda": ("công tác tuyên giáo", "Ban Tuyên giáo Tỉnh ủy", "tg",
                   "đội ngũ làm công tác tuyên giáo các cấp", "party", ["propaganda"], "tuyên giáo"),
    "organization": ("công tác tổ chức xây dựng Đảng", "Ban Tổ chức Tỉnh ủy", "tc",
                     "cơ quan tổ chức các cấp", "party", ["organization"], "công tác tổ chức"),
    "inspection": ("công tác kiểm tra, giám sát", "Ủy ban Kiểm tra Tỉnh ủy", "kt",
                   "Ủy ban Kiểm tra các cấp", "party", ["inspection"], "kiểm tra, giám sát"),
    "mass": ("công tác dân vận", "Ban Dân vận Tỉnh ủy", "dv", "cơ quan dân vận các cấp", "party",
             ["mass"], "công tác dân vận"),
    "internal": ("công tác nội chính và phòng, chống tham nhũng, lãng phí, tiêu cực",
                 "Ban Nội chính Tỉnh ủy", "nc", "các cơ quan khối nội chính", "party",
                 ["internal"], "phòng, chống tham nhũng"),
    "office": ("công tác văn phòng cấp ủy", "Văn phòng Tỉnh ủy", "vp", "văn phòng cấp ủy các cấp",
               "party", ["office"], "văn phòng cấp ủy"),
    "economy": ("phát triển kinh tế - xã hội", "UBND tỉnh", "ct", "các sở, ngành, địa phương",
                "econ", ["economy"], "kinh tế - xã hội"),
}
TRAINING_MODULES = {
    "propaganda": ["kỹ năng nắm bắt, tổng hợp tình hình tư tưởng", "nghiệp vụ tuyên truyền miệng",
                   "kỹ năng đấu tranh, phản bác quan điểm sai trái trên không gian mạng"],
    "organization": ["quy trình kết nạp đảng viên", "quản lý hồ sơ đảng viên điện tử",
                     "đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên"],
    "inspection": ["kỹ năng giám sát thường xuyên", "quy trình kiểm tra tài chính đảng",
                   "giải quyết tố cáo và thi hành kỷ luật trong Đảng"],
    "mass": ["kỹ năng vận động quần chúng", "thực hiện dân chủ ở cơ sở",
             "xây dựng và nhân rộng mô hình \"Dân vận khéo\""],
    "internal": ["nghiệp vụ theo dõi vụ việc, vụ án", "kê khai, kiểm soát tài sản, thu nhập",
                 "tiếp công dân và giải quyết khiếu nại, tố cáo"],
    "office": ["soạn thảo và trình bày văn bản của Đảng", "lưu trữ hồ sơ điện tử",
               "theo dõi, đôn đốc thực hiện kết luận của cấp ủy"],
}
# Provincial documents that articles keep coming back to:
# (reference, date issued, issuer, subject, group, result pool, tag).
DOCS = [
    ("Nghị quyết số 12-NQ/TU", "15/3/2023", "Ban Chấp hành Đảng bộ tỉnh",
     "về chuyển đổi số tỉnh Đông Lâm đến năm 2030", "econ", "digital", "chuyển đổi số"),
    ("Nghị quyết số 07-NQ/TU", "20/8/2021", "Ban Chấp hành Đảng bộ tỉnh",
     "về phát triển nông nghiệp hàng hóa gắn với chuỗi giá trị", "econ", "agri",
     "nông nghiệp hàng hóa"),
    ("Nghị quyết số 15-NQ/TU", "11/10/2022", "Ban Chấp hành Đảng bộ tỉnh",
     "về phát triển du lịch đến năm 2030", "econ", "tourism", "phát triển du lịch"),
    ("Nghị quyết số 20-NQ/TU", "05/7/2024", "Ban Chấp hành Đảng bộ tỉnh",
     "về phát triển kết cấu hạ tầng giao thông", "econ", "transport", "hạ tầng giao thông"),
    ("Chỉ thị số 08-CT/TU", "02/4/2024", "Ban Thường vụ Tỉnh ủy",
     "về tăng cường công tác phát triển đảng viên", "party", "organization", "phát triển đảng viên"),
    ("Chỉ thị số 11-CT/TU", "18/9/2023", "Ban Thường vụ Tỉnh ủy",
     "về nâng cao chất lượng sinh hoạt chi bộ", "party", "cell", "sinh hoạt chi bộ"),
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
    ("về tăng cường công tác bảo vệ môi trường", "bảo vệ môi trường"),
    ("về phát triển khoa học, công nghệ và đổi mới sáng tạo", "đổi mới sáng tạo"),
]
# (new organisation, new position, previous position) for personnel news.
POSTS = [
    ("Văn phòng Tỉnh ủy", "Phó Chánh Văn phòng Tỉnh ủy", "Trưởng phòng Tổng hợp, Văn phòng Tỉnh ủy"),
    ("Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Dân vận Tỉnh ủy",
     "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("Ủy ban Kiểm tra Tỉnh ủy", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
     "Ủy viên Ủy ban Kiểm tra Tỉnh ủy"),
    ("Trường Chính trị tỉnh", "Phó Hiệu trưởng Trường Chính trị tỉnh",
     "Trưởng khoa Xây dựng Đảng, Trường Chính trị tỉnh"),
    ("Ban Tuyên giáo Tỉnh ủy", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "Tổng Biên tập Báo Đông Lâm"),
    ("Huyện ủy Ngọc Lĩnh", "Phó Bí thư Huyện ủy Ngọc Lĩnh",
     "Trưởng phòng Tổ chức cán bộ, Ban Tổ chức Tỉnh ủy"),
]
# (agency, chair, topic, tag, result pool) for national news.
NATIONAL = [
    ("Bộ Nội vụ", "bnv", "cải cách hành chính và xây dựng chính quyền số", "cải cách hành chính",
     "nat_admin"),
    ("Ban Tổ chức Trung ương", "tctw", "công tác phát triển đảng viên", "phát triển đảng viên",
     "nat_members"),
    ("Bộ Tài chính", "btc", "giải ngân vốn đầu tư công", "đầu tư công", "nat_invest"),
    ("Bộ Nông nghiệp và Môi trường", "bnn", "phát triển nông nghiệp xanh, bền vững",
     "nông nghiệp xanh", "nat_agri"),
    ("Bộ Khoa học và Công nghệ", "bkh", "chuyển đổi số quốc gia", "chuyển đổi số", "nat_digital"),
]
# (noun phrase, result pool, tag) for analysis pieces.
OPINION_TOPICS = [
    ("công tác phát triển đảng viên", "organization", "phát triển đảng viên"),
    ("sinh hoạt chi bộ", "cell", "sinh hoạt chi bộ"),
    ("công tác kiểm tra, giám sát của Đảng", "inspection", "kiểm tra, giám sát"),
    ("công tác dân vận của hệ thống chính trị", "mass", "công tác dân vận"),
    ("công tác bảo vệ nền tảng tư tưởng của Đảng", "propaganda", "bảo vệ nền tảng tư tưởng"),
    ("chuyển đổi số trong các cơ quan đảng", "digital", "chuyển đổi số"),
    ("công tác phòng, chống tham nhũng, lãng phí, tiêu cực", "internal", "phòng, chống tham nhũng"),
]
# Socio-economic topics: kicker, spokesperson, tag, goal for 2030.
ECON_TOPICS = {
    "agri": ("Nông nghiệp", "nn", "nông nghiệp",
             "giá trị thu được trên 1 ha đất trồng trọt của tỉnh đạt trên 150 triệu đồng"),
    "tourism": ("Du lịch", "pct", "du lịch", "Đông Lâm đón trên 4 triệu lượt khách mỗi năm"),
    "transport": ("Hạ tầng", "ct", "hạ tầng giao thông",
                  "toàn bộ đường ô tô đến trung tâm xã được nhựa hóa hoặc bê tông hóa"),
    "newrural": ("Nông thôn mới", "nn", "nông thôn mới",
                 "toàn tỉnh có trên 40% số xã đạt chuẩn nông thôn mới nâng cao"),
    "poverty": ("Giảm nghèo bền vững", "pct", "giảm nghèo",
                "tỷ lệ hộ nghèo của tỉnh giảm xuống dưới 3%"),
}
# (field of a "Dân vận khéo" model, what the villagers built with it)
MODELS = [
    ("vận động nhân dân hiến đất làm đường giao thông nông thôn", "mở rộng, bê tông hóa đường thôn"),
    ("phát triển kinh tế hộ gia đình", "xây dựng vườn mẫu, chuồng trại hợp vệ sinh"),
    ("bảo vệ môi trường nông thôn", "làm đường hoa, thu gom rác thải ở các thôn"),
    ("xây dựng khu dân cư an toàn, văn minh", "lắp đặt đèn chiếu sáng, camera an ninh"),
]
SITES = ["mô hình trồng cây dược liệu dưới tán rừng ở {commune}",
         "hợp tác xã chế biến chè ở {commune}", "công trình trường tiểu học {commune_short}",
         "khu sản xuất rau an toàn ở {commune}", "tuyến đường liên xã đang thi công qua {commune}"]
HEADLINE_TASKS = ["tạo đột phá trong phát triển nông nghiệp hàng hóa",
                  "đẩy nhanh tiến độ các công trình trọng điểm",
                  "nâng cao chất lượng tổ chức cơ sở đảng và đảng viên",
                  "khai thác hiệu quả tiềm năng du lịch sinh thái",
                  "tháo gỡ dứt điểm vướng mắc trong giải phóng mặt bằng",
                  "chú trọng đào tạo, bồi dưỡng cán bộ cơ sở"]
VIDEO_TITLES = ["Đông Lâm - vững bước trên con đường đổi mới",
                "Những người đảng viên nơi vùng cao Ngọc Lĩnh",
                "Chuyển đổi số từ thôn bản: câu chuyện ở huyện Lâm Hà",
                "Dấu ấn công tác dân vận ở xã Tân Phú", "Mùa vàng trên cánh đồng Thượng Nguyên"]
SLOGANS = ["ĐẢNG BỘ TỈNH ĐÔNG LÂM ĐOÀN KẾT, ĐỔI MỚI, CHUNG SỨC XÂY DỰNG QUÊ HƯƠNG GIÀU ĐẸP",
           "KHƠI DẬY KHÁT VỌNG ĐÔNG LÂM, VỮNG BƯỚC PHÁT TRIỂN NHANH VÀ BỀN VỮNG"]

# Sentence templates, one per line ("@key" starts a pool; an indented line continues the one
# above). "[a|b]" picks one alternative, "{name}" fills a slot, "{Name}" capitalises it, and
# "{i:lo-hi}", "{p:lo-hi}", "{b:lo-hi}" draw an integer, a one-decimal figure or a number with
# thousands separators. A pool "x+" holds the follow-up sentences of a paragraph opened from "x".
TEMPLATES = """
@limits
Tuy nhiên, báo cáo cũng thẳng thắn chỉ ra một số hạn chế, như: {shortfalls}.
Tuy nhiên, bên cạnh kết quả đạt được, {field_np} vẫn còn một số tồn tại cần sớm khắc phục, đó là:
  {shortfalls}.
Bên cạnh những kết quả đạt được, các ý kiến tại {event} cũng chỉ rõ một số hạn chế, như: {shortfalls}.
@limits.feature
Tuy nhiên, theo đánh giá của các ngành chức năng, lĩnh vực này vẫn còn không ít khó khăn, như:
  {shortfalls}.
Dù đạt nhiều kết quả tích cực, song quá trình triển khai vẫn còn một số hạn chế: {shortfalls}.
@limits.opinion
Tuy nhiên, thực tiễn cho thấy, {topic_np} vẫn còn những hạn chế nhất định, như: {shortfalls}.
@limits+
Nguyên nhân chủ yếu là do {cause}; bên cạnh đó, {cause}.
Những hạn chế này cần được nhận diện đầy đủ để có giải pháp khắc phục cụ thể, dứt điểm trong thời
  gian tới.
Một số chỉ tiêu tuy đạt nhưng chưa thật sự bền vững, có nguy cơ không hoàn thành nếu thiếu giải pháp
  quyết liệt.
Đội ngũ cán bộ làm công tác tham mưu ở cơ sở còn thiếu về số lượng, một số nơi chưa được bồi dưỡng
  chuyên sâu.
@proposals
Tại {event}, các đại biểu đã tập trung thảo luận, làm rõ thêm kết quả đạt được, những khó khăn,
  vướng mắc và đề xuất nhiều giải pháp thiết thực.
Thảo luận tại {event}, đại diện {unit} đề nghị {proposal}.
Các ý kiến phát biểu tại {event} đều thống nhất cao với nội dung báo cáo, đồng thời đề xuất một số
  giải pháp để tháo gỡ khó khăn trong thời gian tới.
@proposals+
Đại diện {unit} kiến nghị {proposal}.
Lãnh đạo {unit} đề xuất {proposal}.
Một số ý kiến đề nghị {proposal}.
Các đại biểu cũng kiến nghị {proposal}.
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
Đồng chí lưu ý, mỗi cán bộ, đảng viên cần nêu cao tinh thần trách nhiệm, dám nghĩ, dám làm, dám chịu
  trách nhiệm vì lợi ích chung.
Đồng chí nhấn mạnh, khối lượng công việc thời gian tới rất lớn, vì vậy cần có cách làm quyết liệt,
  sáng tạo, phân công rõ người, rõ việc, rõ thời gian hoàn thành.
@shortfalls.common
tiến độ thực hiện một số nhiệm vụ còn chậm so với kế hoạch
sự phối hợp giữa một số cơ quan, đơn vị có lúc chưa chặt chẽ
việc ứng dụng công nghệ thông tin ở một số nơi chưa đồng đều
chế độ thông tin, báo cáo của một số đơn vị chưa bảo đảm thời gian
việc sơ kết, nhân rộng các mô hình, cách làm hay chưa được quan tâm đúng mức
@shortfalls.party
chất lượng sinh hoạt chi bộ ở một số nơi chưa cao, nội dung còn đơn điệu
việc kết nạp đảng viên trong doanh nghiệp ngoài khu vực nhà nước còn gặp khó khăn
công tác nắm bắt tình hình tư tưởng ở cơ sở có lúc chưa kịp thời
một bộ phận cán bộ, đảng viên còn ngại đổi mới, thiếu chủ động trong công việc
việc khắc phục hạn chế sau kiểm tra, giám sát ở một số nơi còn chậm
@shortfalls.econ
tiến độ giải ngân vốn đầu tư công của một số dự án còn chậm
công tác giải phóng mặt bằng còn gặp nhiều vướng mắc
sản xuất, kinh doanh của một bộ phận doanh nghiệp còn khó khăn
thu hút đầu tư vào lĩnh vực nông nghiệp còn hạn chế
chất lượng nguồn nhân lực chưa đáp ứng yêu cầu phát triển
@causes
nhận thức, trách nhiệm của một số cấp ủy, người đứng đầu chưa đầy đủ
khối lượng công việc lớn trong khi biên chế còn hạn chế
điều kiện kinh tế - xã hội của một số địa phương còn nhiều khó khăn
một số cơ chế, chính sách còn bất cập, chậm được sửa đổi, bổ sung
@tasks.common
nâng cao chất lượng công tác tham mưu, bảo đảm kịp thời, sát thực tiễn
đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của cơ quan, đơn vị
tăng cường kiểm tra, đôn đốc việc thực hiện các nhiệm vụ đã đề ra
phát huy vai trò nêu gương của người đứng đầu, nhất là trong những việc khó, phức tạp
siết chặt kỷ luật, kỷ cương trong thực thi công vụ
@tasks.party
tiếp tục nâng cao chất lượng sinh hoạt chi bộ, nhất là sinh hoạt chuyên đề
làm tốt công tác phát triển đảng viên, chú trọng đoàn viên thanh niên ưu tú
chủ động nắm bắt tình hình tư tưởng của cán bộ, đảng viên, kịp thời định hướng dư luận
chú trọng công tác bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng
@tasks.econ
đẩy nhanh tiến độ giải ngân vốn đầu tư công, nhất là các dự án trọng điểm
tập trung tháo gỡ khó khăn, vướng mắc cho sản xuất, kinh doanh
làm tốt công tác bồi thường, giải phóng mặt bằng các dự án
chăm lo đời sống của nhân dân, nhất là hộ nghèo, gia đình chính sách
@tasks.nat
khẩn trương rà soát, hoàn thiện thể chế, chính sách liên quan
tăng cường phối hợp giữa các bộ, ngành và địa phương trong tổ chức thực hiện
nâng cao năng lực dự báo, chủ động xây dựng các kịch bản điều hành phù hợp
đẩy mạnh kết nối, chia sẻ dữ liệu giữa các cơ quan
@proposal.party
cấp có thẩm quyền sớm hướng dẫn thống nhất việc kết nạp đảng viên là người lao động trong doanh nghiệp
tăng cường tập huấn nghiệp vụ cho đội ngũ cán bộ làm công tác đảng ở cơ sở
bố trí kinh phí nâng cấp hạ tầng công nghệ thông tin phục vụ chuyển đổi số trong các cơ quan đảng
quan tâm hơn nữa đến chế độ, chính sách đối với cán bộ làm công tác đảng kiêm nhiệm
@proposal.econ
tỉnh sớm tháo gỡ vướng mắc trong bồi thường, giải phóng mặt bằng các dự án trọng điểm
bổ sung nguồn vốn xây dựng nông thôn mới cho các xã còn nhiều khó khăn
có cơ chế hỗ trợ doanh nghiệp, hợp tác xã tiếp cận nguồn vốn tín dụng ưu đãi
đẩy nhanh tiến độ thẩm định, phê duyệt các quy hoạch chi tiết
@proposal.nat
sớm ban hành văn bản hướng dẫn chi tiết để các địa phương có cơ sở triển khai
tăng cường phân cấp, phân quyền gắn với kiểm tra, giám sát
bố trí đủ nguồn lực cho các nhiệm vụ mới phát sinh
@res.party
Trong {period}, Ban Thường vụ Đảng ủy Khối đã ban hành {i:25-90} văn bản lãnh đạo, chỉ đạo, trong đó
  có {i:3-9} nghị quyết chuyên đề; triển khai thực hiện {kh_duk} về công tác xây dựng Đảng.
Công tác phát triển đảng viên tiếp tục được quan tâm; toàn Đảng bộ Khối đã kết nạp {i:35-120} đảng
  viên mới, đạt {p:70-98}% chỉ tiêu cả năm.
Các cấp ủy đã tổ chức cho {p:92-99}% cán bộ, đảng viên học tập các nghị quyết, chỉ thị của Trung
  ương và của Tỉnh ủy; tỷ lệ bài thu hoạch đạt yêu cầu trên {i:95-99}%.
Ủy ban Kiểm tra Đảng ủy Khối đã kiểm tra {i:6-18} tổ chức đảng và {i:10-35} đảng viên, giám sát
  chuyên đề {i:8-25} tổ chức đảng, kịp thời chấn chỉnh những thiếu sót trong thực hiện quy chế làm việc.
Việc sinh hoạt chi bộ theo chuyên đề được duy trì nền nếp, với {i:150-320} cuộc sinh hoạt về các nội
  dung gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.
@res.propaganda
Ban Tuyên giáo Tỉnh ủy đã tham mưu tổ chức {i:4-9} hội nghị học tập, quán triệt nghị quyết với hơn
  {b:8000-25000} lượt cán bộ, đảng viên tham dự bằng hình thức trực tiếp và trực tuyến.
Công tác nắm bắt tình hình tư tưởng được thực hiện thường xuyên; {i:8-15} báo cáo dư luận xã hội đã
  được tổng hợp, phản ánh kịp thời lên Ban Thường vụ Tỉnh ủy.
Hội nghị báo cáo viên được tổ chức định kỳ hằng tháng, kết nối đến {i:120-180} điểm cầu cấp xã,
  thông tin kịp thời tình hình thời sự và các chủ trương mới của tỉnh.
Lực lượng tham gia bảo vệ nền tảng tư tưởng của Đảng đã đăng tải, chia sẻ {b:2000-9000} tin, bài
  tích cực, phản bác các quan điểm sai trái trên không gian mạng.
@res.organization
Ban Tổ chức Tỉnh ủy đã thẩm định, trình Ban Thường vụ Tỉnh ủy ban hành {i:20-60} quyết định về công
  tác cán bộ, bảo đảm đúng nguyên tắc, quy trình.
Trong {period}, toàn Đảng bộ tỉnh đã kết nạp {i:350-900} đảng viên mới, trong đó đảng viên là đoàn
  viên thanh niên chiếm {p:60-78}%, người dân tộc thiểu số chiếm {p:25-45}%.
Công tác quản lý đảng viên được tăng cường; toàn Đảng bộ tỉnh hiện có {b:52000-61000} đảng viên
  sinh hoạt tại {i:420-560} tổ chức cơ sở đảng.
Việc cập nhật cơ sở dữ liệu đảng viên trên phần mềm quản lý đạt {p:96-100}%; hồ sơ đảng viên mới
  được số hóa ngay sau khi kết nạp.
@res.inspection
Cấp ủy các cấp đã kiểm tra {i:40-120} tổ chức đảng và {i:120-380} đảng viên; giám sát {i:60-160} tổ
  chức đảng và {i:150-420} đảng viên theo chương trình đề ra.
Ủy ban Kiểm tra các cấp đã kiểm tra {i:8-30} tổ chức đảng và {i:20-60} đảng viên khi có dấu hiệu vi
  phạm, qua đó kịp thời chấn chỉnh, xử lý nghiêm các trường hợp sai phạm.
Công tác kiểm tra tài chính đảng được chú trọng với {i:15-45} tổ chức đảng được kiểm tra; số tiền
  đảng phí thu nộp bổ sung hơn {i:40-280} triệu đồng.
Việc giải quyết đơn thư tố cáo, khiếu nại kỷ luật đảng được thực hiện đúng quy định; {p:90-99}% đơn
  thuộc thẩm quyền đã được giải quyết dứt điểm.
@res.mass
Toàn tỉnh đã xây dựng, nhân rộng {i:180-420} mô hình "Dân vận khéo" trên các lĩnh vực, trong đó
  {i:40-90} mô hình tiêu biểu được biểu dương, khen thưởng.
Các cơ quan, đơn vị đã tổ chức {i:120-260} hội nghị đối thoại với nhân dân, giải quyết {p:85-98}% kiến
  nghị chính đáng theo thẩm quyền.
Mặt trận Tổ quốc và các đoàn thể đã vận động nhân dân đóng góp hơn {b:12000-45000} ngày công và
  {i:20-95} tỷ đồng xây dựng các công trình dân sinh.
Công tác dân vận trong vùng đồng bào dân tộc thiểu số và tôn giáo được triển khai linh hoạt, góp
  phần giữ vững khối đại đoàn kết toàn dân tộc.
@res.internal
Ban Nội chính Tỉnh ủy đã theo dõi, đôn đốc việc xử lý {i:6-20} vụ việc, vụ án thuộc diện Ban Chỉ đạo
  tỉnh theo dõi; đến nay đã xử lý dứt điểm {i:3-6} vụ việc.
Các cơ quan chức năng đã tiến hành {i:30-90} cuộc thanh tra hành chính, kiến nghị thu hồi {p:1-6}
  tỷ đồng nộp ngân sách nhà nước.
Công tác tiếp công dân, giải quyết khiếu nại, tố cáo được thực hiện nghiêm túc; {p:88-98}% đơn thư
  thuộc thẩm quyền đã được giải quyết đúng thời hạn.
Việc kê khai tài sản, thu nhập của người có chức vụ, quyền hạn được triển khai đúng quy định với
  {b:3500-6500} người thực hiện kê khai.
@res.office
Văn phòng Tỉnh ủy đã tham mưu phục vụ {i:40-120} hội nghị, cuộc họp của Ban Chấp hành, Ban Thường vụ
  và Thường trực Tỉnh ủy, bảo đảm chu đáo, an toàn.
Trong {period}, Văn phòng đã tiếp nhận, xử lý {b:6000-18000} văn bản đến, phát hành {b:1500-4500}
  văn bản đi; tỷ lệ văn bản được ký số đạt {p:95-100}%.
Việc theo dõi, đôn đốc thực hiện các kết luận của Thường trực Tỉnh ủy được duy trì thường xuyên;
  {i:80-160} nhiệm vụ đã hoàn thành, đạt {p:82-96}% tổng số nhiệm vụ được giao.
Hệ thống thông tin của các cơ quan đảng vận hành ổn định, an toàn; hội nghị trực tuyến của Tỉnh ủy
  được kết nối thông suốt đến {i:120-180} điểm cầu.
@res.economy
Tổng sản phẩm trên địa bàn tỉnh (GRDP) {period} ước tăng {grdp}% so với cùng kỳ, cao hơn mức tăng
  bình quân của vùng.
Tổng thu ngân sách nhà nước trên địa bàn ước đạt {budget} tỷ đồng, bằng {p:78-112}% dự toán Hội
  đồng nhân dân tỉnh giao.
Tỷ lệ giải ngân vốn đầu tư công đạt {p:55-92}% kế hoạch; nhiều dự án trọng điểm về giao thông, thủy
  lợi đã hoàn thành đúng tiến độ.
Toàn tỉnh có thêm {i:180-520} doanh nghiệp thành lập mới với tổng vốn đăng ký hơn {b:2000-7500} tỷ
  đồng; kim ngạch xuất khẩu ước đạt {i:350-980} triệu USD.
Lĩnh vực văn hóa - xã hội có nhiều chuyển biến; tỷ lệ hộ nghèo giảm còn {p:3-9}%, có thêm
  {b:9000-18000} lao động được giải quyết việc làm.
@res.district
Tốc độ tăng giá trị sản xuất của {place} ước đạt {p:7-11}%; thu ngân sách trên địa bàn đạt
  {i:180-650} tỷ đồng, bằng {p:82-118}% dự toán được giao.
{Whole} đã kết nạp {i:40-150} đảng viên mới, đạt {p:75-110}% kế hoạch; {p:80-95}% tổ chức cơ sở
  đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.
Chương trình xây dựng nông thôn mới tiếp tục được quan tâm; đến nay {whole} có {i:8-20} xã đạt
  chuẩn nông thôn mới, trong đó {i:2-6} xã đạt chuẩn nông thôn mới nâng cao.
Cấp ủy và Ủy ban Kiểm tra các cấp đã kiểm tra {i:15-40} tổ chức đảng và {i:30-90} đảng viên, giám
  sát chuyên đề {i:12-35} tổ chức đảng theo chương trình đề ra.
Tỷ lệ hộ nghèo của {whole} giảm còn {p:4-12}%; có thêm {i:350-900} lao động được giải quyết việc
  làm mới, trong đó nhiều lao động được đào tạo nghề.
@res.digital
Đến nay, {p:92-99}% thủ tục hành chính đủ điều kiện đã được cung cấp dưới dạng dịch vụ công trực
  tuyến toàn trình; tỷ lệ hồ sơ nộp trực tuyến đạt {p:55-85}%.
Hạ tầng số được đầu tư đồng bộ; {p:96-99}% thôn, bản đã có sóng di động băng rộng, {p:80-95}% hộ gia
  đình có đường truyền internet cáp quang.
Các cơ quan đảng đã sử dụng thống nhất hệ thống quản lý văn bản và điều hành, kết nối từ tỉnh đến
  {i:420-560} tổ chức cơ sở đảng.
Kinh tế số ước đóng góp {p:8-14}% vào GRDP của tỉnh; {b:2500-9000} hộ sản xuất đã đưa sản phẩm lên
  các sàn thương mại điện tử.
@res.agri
Diện tích sản xuất nông nghiệp ứng dụng công nghệ cao đạt {b:3500-9000} ha, tăng {b:1200-3000} ha
  so với thời điểm ban hành nghị quyết.
Toàn tỉnh hiện có {i:90-210} sản phẩm OCOP đạt từ 3 sao trở lên, trong đó {i:8-20} sản phẩm đạt 4
  sao.
Giá trị thu được trên 1 ha đất trồng trọt ước đạt {i:95-140} triệu đồng, tăng {p:15-35}% so với năm
  2021.
Nhiều vùng sản xuất hàng hóa tập trung như chè, quế, cây ăn quả có múi đã hình thành, gắn với
  {i:40-110} chuỗi liên kết tiêu thụ sản phẩm.
@res.tourism
Tổng lượt khách du lịch đến tỉnh {ytd} ước đạt hơn {tourists} lượt, tổng thu từ du lịch đạt
  {b:2100-4800} tỷ đồng.
Toàn tỉnh có {i:180-340} cơ sở lưu trú với hơn {b:3500-7000} buồng, trong đó {i:40-90} homestay đạt
  chuẩn phục vụ khách quốc tế.
Nhiều sản phẩm mới như du lịch cộng đồng, du lịch trải nghiệm nông nghiệp đã được hình thành, tạo
  sức hút đối với du khách.
Công tác xúc tiến, quảng bá hình ảnh Đông Lâm được đẩy mạnh thông qua các nền tảng số và các sự kiện
  văn hóa - du lịch lớn.
@res.transport
Từ năm 2024 đến nay, toàn tỉnh đã đầu tư xây dựng, cải tạo {i:320-780} km đường giao thông các loại
  với tổng vốn hơn {b:4200-9800} tỷ đồng.
Tỷ lệ xã có đường ô tô đến trung tâm được cứng hóa đạt {p:90-99}%; tỷ lệ cứng hóa đường giao thông
  nông thôn đạt {p:78-92}%.
Nhân dân đã hiến hơn {b:180000-420000} m2 đất, đóng góp {b:60000-150000} ngày công để mở rộng
  đường giao thông nông thôn.
Tuyến đường nối thành phố Đông Xuyên với đường cao tốc đã hoàn thành, rút ngắn đáng kể thời gian
  di chuyển và chi phí vận tải.
@res.cell
Đến nay, {p:92-99}% chi bộ đã xây dựng kế hoạch sinh hoạt chuyên đề hằng quý với nội dung gắn với
  nhiệm vụ chính trị của cơ quan, đơn vị.
Tỷ lệ đảng viên tham gia sinh hoạt chi bộ định kỳ đạt trên {p:93-99}%; nhiều chi bộ đã đổi mới cách
  điều hành, tạo không khí dân chủ, cởi mở.
Qua đánh giá, có {p:85-95}% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, không có chi bộ
  yếu kém.
Cấp ủy cấp trên đã dự sinh hoạt {b:1200-3400} lượt chi bộ để theo dõi, hướng dẫn và kịp thời uốn nắn
  những biểu hiện hình thức.
@res.hcm
Các cấp ủy đã cụ thể hóa nội dung học tập chuyên đề năm {year} thành {i:3-6} nhóm việc làm, gắn với
  chức trách, nhiệm vụ của từng cán bộ, đảng viên.
Toàn Đảng bộ đã có {i:120-460} mô hình, cách làm hay trong học tập và làm theo Bác được ghi nhận,
  nhân rộng.
Có {i:25-80} tập thể và {i:60-160} cá nhân được biểu dương, khen thưởng vì có thành tích tiêu biểu
  trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Nhiều công trình, phần việc thiết thực như làm đường giao thông nông thôn, xây nhà nhân ái, hỗ trợ
  học sinh nghèo đã được thực hiện với tổng kinh phí hơn {p:5-30} tỷ đồng.
@res.newrural
Đến nay, toàn tỉnh có {i:60-95} xã đạt chuẩn nông thôn mới, {i:12-30} xã đạt chuẩn nông thôn mới
  nâng cao và {i:2-6} xã đạt chuẩn nông thôn mới kiểu mẫu.
Bình quân mỗi xã đạt {p:16-18} tiêu chí; thu nhập bình quân đầu người khu vực nông thôn đạt khoảng
  {i:45-60} triệu đồng/năm.
Tổng nguồn vốn huy động cho chương trình giai đoạn 2021 - 2025 đạt hơn {b:1500-4200} tỷ đồng, trong
  đó nhân dân đóng góp trên {i:120-380} tỷ đồng.
Nhiều thôn, bản đã xây dựng tuyến đường hoa, đường điện chiếu sáng, góp phần thay đổi diện mạo nông
  thôn.
@res.poverty
Tỷ lệ hộ nghèo toàn tỉnh giảm từ {p:12-16}% xuống còn {p:5-9}%; ở các xã đặc biệt khó khăn, tỷ lệ
  hộ nghèo giảm bình quân {p:3-5}%/năm.
Toàn tỉnh đã hỗ trợ xây mới, sửa chữa {b:1500-4200} căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn
  về nhà ở.
Ngân hàng Chính sách xã hội tỉnh đã cho {b:9000-18000} lượt hộ vay vốn với tổng số tiền hơn
  {b:600-1500} tỷ đồng.
Nhiều mô hình sinh kế như nuôi bò sinh sản, trồng cây ăn quả, dược liệu đã giúp hàng nghìn hộ có thu
  nhập ổn định.
@res.nat_admin
Cả nước đã có {p:85-96}% thủ tục hành chính được cung cấp trực tuyến toàn trình; chỉ số hài lòng của
  người dân, doanh nghiệp đạt {p:82-90}%.
Các bộ, ngành đã cắt giảm, đơn giản hóa {b:1200-3000} quy định liên quan đến hoạt động kinh doanh,
  tiết kiệm chi phí tuân thủ cho xã hội.
Việc kết nối, chia sẻ dữ liệu dân cư với các cơ sở dữ liệu chuyên ngành tiếp tục được mở rộng, phục
  vụ hiệu quả công tác quản lý nhà nước.
@res.nat_members
Trong {period}, toàn Đảng đã kết nạp hơn {b:90000-160000} đảng viên, trong đó đảng viên trẻ chiếm tỷ
  lệ cao, nhiều đảng viên là người lao động trong doanh nghiệp.
Số tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước tiếp tục tăng; nhiều địa phương không còn
  thôn, tổ dân phố chưa có đảng viên.
Việc quản lý hồ sơ đảng viên bằng cơ sở dữ liệu điện tử được triển khai thống nhất, giúp nâng cao
  hiệu quả quản lý.
@res.nat_invest
Tỷ lệ giải ngân vốn đầu tư công của cả nước ước đạt {p:45-80}% kế hoạch, cao hơn cùng kỳ năm trước.
Có {i:8-20} bộ, cơ quan trung ương và {i:15-30} địa phương có tỷ lệ giải ngân trên mức bình quân
  chung của cả nước.
Nhiều công trình hạ tầng giao thông, năng lượng quy mô lớn đã hoàn thành, tạo động lực mới cho tăng
  trưởng.
@res.nat_agri
Kim ngạch xuất khẩu nông, lâm, thủy sản ước đạt {p:40-62} tỷ USD, tăng {p:8-15}% so với cùng kỳ.
Diện tích sản xuất nông nghiệp hữu cơ, canh tác giảm phát thải tiếp tục được mở rộng ở nhiều địa
  phương.
Nhiều mã số vùng trồng mới được cấp, mở rộng cơ hội cho nông sản Việt Nam vào các thị trường khó tính.
@res.nat_digital
Hạ tầng băng rộng cố định đã phủ đến {p:96-99}% số xã; tỷ lệ người trưởng thành có điện thoại thông
  minh đạt trên {p:85-92}%.
Kinh tế số ước đóng góp khoảng {p:18-21}% GDP; nhiều nền tảng số quốc gia được đưa vào sử dụng rộng
  rãi.
Các cơ sở dữ liệu quốc gia quan trọng được kết nối, chia sẻ, tạo nền tảng cho dịch vụ công trực
  tuyến.
@cap.meeting
{Chair} phát biểu kết luận {event}
{Chair} phát biểu chỉ đạo tại {event}
Quang cảnh {event}
Các đại biểu dự {event}
Đại biểu phát biểu thảo luận tại {event}
"""
