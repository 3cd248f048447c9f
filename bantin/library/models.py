"""The register of official documents ("văn bản") each portal publishes, and their files.

A document's number is checked and written in its canonical form by numbers.parse; what the
number says (its value, type, issuer, system) is kept in columns of its own for filtering.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from bantin.core.text import fold_vi, slugify_vi
from bantin.library import files, numbers


def number_key(number):
    """Return a DocumentNumber (or its text) folded to letters and digits: "50-NQ/ĐUK" and
    "50/NQ-ĐUK" both give "50nqduk", so a number is found however its separators are typed."""
    return "".join(c for c in fold_vi(str(number)) if c.isalnum())


class DocumentQuerySet(models.QuerySet):
    def public(self, site):
        """The documents of `site` that readers may see: never the restricted ones."""
        return self.filter(site=site, restricted=False)


class Document(ClusterableModel):
    """One entry of a portal's register: a resolution, directive, conclusion, decision…"""

    IN_FORCE, REPLACED, EXPIRED = "in_force", "replaced", "expired"
    STATUSES = [(IN_FORCE, _("In force")), (REPLACED, _("Replaced by another document")),
                (EXPIRED, _("No longer in force"))]
    # Fields of work as a Party committee divides them. A fixed list rather than a model per
    # site: the division is set by the Party's rules, the same for every committee, so each
    # portal would type the same names again; a fixed list also keeps filter addresses stable.
    FIELDS = [
        ("organisation", _("Organisation, cadres and Party members")),
        ("inspection", _("Inspection, supervision and Party discipline")),
        ("propaganda", _("Propaganda and political education")),
        ("mass_mobilisation", _("Mass mobilisation")),
        ("internal_affairs", _("Internal affairs and anti-corruption")),
        ("economy", _("Economic and social development")),
        ("defence", _("Defence and security")),
        ("general", _("General leadership and administration")),
    ]

    site = models.ForeignKey("wagtailcore.Site", verbose_name=_("portal"),
                             on_delete=models.CASCADE, related_name="+")
    number = models.CharField(
        _("number and symbol"), max_length=numbers.LONGEST,
        help_text=_("As printed on the document, e.g. 50-NQ/ĐUK, 959/QĐ-UBND, 42/2022/NĐ-CP."))
    kind = models.CharField(
        _("type of document"), max_length=60,
        help_text=_("As the document names itself: Nghị quyết, Quy định, Quyết định…"))
    issuing_body = models.CharField(_("issuing body"), max_length=255)
    issued_on = models.DateField(_("date of issue"))
    effective_on = models.DateField(_("in force from"), null=True, blank=True)
    signer = models.CharField(_("signed by"), max_length=255, blank=True)
    summary = models.TextField(_("summary of contents"))
    field = models.CharField(_("field of work"), max_length=30, choices=FIELDS, blank=True)
    status = models.CharField(_("validity"), max_length=20, choices=STATUSES, default=IN_FORCE)
    replaced_by = models.ForeignKey(
        "self", verbose_name=_("replaced by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="replaces")
    restricted = models.BooleanField(
        _("confidential or internal circulation only"), default=False,
        help_text=_("Kept in the register for staff; never shown to readers."))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # Read from the number and the date on every save (blank only until then).
    number_value = models.PositiveIntegerField(editable=False, blank=True)
    type = models.CharField(max_length=10, editable=False, blank=True)
    issuer = models.CharField(max_length=numbers.LONGEST, editable=False, blank=True)
    system = models.CharField(max_length=10, editable=False, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), editable=False, blank=True)
    number_key = models.CharField(max_length=numbers.LONGEST, editable=False, blank=True,
                                  db_index=True)
    search_text = models.TextField(editable=False, blank=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("official document")
        verbose_name_plural = _("official documents")
        ordering = ["-issued_on", "-pk"]
        # Party documents are numbered anew each term and state ones each year, so a number
        # may come back in another year, never twice in one.
        constraints = [models.UniqueConstraint(
            fields=["site", "number", "year"], name="one_number_per_site_and_year",
            violation_error_message=_("The register already holds a document with this number "
                                      "issued in the same year."))]
        indexes = [models.Index(fields=["site", "restricted", "-issued_on"],
                                name="library_public_newest")]

    def __str__(self):
        return _("%(kind)s no. %(number)s") % {"kind": self.kind, "number": self.number}

    @property
    def slug(self):
        return slugify_vi(f"{self.kind} {self.number}".replace("/", " "))

    def get_absolute_url(self):
        return reverse("library_document", args=[self.pk, self.slug])

    def get_sitemap_urls(self, request=None):
        return [{"location": self.site.root_url + self.get_absolute_url(),
                 "lastmod": self.updated_at}]

    def _derive(self, parsed):
        self.number = str(parsed)
        self.number_value, self.type, self.issuer = parsed.number, parsed.type, parsed.issuer
        self.system, self.number_key = parsed.system, number_key(parsed)
        if self.issued_on:
            self.year = self.issued_on.year

    def clean(self):
        errors = {}
        try:
            parsed = numbers.parse(self.number)
        except ValueError as error:
            errors["number"] = str(error)
        else:
            self._derive(parsed)
            if parsed.year and self.issued_on and parsed.year != self.issued_on.year:
                errors["issued_on"] = _("The number gives the year %(year)s: the date of issue "
                                        "must fall in it.") % {"year": parsed.year}
        if self.effective_on and self.issued_on and self.effective_on < self.issued_on:
            errors["effective_on"] = _("A document comes into force on or after its date of "
                                       "issue.")
        if self.replaced_by_id:
            if self.replaced_by_id == self.pk:
                errors["replaced_by"] = _("A document cannot replace itself.")
            elif self.replaced_by.site_id != self.site_id:
                errors["replaced_by"] = _("The replacing document must be in the same portal's "
                                          "register.")
            if self.status != self.REPLACED:
                errors["status"] = _("A document replaced by another has the validity "
                                     "“Replaced by another document”.")
        if errors:
            raise ValidationError(errors)

    def validate_constraints(self, exclude=None):
        # `year` follows the date of issue and is in no form; check uniqueness all the same.
        super().validate_constraints(exclude=set(exclude or ()) - {"year"})

    def save(self, *args, **kwargs):
        self._derive(numbers.parse(self.number))
        self.search_text = fold_vi(" ".join([self.number_key, self.number, self.kind,
                                             self.summary, self.issuing_body, self.signer]))
        super().save(*args, **kwargs)


class DocumentAttachment(Orderable):
    """A file of a document (its full text, an annex), checked on upload (files.py)."""

    document = ParentalKey(Document, on_delete=models.CASCADE, related_name="attachments")
    title = models.CharField(_("title"), max_length=255,
                             help_text=_("For example: Full text, Annex I."))
    file = models.FileField(_("file"), upload_to=files.attachment_path, max_length=255,
                            storage=files.attachments_storage,
                            validators=[files.attachment_validate],
                            help_text=_("PDF, DOC, DOCX, XLS, XLSX, ODT or ODS."))
    extension = models.CharField(max_length=10, editable=False, blank=True)
    size = models.PositiveBigIntegerField(editable=False, default=0)

    class Meta(Orderable.Meta):
        verbose_name = _("attached file")
        verbose_name_plural = _("attached files")

    def __str__(self):
        return self.title

    @property
    def download_name(self):
        name = f"{self.document.number} {self.title}".replace("/", " ")
        return f"{slugify_vi(name)}.{self.extension}"

    def save(self, *args, **kwargs):
        if not self.file._committed:  # a new upload: storage is not asked again on each save
            self.extension, self.size = files.extension_of(self.file.name), self.file.size
        super().save(*args, **kwargs)
