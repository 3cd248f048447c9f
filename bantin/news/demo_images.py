"""Generated pictures for the demo portal: meeting halls, field visits, portraits and banners.

Drawn with Pillow from a seeded random generator, so the demo needs no photo from anywhere.
"""

import io

from PIL import Image, ImageDraw, ImageFilter

SKIN = [(241, 200, 170), (224, 180, 150), (205, 160, 128), (233, 192, 160)]
HAIR = [(30, 25, 25), (45, 35, 30), (60, 50, 45), (90, 90, 95)]
SHIRTS = [(250, 250, 250), (40, 55, 90), (70, 70, 80), (230, 230, 225), (120, 30, 40)]


def _gradient(draw, box, top, bottom):
    x0, y0, x1, y1 = box
    height = max(1, y1 - y0)
    for offset in range(height):
        t = offset / height
        colour = tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3))
        draw.line([(x0, y0 + offset), (x1, y0 + offset)], fill=colour)


def _star(draw, cx, cy, radius, fill):
    import math

    points = []
    for k in range(10):
        r = radius if k % 2 == 0 else radius * 0.4
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    draw.polygon(points, fill=fill)


def _person(draw, rng, x, y, scale, facing_viewer=True):
    """Draw a seated or standing figure: shoulders with a head on top, centred on x."""
    shirt = rng.choice(SHIRTS)
    head = 11 * scale
    draw.rounded_rectangle(
        [x - 22 * scale, y, x + 22 * scale, y + 40 * scale], radius=int(12 * scale), fill=shirt
    )
    colour = rng.choice(SKIN) if facing_viewer else rng.choice(HAIR)
    draw.ellipse([x - head, y - 2.1 * head, x + head, y + 0.1 * head], fill=colour)
    if facing_viewer:
        draw.chord(
            [x - head, y - 2.2 * head, x + head, y - 0.6 * head], 180, 360, fill=rng.choice(HAIR)
        )


def meeting_hall(rng, width=1200, height=750):
    """A conference hall: red backdrop with a star, a presidium table, the audience's backs."""
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    wall = rng.choice([(236, 224, 205), (222, 214, 200), (240, 232, 220)])
    _gradient(draw, (0, 0, width, height), wall, tuple(max(0, c - 40) for c in wall))
    red = rng.choice([(178, 24, 32), (160, 20, 28), (190, 35, 40)])
    draw.rectangle([width * 0.08, height * 0.06, width * 0.92, height * 0.42], fill=red)
    draw.rectangle([width * 0.08, height * 0.36, width * 0.92, height * 0.42], fill=(245, 196, 67))
    _star(draw, width * 0.5, height * 0.2, height * 0.1, (250, 210, 80))
    table_top = height * 0.55
    cloth = rng.choice([(250, 250, 250), (40, 110, 70), (35, 70, 140)])
    seats = rng.randint(5, 9)
    for k in range(seats):
        _person(draw, rng, width * (0.18 + 0.64 * k / (seats - 1)), table_top - 48, 1.6)
    draw.rectangle([width * 0.12, table_top, width * 0.88, table_top + height * 0.1], fill=cloth)
    for k in range(3):
        fx = width * (0.3 + 0.2 * k)
        draw.ellipse([fx - 22, table_top - 12, fx + 22, table_top + 20], fill=(225, 60, 90))
    rows = rng.randint(2, 3)
    for row in range(rows):
        y = height * (0.78 + row * 0.1)
        count = 9 + row * 2
        for k in range(count):
            _person(draw, rng, width * (k + 0.5 + rng.random() * 0.2) / count, y, 2.2 + row * 0.4,
                    facing_viewer=False)
    return image.filter(ImageFilter.GaussianBlur(0.6))


