"""Engagement: what readers do on the portal: views and visits counted, polls, feedback."""
