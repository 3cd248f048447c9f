"""StreamField blocks of article and plain-page bodies."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul", "h2", "h3", "document-link"]


class CaptionedImageBlock(blocks.StructBlock):
    """A photo with its caption and credit; the alt text comes from the image's description."""

    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=500)
    credit = blocks.CharBlock(label=_("photo credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Captioned image")
        template = "news/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("speaker"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "news/blocks/quote.html"


class VideoBlock(blocks.StructBlock):
    """A video clip from the portal's own library (self-hosted: no third-party player)."""

    clip = SnippetChooserBlock("news.VideoClip", label=_("video"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=500)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "news/blocks/video.html"


class LeaderBlock(blocks.StructBlock):
    """A leader of the agency on its "Giới thiệu" page."""

    photo = ImageChooserBlock(label=_("image"), required=False)
    name = blocks.CharBlock(label=_("full name"), max_length=120)
    position = blocks.CharBlock(label=_("position"), max_length=255)
    duties = blocks.TextBlock(label=_("assigned duties"), required=False)

    class Meta:
        icon = "user"
        label = _("Leader")
        template = "news/blocks/leader.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=PARAGRAPH_FEATURES)
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    figures = TableBlock(
        label=_("Figures table"),
        icon="table",
        template="news/blocks/figures_table.html",
        table_options={"startRows": 3, "startCols": 3},
    )


class StandardBodyBlock(ArticleBodyBlock):
    leader = LeaderBlock()
