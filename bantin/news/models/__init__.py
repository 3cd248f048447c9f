"""News models, split by kind; this package re-exports their public names.

`blocks` (StreamField blocks) <- `snippets` (sidebar content) <- `pages` (the page tree)
<- `statistics` (daily views of articles).
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
from bantin.news.models.statistics import ArticleDailyViews

__all__ = [
    "ArticleDailyViews",
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
