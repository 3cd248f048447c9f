"""A stock Wagtail site, the baseline bench/render_time.py measures the portal's pages against in
the same run: Wagtail's project template settings and middleware, one article page type whose
page shows its text and a single "10 latest" list, as the Wagtail tutorial builds it, and nothing
of Bantin's. Not part of the product.
"""
