"""From a briefing record to a draft article (#11, point 5): what the draft says (the chair with
the title held that day, the period, figures the Vietnamese way with their change, the
shortcomings, the numbered conclusions citing their documents), what it leaves out (anything
internal), how it is saved (a draft revision owned by the office's writer, linked both ways,
made once), who may make it, and how an internal record keeps it from ever being published."""

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from bantin.briefings import article, services
from bantin.briefings.factories import (
    BriefingFactory,
    ConclusionFactory,
    IndicatorFactory,
    UnitReportFactory,
)
from bantin.library import references
from bantin.library.models import Document
from bantin.news.models import ArticlePage
from bantin.newsroom import roles
from bantin.newsroom.bootstrap import WORKFLOW_NAME
from bantin.newsroom.models import Team
from tests.conftest import signed_in
from tests.newsroom.conftest import make_staff

INTERNAL_RESULT = "Kết quả xác minh tài sản ở xã Yên Khoái chưa công bố"
INTERNAL_CONCLUSION = "Chuẩn bị phương án nhân sự khóa mới, không đưa tin"


def document(site, number, kind, issued_on, *, restricted=False):
    return Document.objects.create(
        site=site, number=number, kind=kind, issuing_body="Ban Thường vụ Tỉnh ủy",
        issued_on=issued_on, summary=f"Nội dung tóm tắt {number}", restricted=restricted)


@pytest.fixture
def record(briefing, units, portal):
    """The conftest's briefing with two submitted reports (one internal), a draft report, an
    internal conclusion and documents cited by the first conclusion (one restricted)."""
    public = UnitReportFactory(
        briefing=briefing, unit=units["propaganda"],
        results="Tổ chức 45 hội nghị báo cáo viên.\nRa mắt chuyên trang điện tử mới.",
        shortcomings="Tin bài ở cơ sở còn chậm.")
    IndicatorFactory(report=public, name="Số tin, bài tuyên truyền", value=Decimal("1234.5"),
                     measure="tin, bài", previous_value=Decimal("1000"))
    IndicatorFactory(report=public, name="Tỷ lệ chi bộ học tập chuyên đề",
                     value=Decimal("95.5"), measure="%", previous_value=Decimal("93"))
    IndicatorFactory(report=public, name="Số hội nghị trực tuyến", value=Decimal("8"),
                     measure="hội nghị", previous_value=Decimal("10"))
    IndicatorFactory(report=public, name="Số chuyên đề mới", value=Decimal("3"),
                     measure="chuyên đề", previous_value=None)
    hidden = UnitReportFactory(briefing=briefing, unit=units["organisation"], internal=True,
                               results=INTERNAL_RESULT, shortcomings="Thiếu sót nội bộ.")
    IndicatorFactory(report=hidden, name="Số cán bộ dự nguồn", value=77)
    UnitReportFactory(briefing=briefing, unit=units["bloc"], submitted_at=None,
                      results="Bản nháp chưa gửi văn phòng")
    ConclusionFactory(briefing=briefing, number=3, lead_unit=units["organisation"],
                      text=INTERNAL_CONCLUSION, internal=True)
    first = briefing.conclusions.get(number=1)
    first.documents.set([
        document(portal["site"], "35-NQ/TU", "Nghị quyết", date(2025, 3, 14)),
        document(portal["site"], "14-CT/TU", "Chỉ thị", date(2024, 11, 5), restricted=True)])
    first.save()
    services.tasks_sync(briefing)
    return briefing


@pytest.fixture
def writer(people, portal):
    """The office's staff member, also a reporter of "Tin trong tỉnh" in the newsroom."""
    user = people["office"]
    user.groups.add(Team.objects.get(page=portal["sections"]["local"], role=roles.REPORTER).group)
    return user


