"""Start the clock of a staff session when its person signs in."""

from django.contrib.auth.signals import user_logged_in

from bantin.accounts import sessions


def register_signal_handlers():
    user_logged_in.connect(sessions.session_start, dispatch_uid="accounts_session_start")
