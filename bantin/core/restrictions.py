"""Where the view restrictions are: the paths of the pages that carry one, and of the aliases
(whose restrictions are those of the page they copy). Each process remembers them for a
generation of the page cache (pagecache.remembered), so that neither serving a page nor listing
articles reads the restrictions on every request (#9): there are few, and most portals have
none."""

from dataclasses import dataclass

from wagtail.models import Page, PageViewRestriction

from bantin.core import pagecache


@dataclass(frozen=True)
class Restricted:
    paths: frozenset
    aliases: frozenset

    def on_path(self, path):
        """Whether a restriction lies on the page at `path` or above it."""
        return any(path.startswith(closed) for closed in self.paths)

    def may_apply(self, path):
        """Whether Wagtail has to be asked for the restrictions of the page at `path`: one lies
        on its path, or an alias does."""
        return self.on_path(path) or any(path.startswith(alias) for alias in self.aliases)


def _read():
    return Restricted(
        paths=frozenset(PageViewRestriction.objects.values_list("page__path", flat=True)),
        aliases=frozenset(Page.objects.filter(alias_of__isnull=False)
                          .values_list("path", flat=True)),
    )


def restricted():
    """Return where the restrictions are (Restricted), as this process remembers them."""
    return pagecache.remembered("view-restrictions", _read)
