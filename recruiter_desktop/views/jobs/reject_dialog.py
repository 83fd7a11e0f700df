"""Asking for the reason of a rejection (one candidate or several at once)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# The server keeps a reason within 500 characters (recruiter_api.requests.Reason).
REASON_LIMIT = 500


class RejectDialog(QDialog):
    """The reason for rejecting `names` (people's names); `reason()` once accepted.

    Opened with `open()` (window-modal, the board keeps running); `accepted` says go."""

    def __init__(self, names: list[str], job_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reject"))
        if len(names) == 1:
            question = self.tr("Reject %1 for %2?").replace("%1", names[0])
        else:
            question = self.tr("Reject %n candidate(s) for %2?", "", len(names))
        question = question.replace("%2", job_title)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        who = QLabel(self._listed(names))
        who.setWordWrap(True)
        who.setVisible(len(names) > 1)
        who.setToolTip(", ".join(names))

        self.reason_box = QComboBox()
        self.reason_box.setEditable(True)
        self.reason_edit = edit = QLineEdit()
        self.reason_box.setLineEdit(edit)
        self.reason_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_box.addItems(
            [
                "",
                self.tr("Not enough relevant experience"),
                self.tr("Skills do not match the role"),
                self.tr("Salary expectations out of range"),
                self.tr("Position filled"),
                self.tr("Did not respond"),
            ]
        )
        self.reason_box.setCurrentIndex(0)
        edit.setPlaceholderText(self.tr("Reason (required; choose or type)"))
        edit.setMaxLength(REASON_LIMIT)
        self.reason_box.setAccessibleName(self.tr("Reason for the rejection"))
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.setDefault(True)
        buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        edit.textChanged.connect(self._check)

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(who)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.reason_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self._check()

    def _listed(self, names: list[str], shown: int = 5) -> str:
        """'Ana Silva, Bo Ek' or, past `shown` names, '…, and 3 more'."""
        if len(names) <= shown:
            return ", ".join(names)
        more = self.tr("and %n more", "", len(names) - shown)
        return ", ".join(names[:shown]) + ", " + more

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def _check(self) -> None:
        self.reject_button.setEnabled(bool(self.reason()))
