"""Engagement models: visit counts, polls and ballots, reader feedback, questions to the
agency, and the settings of what readers may send."""

from bantin.engagement.models.feedback import Feedback, ReaderSettings
from bantin.engagement.models.polls import Poll, PollBallot, PollOption, PollVote
from bantin.engagement.models.questions import AnswerUnit, Question, QuestionsPage
from bantin.engagement.models.visits import SiteDailyVisits

__all__ = ["AnswerUnit", "Feedback", "Poll", "PollBallot", "PollOption", "PollVote", "Question",
           "QuestionsPage", "ReaderSettings", "SiteDailyVisits"]
