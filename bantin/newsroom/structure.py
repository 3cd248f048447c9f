"""Who may change the portal's structure (sites, sections, plain pages) and delete articles.

Wagtail's page permissions cover a page and everything under it, so a team's rights on its
section would also reach the section itself; these checks keep the structure for Quản trị and
deleting published or others' work for the board (issue #3).
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from bantin.news.models import ArticlePage
from bantin.newsroom import roles


def is_administrator(user):
    return user.is_superuser or user.groups.filter(name=roles.ADMINISTRATOR).exists()


def is_structure(page_or_class):
    """Return True for home pages, sections and plain pages: everything but articles."""
    model = page_or_class if isinstance(page_or_class, type) else page_or_class.specific_class
    return not issubclass(model, ArticlePage)


def refuse(request, message):
    messages.error(request, message)
    return redirect("wagtailadmin_home")


def structure_change_refused(request, pages):
    """Return a refusal response if `request.user` may not change any of `pages`, else None."""
    if is_administrator(request.user) or not any(is_structure(page) for page in pages):
        return None
    return refuse(request, _("Only administrators change sections and the portal's pages."))


def article_delete_refused(request, page):
    """Articles are deleted by the board, or by their owner while still a draft."""
    if is_structure(page) or is_administrator(request.user):
        return None
    permissions = page.permissions_for_user(request.user)
    own_draft = page.owner_id == request.user.pk and not page.live
    if "publish" in permissions.permissions or own_draft:
        return None
    return refuse(request, _("Only the editorial board deletes other people's articles."))
