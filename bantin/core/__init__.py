"""Core: site settings, the image model, Vietnamese formatting and the health check.

Only what two or more apps use lives here; `core` imports no other Bantin app.
"""
