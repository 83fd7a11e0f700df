"""The LinkedIn tab: the candidate's LinkedIn profile, InMails and notes come here once the
organisation's LinkedIn integration is connected (a later issue fills it)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from recruiter_desktop.views.candidate.cards import heading, muted


class LinkedInTab(QWidget):
    """Says what the tab will hold and what it waits for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("LinkedIn"))
        title = heading(self.tr("LinkedIn profile"))
        self.message = QLabel(
            self.tr(
                "This tab fills once the LinkedIn integration is connected: the candidate's "
                "LinkedIn profile, matched by e-mail address or member id, your InMail history "
                "with them and your organisation's LinkedIn Recruiter notes."
            )
        )
        self.message.setWordWrap(True)
        how = muted(
            self.tr(
                "An admin connects the organisation under Admin settings > LinkedIn "
                "integration; then each user connects their own LinkedIn account under User "
                "settings."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 32, 24, 24)
        layout.setSpacing(10)
        for widget in (title, self.message, how):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(widget)
        layout.addStretch(1)
