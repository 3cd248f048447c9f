"""Build the demo portals: a provincial Party committee and the Party bloc under it.

`demo_build()` yields one line per thing it makes, so `seed_demo` can draw its progress bar.
Every step looks up what an earlier run made (by slug or title) and reuses it: running it
twice creates nothing new.
"""

import io
import random
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import format_html
from wagtail.models import Collection, Page, Site
from wagtail.rich_text import RichText

from bantin.core.models import PortalImage, PortalSettings
from bantin.core.text import slugify_vi
from bantin.news import demo_images, demo_text
from bantin.news.models import (
    ArticleDailyViews,
    ArticlePage,
    BannerLink,
    HomePage,
    RelatedArticle,
    SectionPage,
    SiteMapPage,
    StandardPage,
    VideoClip,
    WebLink,
)

DEMO_VIDEO = Path(__file__).parent / "demo_media" / "hoi-truong.mp4"
IMAGE_POOL_SIZE = 24


@dataclass
class Portal:
    """One demo portal: its site, identity and sections ((slug, title, [subsections]))."""

    slug: str
    hostname: str
    site_name: str
    agency_name: str
    sections: list
    article_count: int
    # keys of demo_words.LEADERS shown on its "Giới thiệu" page
    leaders: tuple = ("bt", "ptbtt", "ct", "tc")
    is_default: bool = False
    footer: dict = field(default_factory=dict)


PROVINCE = Portal(
    slug="tinh-uy-dong-lam",
    hostname="localhost",
    site_name="Cổng thông tin điện tử Tỉnh ủy Đông Lâm",
    agency_name="Đảng bộ tỉnh Đông Lâm",
    is_default=True,
    article_count=96,
    sections=[
        ("tin-tuc", "Tin tức", [("tin-trong-tinh", "Tin trong tỉnh"),
                                ("tin-trong-nuoc", "Tin trong nước")]),
        ("xay-dung-dang", "Xây dựng Đảng", []),
        ("hoat-dong-cac-ban-dang", "Hoạt động các ban Đảng", []),
        ("kinh-te-xa-hoi", "Kinh tế - Xã hội", []),
        ("hoc-tap-va-lam-theo-bac", "Học tập và làm theo Bác", []),
        ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", []),
    ],
    footer={
        "footer_agency": "Cơ quan chủ quản: Văn phòng Tỉnh ủy Đông Lâm",
        "footer_address": "Số 12 đường Trần Hưng Đạo, phường Đông Xuyên, tỉnh Đông Lâm",
        "footer_phone": "0200 3 812 345",
        "footer_email": "vanphong@tinhuy-donglam.example.vn",
        "footer_licence": "Giấy phép số 27/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp",
        "footer_responsible": "Đồng chí Chánh Văn phòng Tỉnh ủy",
        "visit_count_carried": 12_486_305,
    },
)
PARTY_BLOC = Portal(
    slug="dang-uy-khoi-dong-lam",
    hostname="dangbokhoi.localhost",
    site_name="Trang thông tin Đảng ủy Khối các cơ quan tỉnh",
    agency_name="Đảng bộ Khối các cơ quan tỉnh Đông Lâm",
    article_count=16,
    leaders=("duk", "dukp"),
    sections=[
        ("hoat-dong-dang-uy-khoi", "Hoạt động Đảng ủy Khối", []),
        ("xay-dung-dang", "Xây dựng Đảng", []),
    ],
    footer={
        "footer_agency": "Đảng ủy Khối các cơ quan tỉnh Đông Lâm",
        "footer_address": "Số 5 đường Lê Lợi, phường Đông Xuyên, tỉnh Đông Lâm",
        "footer_phone": "0200 3 815 678",
        "footer_email": "dangbokhoi@donglam.example.vn",
        "footer_licence": "Trang thông tin nội bộ của Đảng ủy Khối",
        "footer_responsible": "Đồng chí Phó Bí thư Thường trực Đảng ủy Khối",
        "visit_count_carried": 842_117,
    },
)
WEB_LINKS = [
    ("Báo điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.vn/"),
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn/"),
    ("Cổng thông tin điện tử Quốc hội", "https://quochoi.vn/"),
    ("Tạp chí Cộng sản", "https://www.tapchicongsan.org.vn/"),
    ("Báo Nhân Dân", "https://nhandan.vn/"),
]
BANNERS = [
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Chuyên đề chuyển đổi số tỉnh Đông Lâm",
    "Bảo vệ nền tảng tư tưởng của Đảng",
]
SCENE_DESCRIPTIONS = {
    "meeting_hall": "Hội trường hội nghị: phông nền đỏ có ngôi sao vàng, bàn chủ tọa và đại biểu",
    "field_visit": "Đoàn công tác đứng trên cánh đồng, phía sau là đồi núi",
    "office_building": "Mặt trước trụ sở cơ quan có hàng cột và lá cờ trên mái",
}
# Words in a caption that call for a picture other than a meeting hall.
SCENE_WORDS = {
    "field_visit": ("kiểm tra thực tế", "thăm", "cánh đồng", "vườn", "hợp tác xã", "mô hình",
                    "thực địa", "trồng"),
    "office_building": ("trụ sở", "khánh thành", "gắn biển", "công trình"),
}


