"""News models, split by kind; this package re-exports their public names.

`blocks` (StreamField blocks) <- `snippets` (sidebar content) <- `pages` (the page tree).
"""

from bantin.news.models.pages import (
    ArticlePage,
    ArticlePageTag,
    HomePage,
    RelatedArticle,
    SectionPage,
    SiteMapPage,
    StandardPage,
)
from bantin.news.models.snippets import BannerLink, VideoClip, WebLink

__all__ = [
    "ArticlePage",
    "ArticlePageTag",
    "BannerLink",
    "HomePage",
    "RelatedArticle",
    "SectionPage",
    "SiteMapPage",
    "StandardPage",
    "VideoClip",
    "WebLink",
]