def editor_form(page, **extra):
    """What the article's editor posts back, unchanged, with `extra` (the button pressed)."""
    return nested_form_data({
        "title": page.title, "slug": page.slug, "kicker": page.kicker, "lead": page.lead,
        "author_name": page.author_name, "author_unit": page.author_unit, "source": "",
        "body": streamfield([("paragraph", rich_text(str(page.body[0].value)))]),
        "related_links": inline_formset([]), "tags": "", **extra})


def body_html(draft):
    return "".join(str(value) for _kind, value in draft.body)


@pytest.fixture
def made(record, writer, portal):
    draft = article.article_create(briefing=record, section=portal["sections"]["local"],
                                   user=writer)[0]
    record.refresh_from_db()
    return draft


def test_the_lead_names_the_chair_with_the_title_held_that_day_and_the_period(record):
    record.chair.title = "Bí thư Tỉnh ủy"  # promoted since: the meeting keeps its own title
    record.chair.save()
    draft = article.draft_of(record)
    previous = str(record.period).replace("Quý", "quý")
    assert draft.lead == (f"Ngày {record.held_on:%d/%m/%Y}, tại Hội trường Tỉnh ủy, đồng chí "
                          f"Trần Minh Chủ, Phó Bí thư Thường trực, chủ trì giao ban định kỳ "
                          f"đánh giá kết quả {previous}.")
    assert draft.kicker == f"Giao ban định kỳ {previous}"
    assert draft.title == record.title


def test_figures_read_the_vietnamese_way_with_their_change_on_the_period_before(record):
    html = body_html(article.draft_of(record))
    before = str(record.period.previous()).replace("Quý", "quý")
    assert (f"Số tin, bài tuyên truyền: 1.234,5 tin, bài, tăng 234,5 tin, bài (23,5%) so với "
            f"{before}.") in html
    assert f"Tỷ lệ chi bộ học tập chuyên đề: 95,5%, tăng 2,5 điểm phần trăm so với {before}." \
        in html
    assert f"Số hội nghị trực tuyến: 8 hội nghị, giảm 2 hội nghị (20%) so với {before}." in html
    assert "Số chuyên đề mới: 3 chuyên đề.</li>" in html
    assert "<p><b>Ban Tuyên giáo Tỉnh ủy:</b> Tổ chức 45 hội nghị báo cáo viên.</p>" in html
    assert "<h2>Hạn chế, tồn tại</h2>" in html and "Tin bài ở cơ sở còn chậm." in html


def test_nothing_internal_or_unsubmitted_reaches_the_draft(record):
    html = body_html(article.draft_of(record))
    for hidden in (INTERNAL_RESULT, "Thiếu sót nội bộ", "Số cán bộ dự nguồn", "Ban Tổ chức Tỉnh "
                   "ủy:", INTERNAL_CONCLUSION, "Bản nháp chưa gửi", "14-CT/TU"):
        assert hidden not in html
    # The public conclusions, numbered, with their lead units, helpers and deadlines.
    second = record.conclusions.get(number=2)
    assert html.count("<li>Tổ chức tuyên truyền") == 1
    assert (f"Rà soát quy hoạch cán bộ diện Ban Thường vụ quản lý (chủ trì: Ban Tổ chức Tỉnh "
            f"ủy; phối hợp: Ban Tuyên giáo Tỉnh ủy; thời hạn: {second.deadline:%d/%m/%Y}).") \
        in html
    assert html.index("<ol>") < html.index("Tổ chức tuyên truyền") < html.index("Rà soát")


def test_documents_are_cited_by_number_for_the_librarys_linker(record, portal):
    html = body_html(article.draft_of(record))
    assert "Thực hiện theo Nghị quyết số 35-NQ/TU ngày 14/03/2025 của Ban Thường vụ Tỉnh ủy." \
        in html
    linked = references.link(html, site=portal["site"])
    cited = Document.objects.get(number="35-NQ/TU")
    assert f'<a class="citation" href="{cited.get_absolute_url()}"' in linked


