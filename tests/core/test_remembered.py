"""What each process remembers for a generation of the page cache (pagecache.remembered): read
once, copied to each caller, forgotten at once by the process that changes it (#9)."""

from wagtail.models import PageViewRestriction

from bantin.core import pagecache
from bantin.core.models import PortalSettings


def test_what_the_process_remembers_is_read_once_per_generation_and_copied_to_each_caller():
    reads = []

    def build():
        reads.append(1)
        return {"sections": ["Xây dựng Đảng"]}

    first = pagecache.remembered("test-sections", build)
    first["sections"].append("changed by its caller")
    assert pagecache.remembered("test-sections", build) == {"sections": ["Xây dựng Đảng"]}
    assert len(reads) == 1
    pagecache.invalidate()
    pagecache.remembered("test-sections", build)
    assert len(reads) == 2


def test_a_change_is_seen_at_once_by_the_process_that_makes_it(client, portal, settings):
    """Inside its transaction, before the commit moves the generation on: the process forgets
    what it remembered (sites, settings, menus, view restrictions) as soon as it writes."""
    settings.PAGE_CACHE_ENABLED = False
    portal_settings = PortalSettings.for_site(portal["site"])
    assert portal_settings.site_name in client.get("/").content.decode()
    portal_settings.site_name = "Cổng tin đã đổi tên"
    portal_settings.save()
    assert "Cổng tin đã đổi tên" in client.get("/").content.decode()
    article = portal["articles"][0]
    PageViewRestriction.objects.create(page=article, restriction_type="password",
                                       password="mat-khau-bai")
    assert "mat-khau" not in client.get(article.url).content.decode()
    assert 'name="password"' in client.get(article.url).content.decode()
