"""Casting ballots and finding polls: one ballot per visitor (the database holds to it); from one
address at most one ballot per POLL_ADDRESS_WINDOW seconds and POLL_BALLOTS_PER_ADDRESS_PER_DAY
a day. The address itself is never stored."""

from collections import defaultdict

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from bantin.core import pagecache
from bantin.core.ratelimit import Limited, client_address, count_in_window, mark
from bantin.engagement.antiabuse import Refused
from bantin.engagement.models import Poll, PollBallot, PollOption, PollVote

# The satisfaction rating every portal offers (state portals must rate their service online).
SATISFACTION_QUESTION = gettext_noop("How satisfied are you with this portal?")
SATISFACTION_OPTIONS = [gettext_noop("Very satisfied"), gettext_noop("Satisfied"),
                        gettext_noop("Neither satisfied nor dissatisfied"),
                        gettext_noop("Not satisfied")]


def answered(poll_ids, visitor):
    """Return the ids among `poll_ids` that `visitor` has already answered."""
    if not poll_ids:
        return []
    return sorted(PollBallot.objects.filter(poll_id__in=poll_ids, voter=visitor)
                  .values_list("poll_id", flat=True))


def cast(request, poll, visitor, options):
    """Record `visitor`'s ballot for `options` of `poll`, or raise Refused saying why (Limited
    when it is the address's limit)."""
    if not poll.is_open():
        raise Refused(_("This poll is closed: only its results can be seen."))
    if PollBallot.objects.filter(poll=poll, voter=visitor).exists():
        raise Refused(_("You have already voted in this poll."))
    address = client_address(request)
    window = settings.POLL_ADDRESS_WINDOW
    if window and address and not mark(f"engagement:poll:{poll.pk}:{address}", window):
        raise Limited(_("A vote in this poll has just been sent from your network. Please try "
                        "again in a few minutes."), retry_after=window)
    day = 24 * 3600
    if address and count_in_window(f"engagement:poll-day:{poll.pk}:{address}",
                                   day) > settings.POLL_BALLOTS_PER_ADDRESS_PER_DAY:
        raise Limited(_("Your network has sent as many votes in this poll as one day "
                        "allows. Please try again tomorrow."), retry_after=day)
    try:
        with transaction.atomic():
            ballot = PollBallot.objects.create(poll=poll, voter=visitor)
            PollVote.objects.bulk_create(PollVote(ballot=ballot, option=option)
                                         for option in options)
    except IntegrityError as error:  # the same visitor, twice at once
        raise Refused(_("You have already voted in this poll.")) from error
    return ballot


def polls_shown(site):
    """Return {placement: [polls of `site` shown there, newest first]}: a page shows the
    sidebar's, the footer's and maybe the home page's.

    The site's switched-on polls, with their options, are read in two queries once per
    generation (pagecache.remembered: changing a poll moves it on); which of them are open
    yet is decided here, on every call, so a poll opens on time with no change to retire it.
    """
    now = timezone.now()
    active = pagecache.remembered(("polls", site.pk), lambda: list(
        Poll.objects.for_site(site).filter(is_active=True).prefetch_related("options")))
    shown = defaultdict(list)
    for poll in active:
        if poll.opens_at <= now:
            shown[poll.placement].append(poll)
    return shown


def satisfaction_poll(site, shown=None):
    """Return the site's satisfaction rating, creating the standard one if it never had one;
    None if its administrators switched it off. `shown`: the site's shown polls by placement
    (polls_shown), if the caller has them."""
    ratings = Poll.objects.for_site(site).filter(placement=Poll.SATISFACTION)
    if shown is not None and shown[Poll.SATISFACTION]:
        return shown[Poll.SATISFACTION][0]
    poll = ratings.shown().first() if shown is None else None
    if poll is None and not ratings.exists():
        try:
            with transaction.atomic():
                poll = Poll.objects.create(site=site, placement=Poll.SATISFACTION,
                                           question=_(SATISFACTION_QUESTION))
                PollOption.objects.bulk_create(
                    PollOption(poll=poll, label=_(label), sort_order=number)
                    for number, label in enumerate(SATISFACTION_OPTIONS))
        except IntegrityError:  # another request made it first
            poll = ratings.shown().first()
    return poll
