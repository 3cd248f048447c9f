"""Newsroom: roles, per-section teams and the approval workflow, on Wagtail's own permissions.

Depends on `news` and `core`; nothing below it imports it (ARCHITECTURE.md).
"""
