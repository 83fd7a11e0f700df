"""Qt renders offscreen in CI: a window shows and paints without a display."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot


def _colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}


def test_main_window_shows_and_paints_offscreen(qtbot: QtBot) -> None:
    window = QMainWindow()
    label = QLabel("Recruiter Desktop")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("font-size: 28px; color: black; background: white;")
    window.setCentralWidget(label)
    window.resize(400, 200)
    qtbot.addWidget(window)

    window.show()
    qtbot.waitExposed(window)
    pixmap = window.grab()

    assert not pixmap.isNull()
    assert (pixmap.width(), pixmap.height()) == (400, 200)
    colours = _colours(pixmap.toImage())
    # The white background, and the glyphs of the text on it: a single colour would mean
    # nothing was painted, or that no font was found to draw the text with.
    assert QColor("white").rgb() in colours
    assert len(colours) > 1, "the window grabbed blank: nothing was painted on it"