def field_visit(rng, width=1200, height=750):
    """A working delegation outdoors: sky, hills, fields and a group of people standing."""
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    _gradient(draw, (0, 0, width, int(height * 0.5)), (150, 195, 235), (215, 232, 245))
    hill = rng.choice([(80, 130, 80), (95, 140, 90), (70, 120, 95)])
    points = [(0, height * 0.5)]
    for k in range(9):
        points.append((width * k / 8, height * (0.32 + 0.12 * rng.random())))
    points += [(width, height * 0.5)]
    draw.polygon(points, fill=hill)
    _gradient(draw, (0, int(height * 0.5), width, height), (120, 175, 80), (70, 125, 50))
    for k in range(12):
        y = height * (0.55 + k * 0.04)
        draw.line([(0, y), (width, y + 25)], fill=(90, 150, 60), width=3)
    group = rng.randint(4, 8)
    for k in range(group):
        x = width * (0.25 + 0.5 * k / max(1, group - 1))
        _person(draw, rng, x, height * 0.62 + rng.randint(-15, 15), 2.4)
        draw.rectangle([x - 18, height * 0.62 + 96, x + 18, height * 0.62 + 190],
                       fill=(50, 50, 60))
    return image.filter(ImageFilter.GaussianBlur(0.5))


def office_building(rng, width=1200, height=750):
    """The front of a public building with columns and a flag."""
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    _gradient(draw, (0, 0, width, height), (170, 205, 240), (235, 240, 245))
    facade = rng.choice([(238, 226, 190), (245, 236, 210), (230, 220, 200)])
    draw.rectangle([width * 0.1, height * 0.3, width * 0.9, height * 0.85], fill=facade)
    draw.polygon([(width * 0.3, height * 0.3), (width * 0.5, height * 0.16),
                  (width * 0.7, height * 0.3)], fill=tuple(c - 20 for c in facade))
    for k in range(8):
        x = width * (0.16 + 0.1 * k)
        draw.rectangle([x, height * 0.36, x + 26, height * 0.85], fill=(250, 248, 240))
    draw.line([(width * 0.5, height * 0.16), (width * 0.5, height * 0.02)], fill=(90, 90, 90),
              width=5)
    draw.rectangle([width * 0.5, height * 0.02, width * 0.6, height * 0.09], fill=(200, 20, 30))
    _star(draw, width * 0.55, height * 0.055, height * 0.025, (250, 215, 60))
    draw.rectangle([0, height * 0.85, width, height], fill=(150, 150, 145))
    return image


def portrait(rng, width=320, height=400):
    """A head-and-shoulders silhouette for the leaders on the "Giới thiệu" page."""
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    _gradient(draw, (0, 0, width, height), (200, 215, 235), (150, 170, 200))
    _person(draw, rng, width / 2, height * 0.62, 4.2)
    return image


def banner(rng, width=600, height=160):
    """A campaign banner: a red-gold band with a star."""
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    top = rng.choice([(175, 20, 30), (20, 80, 150), (20, 110, 70)])
    _gradient(draw, (0, 0, width, height), top, tuple(max(0, c - 60) for c in top))
    draw.rectangle([0, height - 18, width, height - 10], fill=(246, 195, 67))
    _star(draw, height * 0.55, height * 0.45, height * 0.3, (250, 215, 60))
    for k in range(4):
        draw.rounded_rectangle(
            [height * 1.1, height * (0.22 + 0.16 * k), width * (0.92 - 0.12 * k),
             height * (0.3 + 0.16 * k)], radius=4, fill=(255, 255, 255),
        )
    return image


def emblem(size=256):
    """A round emblem for the portal's logo: a gold star on a red disc with a gold ring."""
    image = Image.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.ellipse([2, 2, size - 2, size - 2], fill=(246, 195, 67))
    draw.ellipse([size * 0.05, size * 0.05, size * 0.95, size * 0.95], fill=(200, 16, 46))
    _star(draw, size / 2, size / 2 + size * 0.02, size * 0.36, (246, 195, 67))
    return image


SCENES = (meeting_hall, meeting_hall, field_visit, office_building)


def to_jpeg(image, quality=82):
    """Return the JPEG bytes of a Pillow image."""
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality, optimize=True)
    return buffer.getvalue()
