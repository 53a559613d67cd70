from __future__ import annotations

import sys

import pytest

from evaluator.ui.chart_canvas import ChartCanvas


def test_draws_lines_without_a_display(qtbot):
    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    canvas.set_painter(lambda ax, dark: ax.plot([1, 2, 3], [3, 1, 2]), key="a")
    assert canvas.figure is None  # hidden: nothing drawn yet
    canvas.show()
    qtbot.waitUntil(lambda: canvas.draw_count == 1)
    ax = canvas.figure.axes[0]
    assert list(ax.get_lines()[0].get_ydata()) == [3, 1, 2]


def test_redraws_only_when_the_data_changes(qtbot):
    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    canvas.show()
    canvas.set_painter(lambda ax, dark: ax.plot([1, 2]), key=("x", 1))
    assert canvas.draw_count == 1
    canvas.set_painter(lambda ax, dark: ax.plot([1, 2]), key=("x", 1))
    assert canvas.draw_count == 1
    canvas.set_painter(lambda ax, dark: ax.plot([5, 6]), key=("x", 2))
    assert canvas.draw_count == 2


def test_a_failing_chart_shows_a_note_instead_of_crashing(qtbot):
    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    canvas.show()

    def broken(ax, dark):
        raise KeyError("series")

    canvas.set_painter(broken, key=1)
    texts = [t.get_text() for t in canvas.figure.axes[0].texts]
    assert any("could not be drawn" in t for t in texts)


def test_module_import_does_not_import_matplotlib():
    import subprocess

    code = ("import sys; import evaluator.ui.chart_canvas, evaluator.ui.results_panel, "
            "evaluator.ui.simulation_view, evaluator.ui.compare_view; "
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "False", out.stderr


def test_dark_palette_reaches_the_painter(qtbot):
    from PySide6.QtGui import QColor, QPalette

    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    seen = []
    canvas.show()
    canvas.set_painter(lambda ax, dark: seen.append(dark), key=1)
    assert seen == [False]  # the default offscreen palette is light
    palette = canvas.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(30, 30, 30))
    canvas.setPalette(palette)  # a palette switch redraws, now dark
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [False, True]
    assert canvas.figure.get_facecolor()[:3] == pytest.approx((30 / 255, 30 / 255, 30 / 255))
