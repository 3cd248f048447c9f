"""The progress bar that batch commands draw on stderr while they work.

Modelled on Wagtail's `wagtail_update_image_renditions` bar; drawn only when stderr is a
terminal and verbosity is above 0, so a command's stdout summary stays easy to assert.
"""


def progress_bar(iterable, *, total, stream, verbosity=1, width=40, label=""):
    """Yield from `iterable`, redrawing "label [#####.....] 12/40" on `stream` after each item."""
    enabled = verbosity > 0 and hasattr(stream, "isatty") and stream.isatty() and total > 0
    done = 0
    for item in iterable:
        yield item
        done += 1
        if enabled:
            filled = int(width * min(done, total) / total)
            bar = "#" * filled + "." * (width - filled)
            stream.write(f"\r{label} [{bar}] {done}/{total}", ending="")
            stream.flush()
    if enabled:
        stream.write("")
