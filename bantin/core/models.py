"""Site settings shown in every page's chrome, and the image model with required alternative text."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition, Image as WagtailImage


class PortalImage(AbstractImage):
    """A Wagtail image whose description (the alt text) is required: every image is described."""

    description = models.CharField(
        _("mô tả ảnh (văn bản thay thế)"),
        max_length=255,
        help_text=_("Mô tả nội dung ảnh cho người dùng trình đọc màn hình. Bắt buộc."),
    )

    admin_form_fields = WagtailImage.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("ảnh")
        verbose_name_plural = _("ảnh")

    @property
    def alt(self):
        return self.description


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """What a portal shows around its content: identity, slogan, footer and notices."""

    site_name = models.CharField(_("tên cổng"), max_length=120, default="Cổng thông tin điện tử")
    agency_name = models.CharField(
        _("tên đầy đủ của cơ quan"), max_length=255, blank=True,
        help_text=_("Hiện ở đầu trang, ví dụ: “Đảng bộ tỉnh …”."),
    )
    logo = models.ForeignKey(
        "core.PortalImage", verbose_name=_("biểu trưng"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    slogan = models.TextField(
        _("khẩu hiệu chạy ở đầu trang"), blank=True,
        help_text=_("Mỗi dòng một khẩu hiệu."),
    )
    footer_agency = models.CharField(_("cơ quan chủ quản"), max_length=255, blank=True)
    footer_address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    footer_phone = models.CharField(_("điện thoại"), max_length=60, blank=True)
    footer_email = models.EmailField(_("thư điện tử"), blank=True)
    footer_licence = models.CharField(
        _("giấy phép"), max_length=255, blank=True,
        help_text=_("Ví dụ: “Giấy phép số … do … cấp ngày …”."),
    )
    footer_responsible = models.CharField(
        _("người chịu trách nhiệm nội dung"), max_length=255, blank=True
    )
    visit_count_carried = models.PositiveBigIntegerField(
        _("số lượt truy cập đã có"), default=0,
        help_text=_("Số lượt truy cập chuyển từ cổng cũ; lượt truy cập mới được cộng thêm."),
    )
    maintenance_notice = models.TextField(
        _("thông báo bảo trì"), blank=True,
        help_text=_("Thông báo trước lịch tạm ngừng hoạt động; hiện trên mọi trang."),
    )
    maintenance_starts_at = models.DateTimeField(_("bắt đầu bảo trì"), null=True, blank=True)
    maintenance_ends_at = models.DateTimeField(_("kết thúc bảo trì"), null=True, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("agency_name"), FieldPanel("logo"),
             FieldPanel("slogan")],
            heading=_("Đầu trang"),
        ),
        MultiFieldPanel(
            [FieldPanel("footer_agency"), FieldPanel("footer_address"),
             FieldPanel("footer_phone"), FieldPanel("footer_email"),
             FieldPanel("footer_licence"), FieldPanel("footer_responsible")],
            heading=_("Chân trang"),
        ),
        MultiFieldPanel(
            [FieldPanel("maintenance_notice"), FieldPanel("maintenance_starts_at"),
             FieldPanel("maintenance_ends_at")],
            heading=_("Thông báo bảo trì"),
        ),
        FieldPanel("visit_count_carried"),
    ]

    class Meta:
        verbose_name = _("cấu hình cổng")

    @property
    def slogans(self):
        return [line.strip() for line in self.slogan.splitlines() if line.strip()]

    def maintenance_is_announced(self, now=None):
        """Return True while the notice should show: it has text and its window has not ended."""
        if not self.maintenance_notice.strip():
            return False
        now = now or timezone.now()
        return self.maintenance_ends_at is None or now < self.maintenance_ends_at
