"""The summary for a period as a PDF (reportlab): the agency's heading, then the same sections,
tables and charts as the admin page (summary_tables.py). Text is set in DejaVu Sans, shipped in
bantin/briefings/fonts/ (its licence beside it), which covers Vietnamese: the PDF needs no font
installed on the server."""

from html import escape
from io import BytesIO
from pathlib import Path

from django.utils.translation import gettext as _
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from bantin.briefings import summary_tables

FONTS = Path(__file__).resolve().parent / "fonts"
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MARGIN = 15 * mm
TEXT_WIDTH = A4[0] - 2 * MARGIN
BORDER, SHADE, MARKED = colors.HexColor("#bdbdbd"), colors.HexColor("#f0f0f0"), \
    colors.HexColor("#fdecea")


def register_fonts():
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, FONTS / "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont(BOLD, FONTS / "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)


def style(name, size=9, font=REGULAR, **options):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, **options)


BODY, FIGURE = style("body"), style("figure", alignment=TA_RIGHT)
HEAD, HEAD_FIGURE = style("head", font=BOLD), style("head-figure", font=BOLD,
                                                    alignment=TA_RIGHT)
TITLES = [style("agency", 11, BOLD, alignment=TA_CENTER),
          style("portal", 10, alignment=TA_CENTER),
          style("title", 15, BOLD, alignment=TA_CENTER, spaceBefore=10),
          style("period", 12, BOLD, alignment=TA_CENTER),
          style("made", 9, alignment=TA_RIGHT, spaceBefore=4, spaceAfter=10)]
SECTION = style("section", 12, BOLD, spaceBefore=12, spaceAfter=4, keepWithNext=True)
TABLE_TITLE = style("table-title", 10, BOLD, spaceBefore=8, spaceAfter=4, keepWithNext=True)
NOTE = style("note", 8, spaceAfter=4, keepWithNext=True)


def pdf_bytes(summary):
    register_fonts()
    out = BytesIO()
    lines = summary_tables.title_lines(summary.heading)
    document = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=f"{lines[2]} – {summary.heading.period_name}",
        author=summary.heading.agency_name or summary.heading.site_name)
    story = [Paragraph(escape(line), TITLES[number]) for number, line in enumerate(lines)
             if line]
    for section in summary_tables.sections(summary):
        story.append(Paragraph(escape(section.title), SECTION))
        if section.note:
            story.append(Paragraph(escape(section.note), BODY))
        if not section.tables:
            story.append(Paragraph(escape(section.empty), BODY))
        for table in section.tables:
            story.extend(table_flowables(table))
    document.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return out.getvalue()


def cells(table, texts, head=False):
    """One table row as paragraphs, so that long words wrap; figures to the right."""
    return [Paragraph(escape(text), (HEAD_FIGURE if head else FIGURE) if index in table.numeric
                      else (HEAD if head else BODY)) for index, text in enumerate(texts)]


def table_flowables(table):
    data = [cells(table, table.columns, head=True)]
    data += [cells(table, row.cells) for row in table.rows]
    data += [cells(table, foot_row, head=True) for foot_row in table.foot]
    widths = column_widths(table)
    grid = Table(data, colWidths=widths, repeatRows=1)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, BORDER), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    if table.foot:
        commands.append(("BACKGROUND", (0, -len(table.foot)), (-1, -1), SHADE))
    commands += [("BACKGROUND", (0, number), (-1, number), MARKED)
                 for number, row in enumerate(table.rows, start=1) if row.bad]
    grid.setStyle(TableStyle(commands))
    heading = [Paragraph(escape(table.title), TABLE_TITLE)]
    if table.note:
        heading.append(Paragraph(escape(table.note), NOTE))
    flowables = [KeepTogether([*heading, grid])]
    if table.chart and table.chart.rows:
        flowables += [Spacer(1, 4), chart_drawing(table.chart)]
    return flowables


def column_widths(table):
    """Figures get narrow columns; the words share the rest, by their weights."""
    figure = 24 * mm
    words = [index for index in range(len(table.columns)) if index not in table.numeric]
    weights = dict(zip(words, table.weights or [1] * len(words), strict=True))
    share = (TEXT_WIDTH - figure * len(table.numeric)) / sum(weights.values())
    return [figure if index in table.numeric else share * weights[index]
            for index in range(len(table.columns))]


def chart_drawing(chart):
    """The chart of the admin page (summary_charts.py) drawn again, its y axis turned up."""
    factor = min(1, TEXT_WIDTH / chart.width)
    drawing = Drawing(chart.width * factor, chart.height * factor)

    def flip(y):
        return chart.height - y

    for item in chart.legend:
        drawing.add(Rect(item.x, flip(14), 10, 10, fillColor=colors.HexColor(item.fill),
                         strokeColor=None))
        drawing.add(String(item.x + 14, flip(13), item.label, fontName=REGULAR, fontSize=8))
    for row in chart.rows:
        drawing.add(String(0, flip(row.y), row.label[:28], fontName=REGULAR, fontSize=8))
        for bar in row.bars:
            drawing.add(Rect(bar.x, flip(bar.y + bar.height), bar.width, bar.height,
                             fillColor=colors.HexColor(bar.fill), strokeColor=None))
        drawing.add(String(row.note_x, flip(row.y), row.note, fontName=REGULAR, fontSize=8))
    drawing.scale(factor, factor)
    return drawing


def page_number(canvas, document):
    canvas.saveState()
    canvas.setFont(REGULAR, 8)
    canvas.drawRightString(A4[0] - MARGIN, MARGIN / 2,
                           _("Page %(number)s") % {"number": document.page})
    canvas.restoreState()
