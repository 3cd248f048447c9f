"""What kind of answer a request asks for."""


def wants_json(request):
    """True for the portal's own scripts, which ask for JSON; browsers asking for a page (whose
    Accept holds */* too) get HTML."""
    return "application/json" in request.headers.get("Accept", "")