def demo_build(*, seed=2024, port=8000, now=None):
    """Create (or find) both demo portals; yield a line for each item made or reused."""
    now = now or timezone.now()
    day = _demo_day(now)
    rng = random.Random(seed)
    images = yield from _image_pool(rng)
    articles_by_portal = {
        PROVINCE.slug: demo_text.generate_articles(seed=seed, count=PROVINCE.article_count,
                                                   today=day),
        PARTY_BLOC.slug: demo_text.generate_articles(seed=seed + 1,
                                                     count=PARTY_BLOC.article_count, today=day),
    }
    for portal in (PROVINCE, PARTY_BLOC):
        yield from _build_portal(portal, articles_by_portal[portal.slug], images, rng, day, port)


def _demo_day(now):
    """Return the day the demo was first built, so that later runs write the same articles.

    The text mentions dates relative to that day; a run on another day with another day would
    write other titles and so create every article again.
    """
    home = HomePage.objects.filter(slug=PROVINCE.slug).first()
    if home is not None and home.first_published_at is not None:
        return timezone.localdate(home.first_published_at)
    return timezone.localdate(now)


def _image_pool(rng):
    """Return the demo pictures, generating those an earlier run has not made."""
    pool = []
    for index in range(IMAGE_POOL_SIZE):
        scene = demo_images.SCENES[index % len(demo_images.SCENES)]
        picture = scene(rng)  # drawn even when reused, so the random sequence stays the same
        title = f"Ảnh minh họa {index + 1:02d}"
        pool.append(_named_image(title, SCENE_DESCRIPTIONS[scene.__name__], picture))
        yield f"ảnh {title}"
    return pool


def _named_image(title, description, picture):
    """Return the image called `title`, saving `picture` under that title if it is new."""
    image = PortalImage.objects.filter(title=title).first()
    if image is None:
        image = PortalImage(
            title=title, description=description, collection=Collection.get_first_root_node(),
            file=ImageFile(io.BytesIO(demo_images.to_jpeg(picture)),
                           name=f"{slugify_vi(title)}.jpg"),
        )
        image.save()
    return image


@transaction.atomic
def _site_and_home(portal, port):
    home = HomePage.objects.filter(slug=portal.slug).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Trang chủ", slug=portal.slug))
        home.save_revision().publish()
    site = Site.objects.filter(hostname=portal.hostname).first()
    if portal.is_default:
        site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname=portal.hostname, port=port)
    replaced = site.root_page if site.pk else None
    site.hostname, site.port, site.site_name = portal.hostname, port, portal.site_name
    site.root_page, site.is_default_site = home, portal.is_default
    site.save()
    # Wagtail's first migration makes a "Welcome" page as the default site's root; drop it.
    if replaced is not None and replaced.pk != home.pk and type(replaced.specific) is Page:
        replaced.delete()
    return site, home