def test_the_draft_is_a_revision_owned_by_its_writer_and_linked_both_ways(record, writer, portal):
    made, created = article.article_create(briefing=record, section=portal["sections"]["local"],
                                           user=writer)
    made.refresh_from_db()
    record.refresh_from_db()
    assert created and not made.live and made.has_unpublished_changes
    assert made.get_parent().pk == portal["sections"]["local"].pk
    assert made.owner == writer and made.author_name == writer.get_full_name()
    assert made.author_unit == "Văn phòng Tỉnh ủy"
    revision = made.latest_revision
    assert revision is not None and revision.user == writer
    assert revision.as_object().lead == article.lead_of(record)
    assert record.article == made and made.briefing == record
    # Its editor links back to the record.
    response = signed_in(writer).get(reverse("wagtailadmin_pages:edit", args=[made.pk]))
    assert response.status_code == 200
    back = reverse("wagtailsnippets_briefings_briefing:edit", args=[record.pk])
    assert f'href="{back}"' in response.content.decode()


def test_running_it_again_goes_to_the_same_article(record, writer, portal):
    client, url = signed_in(writer), reverse("briefings_article", args=[record.pk])
    section = portal["sections"]["local"].pk
    first = client.post(url, {"section": section})
    made = ArticlePage.objects.get(briefing=record)
    assert first.url == reverse("wagtailadmin_pages:edit", args=[made.pk])
    count = ArticlePage.objects.count()
    assert client.get(url).url == first.url
    assert client.post(url, {"section": portal["sections"]["party"].pk}).url == first.url
    again, created = article.article_create(briefing=record, section=portal["sections"]["party"],
                                            user=writer)
    assert again == made and not created and ArticlePage.objects.count() == count


def test_an_internal_briefing_makes_no_article(record, writer, portal):
    record.internal = True
    record.save()
    with pytest.raises(ValidationError, match="Cuộc họp này là nội bộ"):
        article.draft_of(record)
    with pytest.raises(ValidationError, match="Cuộc họp này là nội bộ"):
        article.article_create(briefing=record, section=portal["sections"]["local"], user=writer)
    client = signed_in(writer)
    response = client.post(reverse("briefings_article", args=[record.pk]),
                           {"section": portal["sections"]["local"].pk}, follow=True)
    assert "Cuộc họp này là nội bộ" in response.content.decode()
    record.refresh_from_db()
    assert record.article is None and not ArticlePage.objects.filter(title=record.title).exists()


def test_a_section_of_another_portal_is_refused(record, writer, other_portal, admin_user):
    with pytest.raises(ValidationError, match="Chọn một chuyên mục"):
        article.article_create(briefing=record, section=other_portal["section"], user=admin_user)
    response = signed_in(writer).post(reverse("briefings_article", args=[record.pk]),
                                      {"section": other_portal["section"].pk})
    assert response.status_code == 200
    assert "Chọn một trong các chuyên mục được liệt kê" in response.content.decode()
    record.refresh_from_db()
    assert record.article is None


def test_the_form_offers_only_the_sections_the_writer_may_add_to(record, writer, portal):
    response = signed_in(writer).get(reverse("briefings_article", args=[record.pk]))
    options = list(response.context["form"].fields["section"].queryset)
    assert options == [portal["sections"]["local"]]
    assert "Tin tức › Tin trong tỉnh" in response.content.decode()


def test_the_list_of_briefings_offers_to_make_the_article_then_to_open_it(record, writer, portal):
    client, listing = signed_in(writer), reverse("wagtailsnippets_briefings_briefing:list")
    make = reverse("briefings_article", args=[record.pk])
    assert f'href="{make}"' in client.get(listing).content.decode()
    made, _created = article.article_create(briefing=record, section=portal["sections"]["local"],
                                            user=writer)
    page = client.get(listing).content.decode()
    assert f'href="{make}"' not in page
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[made.pk])}"' in page


def test_unit_staff_may_not_make_the_article(record, people, portal):
    client, url = signed_in(people["propaganda"]), reverse("briefings_article", args=[record.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"section": portal["sections"]["local"].pk}).status_code == 403
    assert ArticlePage.objects.filter(briefing=record).count() == 0


