"""Fill the database with the two demo portals; a second run reuses what the first made."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from bantin.core.management.progress import progress_bar
from bantin.news import demo
from bantin.news.models import ArticlePage

# Items demo_build yields for the default seed: images, two portals' settings, sections,
# articles, plain pages and snippets. Used only to size the progress bar.
EXPECTED_STEPS = (
    demo.IMAGE_POOL_SIZE
    + sum(
        1 + len(portal.sections) + portal.article_count + 3 + 3
        for portal in (demo.PROVINCE, demo.PARTY_BLOC)
    )
)


class Command(BaseCommand):
    help = "Tạo nội dung chạy thử: cổng Tỉnh ủy Đông Lâm và trang Đảng ủy Khối (chạy lại không tạo trùng)."

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2024,
                            help="Hạt giống ngẫu nhiên; cùng hạt giống cho cùng nội dung.")

    def handle(self, *args, seed, verbosity, **options):
        before = ArticlePage.objects.count()
        try:
            steps = list(progress_bar(demo.demo_build(seed=seed), total=EXPECTED_STEPS,
                                      stream=self.stderr, verbosity=verbosity,
                                      label="Nội dung chạy thử"))
        except DatabaseError as error:
            raise CommandError(f"Không tạo được nội dung chạy thử: {error}") from error
        created = ArticlePage.objects.count() - before
        self.stdout.write(self.style.SUCCESS(
            f"Xong {len(steps)} bước: {created} bài viết mới, "
            f"tổng cộng {ArticlePage.objects.count()} bài viết."
        ))
