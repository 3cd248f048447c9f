"""Engagement models: visit counts, polls and ballots, reader feedback and its settings."""

from bantin.engagement.models.feedback import Feedback, ReaderSettings
from bantin.engagement.models.polls import Poll, PollBallot, PollOption, PollVote
from bantin.engagement.models.visits import SiteDailyVisits

__all__ = ["Feedback", "Poll", "PollBallot", "PollOption", "PollVote", "ReaderSettings",
           "SiteDailyVisits"]
