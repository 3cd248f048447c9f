"""Build the stock Wagtail baseline's database (bench/stock_wagtail): migrate, then a blog of
`--articles` live articles, written from the team's word lists (bantin/news/demo_text.py) the way
a stock site gets them, one add_child() each; reused when it holds them already. Prints the
address of an article in the middle of the blog.

    .venv/bin/python bench/stock_wagtail/seed.py [--articles 2000]
"""

import argparse
import os
import sys
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[1])]  # stock_wagtail, and bantin's word lists
os.environ["DJANGO_SETTINGS_MODULE"] = "stock_wagtail.settings"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils.html import escape  # noqa: E402
from django.utils.text import slugify  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from bantin.news import demo_text  # noqa: E402
from stock_wagtail.models import BlogIndexPage, BlogPage  # noqa: E402

TEXTS = 100  # distinct generated articles, reused with a number after the title


def blog_index():
    index = BlogIndexPage.objects.first()
    if index is None:
        home = Page.objects.get(depth=2)  # the welcome page of Wagtail's first migration
        index = home.add_child(instance=BlogIndexPage(title="Blog", slug="blog"))
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", 80
    site.save()
    return index


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    options = parser.parse_args()
    call_command("migrate", verbosity=0)
    index = blog_index()
    texts = demo_text.generate_articles(seed=9, count=TEXTS)
    have = BlogPage.objects.count()
    for number in range(have, options.articles):
        text = texts[number % TEXTS]
        title = f"{text.title} ({number})"
        index.add_child(instance=BlogPage(
            title=title, slug=slugify(f"{number}-{text.title}")[:80],
            date=demo_text.REFERENCE_DATE - timedelta(days=number // 5),
            intro=text.lead[:250],
            body="".join(f"<p>{escape(paragraph)}</p>" for paragraph in text.paragraphs)))
        if number % 200 == 0:
            print(f"{number}/{options.articles}", file=sys.stderr, flush=True)
    middle = BlogPage.objects.live().order_by("-date", "-pk")[options.articles // 2]
    print(middle.url_path.removeprefix(index.get_parent().url_path[:-1]))


if __name__ == "__main__":
    main()