def test_the_draft_goes_through_the_newsroom_review_and_is_published_with_its_links(
        record, writer, portal, client, django_capture_on_commit_callbacks):
    made, _created = article.article_create(briefing=record,
                                            section=portal["sections"]["local"], user=writer)
    editor = make_staff("btv", roles.EDITOR, portal["sections"]["local"])
    board = make_staff("bbt", roles.BOARD, portal["home"])
    Workflow.objects.get(name=WORKFLOW_NAME).start(made, writer)
    with django_capture_on_commit_callbacks(execute=True):  # the search index, after commit
        for reviewer in (editor, board):
            made.refresh_from_db()
            state = made.current_workflow_task_state
            state.task.specific.on_action(state, reviewer, "approve")
    made.refresh_from_db()
    assert made.live
    page = client.get(made.url).content.decode()
    cited = Document.objects.get(number="35-NQ/TU")
    assert f'href="{cited.get_absolute_url()}"' in page and INTERNAL_CONCLUSION not in page


def test_readers_reach_only_the_published_article(record, made, admin_user, client,
                                                  django_capture_on_commit_callbacks):
    """The public half of keeping the record's internal parts in (#11, point 6): the article
    page and the search show its public text only, and the record's pages are staff's."""
    with django_capture_on_commit_callbacks(execute=True):
        made.latest_revision.publish(user=admin_user)
    made.refresh_from_db()
    page = client.get(made.url).content.decode()
    assert "Tổ chức 45 hội nghị báo cáo viên" in page
    for hidden in (INTERNAL_RESULT, INTERNAL_CONCLUSION, "Số cán bộ dự nguồn"):
        assert hidden not in page
    def found(words):
        hits = client.get("/tim-kiem/", {"q": words}).context["hits"]
        return [hit.entry.page_id for hit in hits]

    assert found("hội nghị báo cáo viên") == [made.pk]
    assert found("Khoái") == []  # a word of the internal report only
    for name in ("briefings_article", "briefings_status"):
        response = client.get(reverse(name, args=[record.pk]))
        assert response.status_code == 302 and "/login/" in response.url


def test_an_article_of_an_internal_briefing_is_never_published(record, made, admin_user):
    record.internal = True
    record.full_clean()  # a draft out of review: the briefing may become internal
    record.save()
    with pytest.raises(ValidationError, match="nội bộ"):
        made.latest_revision.publish(user=admin_user)
    made.refresh_from_db()
    assert not made.live
    client, edit = signed_in(admin_user), reverse("wagtailadmin_pages:edit", args=[made.pk])
    revisions = made.revisions.count()
    for action in ("action-publish", "action-submit"):
        response = client.post(edit, editor_form(made, **{action: "1"}))
        assert response.status_code == 302 and response.url == edit
        shown = [str(m) for m in get_messages(response.wsgi_request)]
        assert "Bài viết này được tạo từ một cuộc họp nội bộ: không thể gửi duyệt hay xuất bản." \
            in shown
    made.refresh_from_db()
    assert not made.live and not made.workflow_in_progress
    assert made.revisions.count() == revisions  # refused before anything was saved
    assert client.post(edit, editor_form(made)).status_code == 302  # a draft may still be saved
    assert made.revisions.count() == revisions + 1


def test_the_briefing_is_not_marked_internal_while_its_article_is_live_or_under_review(
        record, made, writer, admin_user):
    Workflow.objects.get(name=WORKFLOW_NAME).start(made, writer)
    record.internal = True
    with pytest.raises(ValidationError, match="đang chờ duyệt hoặc đã hẹn giờ đăng"):
        record.full_clean()
    made.current_workflow_state.cancel(user=admin_user)
    made.latest_revision.publish(user=admin_user)
    record.refresh_from_db()
    record.internal = True
    with pytest.raises(ValidationError, match="đang được đăng"):
        record.full_clean()


