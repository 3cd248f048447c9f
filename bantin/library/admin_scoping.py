"""Which documents a person sees in the admin: those of the registers of the sites they work
on (core.sites). Registered as Document's scope, it limits the listing, each document's pages,
Wagtail's per-object checks (copy, bulk delete) and the "replaced by" chooser
(core.admin_scoping)."""

from bantin.core.sites import sites_for_user
from bantin.library.models import Document


def documents_for_user(user):
    return Document.objects.filter(site__in=sites_for_user(user))
