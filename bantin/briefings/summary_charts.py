"""The geometry of the summary's bar charts, drawn by the admin page as inline SVG
(briefings/admin/summary_chart.html): no script, nothing loaded from elsewhere. One row per unit,
either one bar per series side by side (an indicator now and in the period before) or one bar
of stacked parts (tasks or reports by state)."""

from dataclasses import dataclass

from bantin.briefings.figures import format_figure

WIDTH, LABEL_WIDTH, LEGEND_HEIGHT, GAP = 640, 170, 28, 10
PLOT_WIDTH = WIDTH - LABEL_WIDTH - 60  # room for the figure after the longest bar
BAR = 14
LEGEND_STEP = 150


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    fill: str
    title: str
    height: int = BAR


@dataclass(frozen=True)
class ChartRow:
    label: str
    y: float  # the label's baseline
    bars: list[Bar]
    note: str  # the figure written after the bars
    note_x: float


@dataclass(frozen=True)
class LegendItem:
    x: int
    label: str
    fill: str


@dataclass(frozen=True)
class Chart:
    title: str
    rows: list[ChartRow]
    legend: list[LegendItem]
    height: int
    width: int = WIDTH
    label_width: int = LABEL_WIDTH


def legend(series):
    return [LegendItem(index * LEGEND_STEP, str(label), colour)
            for index, (label, colour) in enumerate(series)]


def scale(largest):
    """Points per unit of value, so that the largest bar fills the plot."""
    return PLOT_WIDTH / float(largest) if largest > 0 else 0


def side_by_side(title, rows, series):
    """`rows`: [(label, [value per series])], a value None where there is none."""
    factor = scale(max((value for _label, values in rows for value in values
                        if value is not None), default=0))
    step = BAR * len(series) + GAP
    chart_rows = []
    for index, (label, values) in enumerate(rows):
        top = LEGEND_HEIGHT + index * step
        bars = [Bar(LABEL_WIDTH, top + number * BAR, max(float(value or 0), 0) * factor,
                    colour, f"{series_label}: {format_figure(value)}")
                for number, (value, (series_label, colour)) in enumerate(zip(values, series,
                                                                              strict=True))
                if value is not None]
        note_x = LABEL_WIDTH + max((bar.width for bar in bars), default=0) + 6
        chart_rows.append(ChartRow(label, top + BAR * len(series) / 2 + 4, bars,
                                   format_figure(values[0]), note_x))
    return Chart(title, chart_rows, legend(series), LEGEND_HEIGHT + len(rows) * step)


def stacked(title, rows, series):
    """`rows`: [(label, [count per series])]: one bar per row, its parts side by side."""
    factor = scale(max((sum(counts) for _label, counts in rows), default=0))
    step = BAR + GAP
    chart_rows = []
    for index, (label, counts) in enumerate(rows):
        top, x, bars = LEGEND_HEIGHT + index * step, LABEL_WIDTH, []
        for count, (series_label, colour) in zip(counts, series, strict=True):
            if count:
                bars.append(Bar(x, top, count * factor, colour, f"{series_label}: {count}"))
                x += count * factor
        chart_rows.append(ChartRow(label, top + BAR / 2 + 4, bars, str(sum(counts)), x + 6))
    return Chart(title, chart_rows, legend(series), LEGEND_HEIGHT + len(rows) * step)
