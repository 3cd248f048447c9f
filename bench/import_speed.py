"""Benchmark (not a test): import_legacy's dry-run extraction, in pages per second, over a
generated set of old-portal pages (half text dumps, half saved HTML, portal chrome around the
demo generator's articles). Beside it, the baseline of reading alone (decoding the bytes and
cutting them into lines with selectolax), and how many pages came out with their title, date,
byline and view count right.

    .venv/bin/python bench/import_speed.py --pages 2000
"""

import argparse
import html
import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings.dev")

import django  # noqa: E402

django.setup()

from django.utils import timezone  # noqa: E402

from bantin.importer import pipeline, reading, sources  # noqa: E402
from bantin.news import demo_text  # noqa: E402

TODAY = date(2026, 11, 27)
SLOGAN = "CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVIII, NHIỆM KỲ 2025 - 2030"
MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Thư viện ảnh", "Liên hệ"]


def published(article):
    """The article's time of publication, a day earlier than the demo's (never in the future:
    the importer refuses dates to come)."""
    day = TODAY - timedelta(days=article.days_ago + 1)
    return datetime.combine(day, datetime.min.time()).replace(hour=article.hour,
                                                               minute=article.minute)


def text_page(article, views, others):
    lines = [*MENU, "", SLOGAN, "", f"  {published(article):%d/%m/%Y %H:%M}     |  "
             f"Lượt xem {views:,}".replace(",", "."), "", article.title, "", article.lead, ""]
    for number, paragraph in enumerate(article.paragraphs):
        lines += [paragraph, ""]
        if number == 0 and article.captions:
            lines += [article.captions[0], ""]
    lines += [", ".join(filter(None, [article.author, article.author_unit])), "",
              "Các tin khác"]
    lines += [f"{other.title} ({published(other):%d/%m/%Y})" for other in others]
    lines += ["", "Thăm dò ý kiến", "Bạn thấy cổng thông tin thế nào?", "Rất tốt", "Tốt",
              "Số lượt truy cập : 1.234.567"]
    return "\n".join(lines).encode()


def html_page(article, views, others):
    e = html.escape
    paragraphs = "".join(f"<p>{e(p)}</p>" for p in article.paragraphs)
    figure = (f'<figure><img src="/anh/{article.hour}.jpg" alt="ảnh">'
              f"<figcaption>{e(article.captions[0])}</figcaption></figure>"
              if article.captions else "")
    byline = ", ".join(filter(None, [article.author, article.author_unit]))
    items = "".join(f'<li><a href="/tin/{n}">{e(o.title)}</a> ({published(o):%d/%m/%Y})</li>'
                    for n, o in enumerate(others))
    menu = "".join(f'<li><a href="/{n}">{e(m)}</a></li>' for n, m in enumerate(MENU))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{e(article.title)} - Cổng thông tin</title><script>var portal = 1;</script>
<style>body {{ font: 14px Arial; }}</style></head><body>
<header><div class="slogan">{e(SLOGAN)}</div><nav><ul>{menu}</ul></nav></header>
<ul class="breadcrumb"><li>Trang chủ</li><li>{e(article.section)}</li></ul>
<div class="article"><h1>{e(article.title)}</h1>
<div class="meta">{published(article):%d/%m/%Y - %H:%M} | Lượt xem: {views}</div>
<p class="sapo"><strong>{e(article.lead)}</strong></p>{figure}{paragraphs}
<p style="text-align:right"><strong>{e(byline)}</strong></p></div>
<div class="other"><h3>Tin liên quan</h3><ul>{items}</ul></div>
<aside><h3>Tin mới nhất</h3><ul>{items}</ul></aside>
<footer>Số lượt truy cập: 2.345.678 © Cổng thông tin điện tử</footer></body></html>""".encode()


def generate(folder, count):
    """Write `count` pages into `folder`; return {file name: (article, views)}."""
    made, seed, truth = 0, 0, {}
    while made < count:
        batch = demo_text.generate_articles(seed=seed, count=90, today=TODAY)
        for position, article in enumerate(batch):
            if made == count:
                break
            views = 37 * made % 5000
            others = batch[position + 1:position + 6]
            html_format = made % 2
            name = f"trang-{made:05d}.{'html' if html_format else 'txt'}"
            page = (html_page if html_format else text_page)(article, views, others)
            (folder / name).write_bytes(page)
            truth[name] = (article, views)
            made += 1
        seed += 1
    return truth


def right(extracted, article, views):
    when = timezone.localtime(extracted.published_at).replace(tzinfo=None) \
        if extracted.published_at else None
    byline = ", ".join(filter(None, [article.author, article.author_unit]))
    return (extracted.title == article.title and when == published(article)
            and extracted.author == byline and extracted.views == views
            and len(extracted.paragraphs) == len(article.paragraphs))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=2000)
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bantin-import-bench-"))
    truth = generate(folder, options.pages)

    started = time.perf_counter()
    for source in sources.walk([folder]):
        text = reading.decode(source.data)
        reading.html_lines(text) if reading.is_html(source.data) else reading.text_lines(text)
    reading_seconds = time.perf_counter() - started

    started = time.perf_counter()
    results = list(pipeline.run([folder], dry_run=True))
    extraction_seconds = time.perf_counter() - started
    correct = sum(1 for result in results if result.extracted and right(
        result.extracted, *truth[Path(result.source).name]))

    pages = len(truth)
    print(f"\nimport_legacy --dry-run over {pages} generated pages "
          f"({pages - pages // 2} text dumps, {pages // 2} saved HTML)\n")
    print(f"{'':40} {'seconds':>8} {'pages/s':>8}")
    print(f"{'baseline: reading only (decode, lines)':40} {reading_seconds:8.2f} "
          f"{pages / reading_seconds:8.0f}")
    print(f"{'Bantin: read and extract every field':40} {extraction_seconds:8.2f} "
          f"{pages / extraction_seconds:8.0f}")
    print(f"\ntitle, date and time, byline, views and paragraph count all right: "
          f"{correct} / {pages}")


if __name__ == "__main__":
    main()
