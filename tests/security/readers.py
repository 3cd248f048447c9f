"""The corpus through the reader forms of a running portal, as a browser sends them: with the
CSRF token from the page-state endpoint and a start token signed by the portal's own function;
and what was stored, published the way editors publish it."""

from django.contrib.auth import get_user_model
from django.utils import timezone

from bantin.engagement import antiabuse, moderation
from bantin.engagement.models import Feedback, PollBallot, Question
from tests.security.client import encoded, form

# The fields a reader fills in. The payload goes into all at once, answered with the form's
# page: every field's own checks run and every field shows its value again. And it goes alone
# into each field whose value is kept and shown, the others filled in well, to be stored if
# the form takes it (answered in JSON, as to the portal's script), and into the start token,
# checked only once the other fields pass.
FEEDBACK_FIELDS = ("name", "email", "message", "website", "started", "consent")
QUESTION_FIELDS = ("name", "email", "unit", "title", "body", "website", "started", "consent")
FEEDBACK_ALONE = ("name", "message", "started")
QUESTION_ALONE = ("name", "title", "body")
JSON = {"Accept": "application/json"}


class Sender:
    """One reader sending forms; each send reports the answer and how many rows it stored."""

    def __init__(self, portal):
        self.reader = portal["reader"]()
        article = portal["articles"][0]
        state = self.reader.post("/tuong-tac/trang/", form({"trang": article.pk})).json()
        self.csrf = state["csrf"]
        self.feedback_url = f"/tuong-tac/y-kien/{article.pk}/"
        self.question_url = portal["questions"].url + "gui-cau-hoi/"
        self.poll_urls = [f"/tuong-tac/binh-chon/{poll.pk}/" for poll in portal["polls"]]

    def _guard(self):
        return {"consent": "on", "website": "", "started": antiabuse.started_token(),
                "csrfmiddlewaretoken": self.csrf}

    def feedback(self, number, *, encode=encoded, as_json=True, **fields):
        """Send feedback `number` (its text unique, so never a duplicate) with `fields`."""
        data = {"name": f"Bạn đọc thứ {number}", "email": "ban-doc@example.vn",
                "message": f"Ý kiến thử nghiệm số {number}: đề nghị đăng thêm số liệu.",
                **self._guard(), **fields}
        return self._stored(Feedback, lambda: self.reader.post(
            self.feedback_url, form(data, encode=encode), headers=JSON if as_json else None))

    def question(self, number, *, encode=encoded, as_json=True, **fields):
        data = {"name": f"Bạn đọc thứ {number}", "email": "ban-doc@example.vn", "unit": "",
                "title": f"Câu hỏi thử nghiệm số {number}",
                "body": f"Câu hỏi thử nghiệm số {number}: thủ tục chuyển sinh hoạt đảng thế nào?",
                **self._guard(), **fields}
        return self._stored(Question, lambda: self.reader.post(
            self.question_url, form(data, encode=encode), headers=JSON if as_json else None))

    def votes(self, value, *, encode=encoded):
        """Send `value` as the option of each poll (one of one option, one of several)."""
        data = form({"options": value, "csrfmiddlewaretoken": self.csrf}, encode=encode)
        return [self._stored(PollBallot, lambda url=url: self.reader.post(url, data,
                                                                          headers=JSON))
                for url in self.poll_urls]

    def feedback_as_json(self, body):
        """Post `body` as a JSON document to the feedback form (which reads forms only)."""
        return self._stored(Feedback, lambda: self.reader.post(
            self.feedback_url, body, content_type="application/json",
            headers={"X-CSRFToken": self.csrf}))

    @staticmethod
    def _stored(model, send):
        before = model.objects.count()
        answer = send()
        return answer, model.objects.count() - before


def publish_everything(portal):
    """Publish every feedback through moderation, and answer and publish every question."""
    editor = get_user_model().objects.create_superuser("bien-tap-thu", "bt@example.vn",
                                                       "mat-khau-thu-nghiem-dai")
    moderation.moderate(list(Feedback.objects.all()), user=editor, status=Feedback.APPROVED)
    for question in Question.objects.all():
        question.status, question.is_published = Question.ANSWERED, True
        question.answer, question.answered_at = "Văn phòng Tỉnh ủy đã trả lời.", timezone.now()
        question.save()
