"""Demo newsroom: one person per role on the demo province portal, and articles under review.

Run after `seed_demo` (news); a second run creates nothing new.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.html import format_html
from wagtail.models import Workflow
from wagtail.rich_text import RichText

from bantin.core.text import slugify_vi
from bantin.news import demo_text
from bantin.news.models import ArticlePage, HomePage, SectionPage
from bantin.newsroom import roles
from bantin.newsroom.bootstrap import WORKFLOW_NAME
from bantin.newsroom.models import Team

HOME_SLUG = "tinh-uy-dong-lam"
# username, full name, role, the sections (slugs) or, for the board, the site it works on
STAFF = (
    ("ctv.minhthu", "Minh Thư", roles.COLLABORATOR, ("tin-trong-tinh",)),
    ("pv.quocviet", "Quốc Việt", roles.REPORTER, ("tin-trong-tinh", "xay-dung-dang")),
    ("btv.haiyen", "Hải Yến", roles.EDITOR, ("tin-tuc", "xay-dung-dang")),
    ("bbt.thanhha", "Thanh Hà", roles.BOARD, ()),
    ("qt.vanphong", "Văn phòng", roles.ADMINISTRATOR, ()),
)


def _person(username, full_name, role, section_slugs, home, password):
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    if user is None:
        first, _, last = full_name.partition(" ")
        user = user_model.objects.create_user(username=username, password=password,
                                              email=f"{username}@donglam.example.vn",
                                              first_name=first, last_name=last)
    groups = [Group.objects.get(name=role)]
    pages = [SectionPage.objects.descendant_of(home).get(slug=slug) for slug in section_slugs]
    if role == roles.BOARD:
        pages = [home]
    groups += [Team.objects.get(page=page, role=role).group for page in pages]
    user.groups.add(*groups)
    return user


def newsroom_demo_build(*, password, seed=2024):
    """Create the demo staff and three articles in review; yield one line per thing made."""
    home = HomePage.objects.get(slug=HOME_SLUG)
    people = {role: _person(username, name, role, sections, home, password)
              for username, name, role, sections in STAFF}
    for username, _name, role, _sections in STAFF:
        yield f"{role}: {username}"
    section = SectionPage.objects.descendant_of(home).get(slug="tin-trong-tinh")
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    writers = (people[roles.COLLABORATOR], people[roles.REPORTER], people[roles.COLLABORATOR])
    for number, (item, writer) in enumerate(
        zip(demo_text.generate_articles(seed=seed + 7, count=3), writers, strict=True)
    ):
        if ArticlePage.objects.filter(title=item.title).exists():
            continue
        article = section.add_child(instance=ArticlePage(
            title=item.title, slug=slugify_vi(item.title), lead=item.lead, live=False,
            author_name=writer.get_full_name(), owner=writer,
            body=[("paragraph", RichText(format_html("<p>{}</p>", p))) for p in item.paragraphs],
        ))
        article.save_revision(user=writer)
        state = workflow.start(article, writer)
        if number == 0:  # one has passed the editors and waits for the board
            task_state = state.current_task_state
            task_state.task.specific.on_action(task_state, people[roles.EDITOR], "approve")
        yield f"bài chờ duyệt: {item.title[:40]}"
