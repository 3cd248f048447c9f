"""The relevance suite: readers' queries over the demo portal, each with the articles a reader
would expect first, and the measures (MRR, nDCG@10) that say how well search serves them.

Expectations are written as the words an expected article's title holds (with diacritics, as
an editor would check by eye), not as a list of results: the demo's titles carry the dates of
the day it was built, and the judgement must not come from the engine it judges. A title
holding every group of one expectation is relevant (grade 2 for the first expectation, 1 for
the others).
"""

import math
from dataclasses import dataclass

from wagtail.models import Site

from bantin.news import demo
from bantin.search import indexing, service
from bantin.search.models import SearchEntry

# (query as a reader types it, expectations: each a tuple of words the title must hold)
SUITE = [
    ("giao ban tuyên giáo", [("giao ban", "tuyên giáo")]),
    ("giao ban tuyen giao", [("giao ban", "tuyên giáo")]),
    ("Kết luận số 27-KL/TU", [("27-KL/TU",)]),
    ("27-kl/tu", [("27-KL/TU",)]),
    ("chỉ thị 11-CT/TU", [("11-CT/TU",)]),
    ("08-CT/TU phát triển đảng viên", [("08-CT/TU",)]),
    ("Nghị quyết 12-NQ/TU chuyển đổi số", [("12-NQ/TU", "chuyển đổi số"), ("12-NQ/TU",)]),
    ("35-NQ/TU", [("35-NQ/TU",)]),
    ("221-KL/TU", [("221-KL/TU",)]),
    ("45-KL/TU dân vận", [("45-KL/TU",)]),
    ("Trần Văn Khải", [("Trần Văn Khải",)]),
    ("tran van khai lam viec", [("Trần Văn Khải",)]),
    ("Lê Quang Thịnh", [("Lê Quang Thịnh",)]),
    ("pham duc minh", [("Phạm Đức Minh",)]),
    ("Nông Văn Lực", [("Nông Văn Lực",)]),
    ("dân vận khéo", [("Dân vận khéo",)]),
    ("dan van kheo", [("Dân vận khéo",)]),
    ('"dân vận khéo" Hòa An', [("Dân vận khéo", "Hòa An"), ("Dân vận khéo",)]),
    ("kết nạp đảng viên", [("kết nạp đảng viên",)]),
    ("ket nap dang vien moi", [("kết nạp đảng viên mới",)]),
    ("sinh hoạt chi bộ", [("sinh hoạt chi bộ",), ("Sinh hoạt chi bộ",)]),
    ("nâng cao chất lượng sinh hoạt chi bộ", [("chất lượng sinh hoạt chi bộ",),
                                            ("sinh hoạt chi bộ",)]),
    ("kiểm tra giám sát", [("kiểm tra, giám sát",)]),
    ("giao ban kiem tra giam sat", [("Giao ban", "kiểm tra, giám sát"),
                                    ("kiểm tra, giám sát",)]),
    ("GRDP", [("GRDP",)]),
    ("thu ngan sach", [("Thu ngân sách",)]),
    ("giải ngân vốn đầu tư công", [("giải ngân vốn đầu tư công",)]),
    ("giai ngan von dau tu cong", [("giải ngân vốn đầu tư công",)]),
    ("hội nghị toàn quốc chuyển đổi số", [("Hội nghị toàn quốc", "chuyển đổi số"),
                                        ("chuyển đổi số",)]),
    ("du lich sinh thai", [("du lịch sinh thái",)]),
    ("nông nghiệp hàng hóa", [("nông nghiệp hàng hóa",), ("Nông nghiệp hàng hóa",)]),
    ("bảo vệ nền tảng tư tưởng", [("bảo vệ nền tảng tư tưởng",)]),
    ("bo nhiem pho truong ban dan van", [("bổ nhiệm Phó Trưởng Ban Dân vận",)]),
    ("Phó Chánh Văn phòng", [("Phó Chánh Văn phòng",)]),
    ("Ủy ban Kiểm tra Tỉnh ủy", [("Ủy ban Kiểm tra Tỉnh ủy",)]),
    ("huyện Yên Khê", [("Yên Khê",)]),
    ("yen khe", [("Yên Khê",)]),
    ("cải cách hành chính", [("cải cách hành chính",)]),
    ("ha tang giao thong", [("Hạ tầng giao thông",)]),
    ("phát triển đảng viên", [("phát triển đảng viên",)]),
    # Misspellings and muddles a reader makes.
    ("hoi nghi toan quoc chuyen doi so", [("Hội nghị toàn quốc", "chuyển đổi số")]),
    ("kêt nap đang vien", [("kết nạp đảng viên",)]),
    ("giam sat kiem tra", [("kiểm tra, giám sát",)]),
    ("dan van kheo o xa hoa an", [("Dân vận khéo", "Hòa An")]),
]
CUTOFF = 10


def grade(title, expectations):
    """Return how relevant an article called `title` is: 2, 1 or 0."""
    folded = title.casefold()
    for rank, groups in enumerate(expectations):
        if all(group.casefold() in folded for group in groups):
            return 2 if rank == 0 else 1
    return 0


@dataclass
class Measure:
    query: str
    reciprocal_rank: float
    ndcg: float
    relevant: int


def _dcg(grades):
    return sum((2 ** g - 1) / math.log2(position + 2) for position, g in enumerate(grades))


def measure(site, query, expectations, titles, *, ranked=True):
    """Measure one query on `site`, whose articles are called `titles`; `ranked=False` keeps
    the engine's own order (the baseline)."""
    results = service.run(query, site=site, ranked=ranked)
    grades = [grade(hit.entry.title, expectations) for hit in results.hits]
    every = [grade(title, expectations) for title in titles]
    ideal = sorted((g for g in every if g), reverse=True)[:CUTOFF]
    first = next((position for position, g in enumerate(grades) if g), None)
    return Measure(query=query,
                   reciprocal_rank=0.0 if first is None else 1 / (first + 1),
                   ndcg=_dcg(grades[:CUTOFF]) / _dcg(ideal) if ideal else 0.0,
                   relevant=len(ideal))


def demo_site():
    """Build the demo portals (or find them), index them, and return the default site."""
    for _line in demo.demo_build():
        pass
    for _article in indexing.rebuild():
        pass
    return Site.objects.get(is_default_site=True)


def evaluate(site, *, ranked=True):
    """Return the Measures of the whole suite, and the mean reciprocal rank and nDCG@10."""
    titles = list(SearchEntry.objects.filter(path__startswith=site.root_page.path)
                  .values_list("title", flat=True))
    measures = [measure(site, query, expectations, titles, ranked=ranked)
                for query, expectations in SUITE]
    count = len(measures)
    return (measures, sum(m.reciprocal_rank for m in measures) / count,
            sum(m.ndcg for m in measures) / count)
