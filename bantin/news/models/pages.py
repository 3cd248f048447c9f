"""The page types of a portal: home, section (chuyên mục), article, plain page and site map."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Exists, OuterRef, prefetch_related_objects
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from bantin.core.pages import CachedPageMixin
from bantin.news import listing, selectors
from bantin.news.forms import ArticlePageForm, PageForm
from bantin.news.models.blocks import ArticleBodyBlock, StandardBodyBlock

ARTICLES_PER_PAGE = 12


class FeedRoutesMixin(RoutablePageMixin):
    """Serve the RSS feed of this page's articles at `<page url>rss/`."""

    @path("rss/", name="rss")
    def rss(self, request):
        # Imported here because feeds import the page models (see ARCHITECTURE.md data flow).
        from bantin.news.feeds import ArticleFeed

        return ArticleFeed(self)(request)

    def get_cached_paths(self):
        # What a front cache is purged of when this page changes: the page and its feed.
        return ["/", "/rss/"]


class HomePage(CachedPageMixin, FeedRoutesMixin, Page):
    """The root of one agency's portal.

    One per Wagtail Site, and one installation serves several sites: so no `max_count = 1`.
    """

    lead_story = models.ForeignKey(
        "news.ArticlePage", verbose_name=_("lead story"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Leave empty to feature the newest article with a picture."),
    )
    intro = models.TextField(_("short introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("lead_story"), FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.SectionPage", "news.StandardPage", "news.SiteMapPage",
                     "engagement.QuestionsPage"]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Route as Wagtail does (a routable page's own addresses first, then its child of that
        slug), with fewer queries (#9): the pages above the articles are those the process
        remembers (selectors.site_pages), so an article is read in one query, of its own class;
        any other address reads the pages on its path in one query, where Wagtail reads two per
        level."""
        if not path_components:
            return super().route(request, path_components)
        current, consumed, answers = self._walk(path_components, selectors.site_pages(root=self))
        rest = path_components[consumed:]
        if current is not self and (answers or not rest):
            return current.specific.route(request, rest)
        if len(rest) == 1 and issubclass(current.specific_class, SectionPage):
            # Whether it has tags and related articles picked by editors, read with it: many
            # have neither (all those moved in from old portals), and the page then reads none.
            article = ArticlePage.objects.filter(
                path__startswith=current.path, slug=rest[0], depth=current.depth + 1,
            ).annotate(
                has_tags=Exists(ArticlePageTag.objects.filter(content_object=OuterRef("pk"))),
                has_related_picks=Exists(RelatedArticle.objects.filter(page=OuterRef("pk"))),
            ).first()
            if article is not None:
                article._cached_parent_obj = current.specific_deferred
                return article.route(request, [])
        on_path = list(Page.objects.filter(
            slug__in=path_components, path__startswith=self.path,
            depth__range=(self.depth + 1, self.depth + len(path_components))))
        current, consumed, _answers = self._walk(path_components, on_path)
        if current is self:
            return super().route(request, path_components)
        return current.specific.route(request, path_components[consumed:])

    def _walk(self, path_components, pages):
        """Follow `path_components` down from this page through `pages`; return the page
        reached, how many components led there, and whether that page answers the rest itself
        (one of a routable page's own addresses)."""
        current, consumed = self, 0
        while consumed < len(path_components):
            rest = path_components[consumed:]
            if current.live and issubclass(current.specific_class, RoutablePageMixin):
                try:
                    current.specific_class.get_resolver().resolve("/" + "/".join(rest) + "/")
                    return current, consumed, True
                except Http404:
                    pass
            child = next((page for page in pages if page.depth == current.depth + 1
                          and page.slug == rest[0] and page.path.startswith(current.path)), None)
            if child is None:
                break  # not among `pages`
            # As Wagtail's routing leaves it: the parent of its own class, here with its own
            # fields read only if used.
            child._cached_parent_obj = current if current is self else current.specific_deferred
            current, consumed = child, consumed + 1
        return current, consumed, False

    def clean(self):
        super().clean()
        if self.lead_story_id and self.pk and not self.lead_story.is_descendant_of(self):
            raise ValidationError({"lead_story": _("Choose an article of this portal.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The sections in the menu, from the pages the process remembers (selectors.site_pages):
        # the blocks show their title and address only.
        sections = [page for page in selectors.site_pages(root=self)
                    if page.depth == self.depth + 1 and page.live and page.show_in_menus
                    and not page.private and issubclass(page.specific_class, SectionPage)]
        # The newest of the portal and of each section, with their pictures, in one query
        # after each listing's ids (#9).
        latest, *blocks = selectors.articles_newest([(self, 9), *((s, 5) for s in sections)])
        # Through the site-scoped selector: a lead story must be live, public and on this site.
        lead = (
            selectors.as_cards(selectors.articles_live(root=self))
            .filter(pk=self.lead_story_id).first()
            if self.lead_story_id
            else None
        )
        if lead is None:
            lead = next((a for a in latest if a.featured_image_id), latest[0] if latest else None)
        context["lead_story"] = lead
        context["latest_articles"] = [a for a in latest if a != lead][:8]
        context["section_blocks"] = list(zip(sections, blocks, strict=True))
        return context


class SectionPage(CachedPageMixin, FeedRoutesMixin, Page):
    """A section (chuyên mục); sections may hold one level of subsections."""

    intro = models.TextField(_("section introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    base_form_class = PageForm
    parent_page_types = ["news.HomePage", "news.SectionPage"]
    subpage_types = ["news.SectionPage", "news.ArticlePage"]

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("section")

    @staticmethod
    def _is_subsection(page):
        return isinstance(page.specific, SectionPage) and isinstance(
            page.get_parent().specific, SectionPage
        )

    @classmethod
    def can_create_at(cls, parent):
        # One level of subsections only: "Tin tức" > "Tin trong tỉnh", never deeper.
        return super().can_create_at(parent) and not cls._is_subsection(parent)

    def can_move_to(self, parent):
        if not super().can_move_to(parent) or self._is_subsection(parent):
            return False
        has_subsections = self.get_children().type(SectionPage).exists()
        return not (has_subsections and isinstance(parent.specific, SectionPage))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(selectors.articles_paged(root=self), ARTICLES_PER_PAGE)
        articles = paginator.get_page(request.GET.get("page"))
        context["articles"] = articles
        context["page_range"] = paginator.get_elided_page_range(articles.number)
        context["subsections"] = selectors.public(self.get_children().live().type(SectionPage))
        return context


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )

    class Meta:
        # A tag's newest articles, for "Tin liên quan" (selectors.articles_related, #9).
        indexes = [models.Index(fields=["tag", "content_object"], name="news_tag_newest")]


class ArticlePage(CachedPageMixin, Page):
    """A news article: kicker, title, lead, body, byline, dates, tags and view count."""

    kicker = models.CharField(_("kicker"), max_length=255, blank=True)
    lead = models.TextField(
        _("lead"), help_text=_("The opening paragraph, shown in bold under the title.")
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    author_name = models.CharField(_("author"), max_length=120)
    author_unit = models.CharField(_("author's unit"), max_length=255, blank=True)
    source = models.CharField(_("source"), max_length=255, blank=True)
    published_at = models.DateTimeField(
        _("published at"), null=True, blank=True,
        help_text=_("Leave empty to use the time the article is first published."),
    )
    updated_at = models.DateTimeField(
        _("updated at"), null=True, blank=True,
        help_text=_(
            "Set when the title, lead or body of a published article changes; the page then "
            "shows “Updated”. Clear it to hide that line."
        ),
    )
    featured_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL, verbose_name=_("featured image"), null=True,
        blank=True, on_delete=models.SET_NULL, related_name="+",
    )
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("tags"))
    view_count = models.PositiveBigIntegerField(_("view count"), default=0, editable=False)
    # Kept by bantin.engagement as readers' feedback is published or withdrawn: the page reads
    # the feedback only when there is some.
    published_feedback = models.PositiveIntegerField(_("published feedback"), default=0,
                                                     editable=False)
    # The paths of the home page, section and subsection listing the article while it is live
    # and public: each listing reads its own index in order (news/listing.py).
    listed_home = models.CharField(max_length=255, null=True, editable=False)
    listed_section = models.CharField(max_length=255, null=True, editable=False)
    listed_subsection = models.CharField(max_length=255, null=True, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("kicker"),
        FieldPanel("lead"),
        FieldPanel("featured_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("author_name"), FieldPanel("author_unit")]),
             FieldPanel("source")],
            heading=_("Author and source"),
        ),
        FieldRowPanel([FieldPanel("published_at"), FieldPanel("updated_at")]),
        FieldPanel("tags"),
        InlinePanel("related_links", label=_("Related news")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("published_at"),
    ]
    base_form_class = ArticlePageForm
    parent_page_types = ["news.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("article")
        # Newest first, for every listing (#9): the site's, a section's, a subsection's, and
        # all articles'. page_ptr breaks ties, as the listings do.
        indexes = [
            models.Index(fields=[field, "published_at", "page_ptr"], name=f"news_{field}")
            for field in listing.FIELDS.values()
        ] + [models.Index(fields=["published_at", "page_ptr"], name="news_articles_newest")]

    def clean(self):
        super().clean()
        # A grace of a few minutes covers clocks that differ slightly between machines.
        if self.published_at and self.published_at > timezone.now() + timedelta(minutes=5):
            raise ValidationError({"published_at": _(
                "The publication time cannot be in the future; use the go-live time in the "
                "settings tab to publish later."
            )})

    def save(self, *args, **kwargs):
        if self.live and self.published_at is None:
            self.published_at = self.first_published_at or timezone.now()
        if self.path:
            listed = self.live and listing.is_public(self.path)
            for field, value in listing.keys(self.path, listed=listed).items():
                setattr(self, field, value)
            fields = kwargs.get("update_fields")
            if fields is not None and {"live", "path"} & set(fields):
                kwargs["update_fields"] = {*fields, *listing.FIELDS.values()}
        super().save(*args, **kwargs)

    def with_content_json(self, content):
        """The page as a revision has it, with the counters of the database: a revision's copy
        of them is stale, and publishing it must not take readers' views or feedback back."""
        page = super().with_content_json(content)
        counted = ArticlePage.objects.filter(pk=self.pk).values_list(
            "view_count", "published_feedback").first()
        page.view_count, page.published_feedback = counted or (0, 0)
        return page

    @property
    def byline(self):
        """Return "CTV Ngọc Minh, VPTU": the author, then the unit if any."""
        return ", ".join(part for part in (self.author_name, self.author_unit) if part)

    @property
    def shows_update(self):
        return bool(self.updated_at and self.published_at and self.updated_at > self.published_at)

    @property
    def section(self):
        return self.get_parent().specific

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read once for the page, the related list and the structured data (#9). Iterated:
        # in previews, tags are an in-memory cluster.
        # `has_tags`: known from the routing query (HomePage.route), if it read the article.
        context["tags"] = tags = (list(self.tags.all()) if getattr(self, "has_tags", True)
                                  else [])
        if self.featured_image_id:
            # The picture and its renditions (Open Graph, JSON-LD) in two queries.
            prefetch_related_objects([self], "featured_image__renditions")
        site = Site.find_for_request(request)
        home = site.root_page if site and self.is_descendant_of(site.root_page) else None
        context["related_articles"] = selectors.articles_related(article=self, home=home,
                                                                 tags=tags, limit=5)
        context["other_articles"] = selectors.articles_other(article=self, limit=8)
        return context

    def get_sitemap_urls(self, request=None):
        return [
            {
                "location": self.get_full_url(request),
                "lastmod": self.updated_at or self.published_at,
            }
        ]


class RelatedArticle(Orderable):
    """An article an editor picked as related to another."""

    page = ParentalKey(ArticlePage, related_name="related_links", on_delete=models.CASCADE)
    article = models.ForeignKey(
        ArticlePage, verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")


class StandardPage(CachedPageMixin, Page):
    """A plain page: "Giới thiệu" (functions, organisation, leaders), "Liên hệ" and the like."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StandardBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    base_form_class = PageForm
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["news.HomePage", "news.StandardPage"]
    subpage_types = ["news.StandardPage"]

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information page")


class SiteMapPage(CachedPageMixin, Page):
    """The HTML site map ("Sơ đồ cổng"): every section and plain page of this portal."""

    parent_page_types = ["news.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("site map")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tree"] = selectors.page_tree(root=self.get_parent())
        return context
