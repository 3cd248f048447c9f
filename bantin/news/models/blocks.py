"""StreamField blocks of article and plain-page bodies."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul", "h2", "h3", "document-link"]


class CaptionedImageBlock(blocks.StructBlock):
    """A photo with its caption and credit; the alt text comes from the image's description."""

    image = ImageChooserBlock(label=_("ảnh"))
    caption = blocks.CharBlock(label=_("chú thích"), required=False, max_length=500)
    credit = blocks.CharBlock(label=_("nguồn ảnh"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Ảnh có chú thích")
        template = "news/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("trích dẫn"))
    attribution = blocks.CharBlock(label=_("người phát biểu"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Trích dẫn")
        template = "news/blocks/quote.html"


class VideoBlock(blocks.StructBlock):
    """A video clip from the portal's own library (self-hosted: no third-party player)."""

    clip = SnippetChooserBlock("news.VideoClip", label=_("video"))
    caption = blocks.CharBlock(label=_("chú thích"), required=False, max_length=500)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "news/blocks/video.html"


class LeaderBlock(blocks.StructBlock):
    """A leader of the agency on its "Giới thiệu" page."""

    photo = ImageChooserBlock(label=_("ảnh"), required=False)
    name = blocks.CharBlock(label=_("họ và tên"), max_length=120)
    position = blocks.CharBlock(label=_("chức vụ"), max_length=255)
    duties = blocks.TextBlock(label=_("nhiệm vụ được phân công"), required=False)

    class Meta:
        icon = "user"
        label = _("Lãnh đạo")
        template = "news/blocks/leader.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("Đoạn văn"), features=PARAGRAPH_FEATURES)
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    figures = TableBlock(
        label=_("Bảng số liệu"),
        icon="table",
        template="news/blocks/figures_table.html",
        table_options={"startRows": 3, "startCols": 3},
    )


class StandardBodyBlock(ArticleBodyBlock):
    leader = LeaderBlock()
