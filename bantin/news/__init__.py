"""News: the page tree of a portal (home, sections, articles, plain pages), its listings and feeds.

Depends on `core` only; every other app builds on `news` (ARCHITECTURE.md).
"""
