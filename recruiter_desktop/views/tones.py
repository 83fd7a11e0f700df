"""Colours that carry meaning (a problem, offline), chosen to read on the system's light or
dark palette: the app never fixes a background colour of its own."""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark one (light text on a dark window)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def problem_color(palette: QPalette) -> QColor:
    """A red that reads on this palette's window colour."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


def good_color(palette: QPalette) -> QColor:
    """A green that reads on this palette's window colour."""
    return QColor("#81c995") if is_dark(palette) else QColor("#1e7b34")


def mark_problem(widget: QWidget) -> None:
    """Show the widget's text in the problem colour."""
    _tint(widget, problem_color(widget.palette()))


def mark_good(widget: QWidget) -> None:
    """Show the widget's text in the good colour."""
    _tint(widget, good_color(widget.palette()))


def mark_plain(widget: QWidget) -> None:
    """Show the widget's text in the palette's own colour again."""
    widget.setPalette(QPalette())


def _tint(widget: QWidget, color: QColor) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    palette.setColor(QPalette.ColorRole.Text, color)
    widget.setPalette(palette)