def _child(parent, model, slug, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    return parent.add_child(instance=model(slug=slug, **fields))


def _build_portal(portal, articles, images, rng, day, port):
    site, home = _site_and_home(portal, port)
    settings, created = PortalSettings.objects.get_or_create(site=site)
    if created or not settings.agency_name:
        settings.site_name = portal.site_name
        settings.agency_name = portal.agency_name
        settings.slogan = "\n".join(demo_text.site_slogans())
        settings.logo = _named_image(
            "Biểu trưng cổng", "Biểu trưng: ngôi sao vàng trên nền đỏ",
            demo_images.emblem(),
        )
        for name, value in portal.footer.items():
            setattr(settings, name, value)
        settings.save()
    yield f"cấu hình {portal.site_name}"

    sections = {}
    for slug, title, children in portal.sections:
        section = _child(home, SectionPage, slug, title=title, show_in_menus=True,
                         intro=f"Tin bài chuyên mục {title.lower()}.")
        sections[slug] = section
        for child_slug, child_title in children:
            sections[child_slug] = _child(section, SectionPage, child_slug, title=child_title,
                                          show_in_menus=True)
        yield f"chuyên mục {title}"

    made = []
    for index, item in enumerate(articles):
        section = sections.get(item.section) or _fallback_section(portal, sections, item)
        article = _article(section, item, images, rng, day, index)
        made.append(article)
        yield f"bài {article.title[:40]}"
    _pick_related(made, rng)

    yield from _plain_pages(home, leaders=portal.leaders)
    yield from _snippets(site, images, day)


def _fallback_section(portal, sections, item):
    # The Party bloc portal has fewer sections: Party-building stories go to "Xây dựng Đảng",
    # all else to its activity news.
    if item.section in {"xay-dung-dang", "hoc-tap-va-lam-theo-bac"}:
        return sections["xay-dung-dang"]
    return sections[portal.sections[0][0]]


def _article(section, item, images, rng, day, index):
    existing = ArticlePage.objects.child_of(section).filter(title=item.title).first()
    if existing is not None:
        return existing
    slug = base = slugify_vi(item.title)
    siblings = set(section.get_children().values_list("slug", flat=True))
    for number in range(2, 100):
        if slug not in siblings:
            break
        slug = f"{base}-{number}"
    published = timezone.make_aware(
        datetime.combine(day - timedelta(days=item.days_ago), time(item.hour, item.minute))
    )
    now = timezone.now()
    published = min(published, now - timedelta(minutes=5))
    updated = None
    if index % 6 == 0:
        updated = min(published + timedelta(hours=rng.randint(2, 30)), now)
    picked = [_picture_for(caption, images, index + k) for k, caption in enumerate(item.captions)]
    article = ArticlePage(
        title=item.title, slug=slug, kicker=item.kicker, lead=item.lead,
        body=_body(item, picked, index),
        author_name=item.author, author_unit=item.author_unit, source=item.source,
        published_at=published,
        updated_at=updated,
        featured_image=picked[0] if picked else None,
        view_count=_views(rng, item.days_ago),
        first_published_at=published,
    )
    section.add_child(instance=article)
    article.tags.add(*item.tags)
    article.save_revision().publish()
    ArticlePage.objects.filter(pk=article.pk).update(
        first_published_at=published, last_published_at=article.updated_at or published
    )
    ArticleDailyViews.objects.bulk_create(_daily_views(article, rng, day, item.days_ago))
    return article


def _daily_views(article, rng, day, days_ago):
    """Spread part of an article's views over the 30 days up to `day`.

    A new article is read most on its first days; an older one is still opened now and then.
    """
    if days_ago < 30:
        weights = [0.6 ** age for age in range(days_ago + 1)]
        share = [article.view_count * w / sum(weights) for w in weights]
        counts = {day - timedelta(days=days_ago - age): int(n) for age, n in enumerate(share)}
    else:
        trickle = max(1, article.view_count // 150)
        counts = {day - timedelta(days=back): rng.randint(1, trickle)
                  for back in range(30) if rng.random() < 0.3}
    return [ArticleDailyViews(article=article, day=d, views=n) for d, n in counts.items() if n]


def _picture_for(caption, images, turn):
    """Pick a pool picture whose scene fits the caption; a meeting hall unless it says otherwise."""
    scene = next(
        (name for name, words in SCENE_WORDS.items() if any(w in caption.lower() for w in words)),
        "meeting_hall",
    )
    fitting = [image for image in images if image.description == SCENE_DESCRIPTIONS[scene]]
    return fitting[turn % len(fitting)]


def _body(item, images, index):
    """Paragraphs with the captioned photos spread between them, and now and then a table."""
    blocks = []
    gaps = {1 + k * max(1, len(item.paragraphs) // max(1, len(images))): k
            for k in range(len(images))}
    for position, paragraph in enumerate(item.paragraphs):
        if position in gaps:
            k = gaps[position]
            blocks.append(("image", {"image": images[k], "caption": item.captions[k],
                                     "credit": item.author}))
        blocks.append(("paragraph", RichText(format_html("<p>{}</p>", paragraph))))
    if index % 5 == 2:
        blocks.insert(len(blocks) // 2, ("figures", _figures_table(item, index)))
    return blocks


def _figures_table(item, index):
    rows = [["Chỉ tiêu", "Kỳ trước", "Kỳ này"]]
    base = 40 + index % 17
    names = ("Văn bản ban hành", "Hội nghị tổ chức", "Đảng viên mới kết nạp")
    for number, name in enumerate(names):
        rows.append([name, str(base + number * 9), str(base + number * 9 + 5 + index % 7)])
    return {"data": rows, "first_row_is_table_header": True, "first_col_is_header": True,
            "table_caption": "Một số kết quả chủ yếu", "cell": [], "mergeCells": []}


def _views(rng, days_ago):
    """A plausible view count: heavy-tailed, growing with the article's age for a few weeks."""
    return int(rng.lognormvariate(5.6, 0.85) * (0.4 + min(days_ago, 45) / 30))


def _pick_related(articles, rng):
    for article in articles[::4]:
        if article.related_links.exists():
            continue
        tags = set(article.tags.names())
        candidates = [a for a in articles if a.pk != article.pk and tags & set(a.tags.names())]
        for order, other in enumerate(rng.sample(candidates, min(3, len(candidates)))):
            RelatedArticle.objects.create(page=article, article=other, sort_order=order)


def _plain_pages(home, *, leaders):
    about_body = [
        ("paragraph", RichText(
            "<h2>Chức năng, nhiệm vụ</h2><p>Cơ quan tham mưu, giúp việc cho cấp ủy về công tác "
            "xây dựng Đảng, tổ chức thực hiện các nghị quyết, chỉ thị, kết luận của cấp ủy và "
            "phối hợp với các cơ quan liên quan theo quy định.</p>"
            "<h2>Tổ chức bộ máy</h2><ul><li>Văn phòng</li><li>Ban Tổ chức</li>"
            "<li>Ban Tuyên giáo</li><li>Ban Dân vận</li><li>Ủy ban Kiểm tra</li></ul>"
            "<h2>Lãnh đạo</h2>"
        )),
    ]
    for name, position in demo_text.leaders(leaders):
        photo = _named_image(
            f"Ảnh chân dung {name}", f"Ảnh chân dung minh họa của {name}",
            demo_images.portrait(random.Random(name)),
        )
        about_body.append(("leader", {
            "photo": photo, "name": name, "position": position,
            "duties": "Phụ trách chung; trực tiếp chỉ đạo các lĩnh vực được phân công.",
        }))
    _child(home, StandardPage, "gioi-thieu", title="Giới thiệu",
           intro="Chức năng, nhiệm vụ, tổ chức bộ máy và lãnh đạo.", body=about_body)
    yield "trang Giới thiệu"
    _child(home, StandardPage, "lien-he", title="Liên hệ",
           intro="Thông tin liên hệ với Ban Biên tập cổng thông tin.",
           body=[("paragraph", RichText(
               "<p>Bạn đọc gửi tin, bài, ý kiến đóng góp qua thư điện tử hoặc điện thoại ghi ở "
               "chân trang. Ban Biên tập trả lời trong giờ hành chính các ngày làm việc.</p>"))])
    yield "trang Liên hệ"
    _child(home, SiteMapPage, "so-do-cong", title="Sơ đồ cổng")
    yield "trang Sơ đồ cổng"


def _snippets(site, images, day):
    for order, (title, url) in enumerate(WEB_LINKS):
        WebLink.objects.get_or_create(site=site, title=title,
                                      defaults={"url": url, "sort_order": order})
    yield "liên kết website"
    for order, title in enumerate(BANNERS):
        if not BannerLink.objects.filter(site=site, title=title).exists():
            image = _named_image(f"Banner {title}", f"Banner: {title}",
                                 demo_images.banner(random.Random(title)))
            BannerLink.objects.create(site=site, title=title, image=image,
                                      url=f"https://{slugify_vi(title)}.example.vn/",
                                      sort_order=order)
    yield "liên kết banner"
    for number, title in enumerate(demo_text.video_titles()):
        if VideoClip.objects.filter(site=site, title=title).exists():
            continue
        clip = VideoClip(site=site, title=title, poster=images[number * 4 % len(images)],
                         published_at=timezone.make_aware(
                             datetime.combine(day - timedelta(days=3 + number * 11), time(9))),
                         description="Phóng sự do Ban Biên tập thực hiện.")
        clip.file.save(f"{slugify_vi(title)}.mp4", ContentFile(DEMO_VIDEO.read_bytes()),
                       save=False)
        clip.save()
    yield "video"