def test_the_list_of_briefings_asks_who_is_in_the_office_once_not_per_row(
        record, writer, portal):
    """Its "Make an article" buttons need the portals whose office the user works in: asked
    once for the page, however many briefings it lists."""
    client, listing = signed_in(writer), reverse("wagtailsnippets_briefings_briefing:list")
    BriefingFactory(site=portal["site"], chair=record.chair)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(listing).status_code == 200
        return len(captured)

    two = queries()
    BriefingFactory.create_batch(8, site=portal["site"], chair=record.chair)
    assert queries() == two


def shown_back(form):
    """The POST data of a rendered admin form and its formsets, as shown: posting it back
    changes nothing."""
    data = {}
    for each in [form, *(part for formset in form.formsets.values()
                         for part in (formset.management_form, *formset.forms))]:
        for field in each:
            value = field.value()
            if isinstance(value, list | tuple):
                data[field.html_name] = [str(item) for item in value]
            elif value is True:
                data[field.html_name] = "on"
            elif value not in (None, False):
                data[field.html_name] = str(value)
    return data


def report_post(**fields):
    """The unit's report form, its figures kept as they are, with `fields` changed."""
    return {"results": "Tổ chức 45 hội nghị báo cáo viên.", "shortcomings": "",
            "proposals": "", "chi-tieu-TOTAL_FORMS": "0", "chi-tieu-INITIAL_FORMS": "0",
            "chi-tieu-MIN_NUM_FORMS": "0", "chi-tieu-MAX_NUM_FORMS": "100", **fields}


def test_a_report_in_the_article_is_not_made_internal_while_the_article_exists(
        record, made, units, people):
    """The article's text is what it was made with: a report marked internal afterwards would be
    published all the same. Refused in the unit's form and by the service behind it."""
    unit, client = units["propaganda"], signed_in(people["propaganda"])
    url = reverse("briefings_report", args=[record.pk, unit.pk])
    response = client.post(url, report_post(internal="on"))
    assert response.status_code == 200
    assert response.context["form"].errors["internal"][0] in response.content.decode()
    with pytest.raises(ValidationError) as refused:
        services.report_save(briefing=record, unit=unit, user=people["propaganda"],
                             fields={"internal": True}, indicators=[], submit=False)
    assert "internal" in refused.value.message_dict
    report = record.reports.get(unit=unit)
    assert not report.internal and report.indicators.count() == 4  # nothing half-saved
    # A report the article could not quote, never submitted, may still become internal.
    draft = record.reports.get(unit=units["bloc"])
    draft.internal = True
    draft.full_clean()
    # So may any once the article is deleted: a new one leaves the report out.
    made.delete()
    assert client.post(url, report_post(internal="on")).status_code == 302
    assert record.reports.get(unit=unit).internal


def test_a_conclusion_in_the_article_is_not_made_internal_while_the_article_exists(
        record, made, people):
    client = signed_in(people["office"])
    edit = reverse("wagtailsnippets_briefings_briefing:edit", args=[record.pk])

    def post_marking_internal(number):
        data = shown_back(client.get(edit).context["form"])
        row = next(key.removesuffix("-number") for key, value in data.items()
                   if key.startswith("conclusions-") and key.endswith("-number")
                   and value == str(number))
        data[f"{row}-internal"] = "on"
        return client.post(edit, data)

    response = post_marking_internal(1)
    assert response.status_code == 200
    conclusions = response.context["form"].formsets["conclusions"].forms
    assert [bool(form.errors.get("internal")) for form in conclusions] \
        == [form.instance.number == 1 for form in conclusions]
    first = next(form for form in conclusions if form.instance.number == 1)
    assert first.errors["internal"][0] in response.content.decode()
    assert not record.conclusions.get(number=1).internal
    made.delete()
    assert post_marking_internal(1).status_code == 302
    assert record.conclusions.get(number=1).internal
