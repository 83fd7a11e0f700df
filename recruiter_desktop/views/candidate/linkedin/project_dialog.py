"""Save to Recruiter project: the user's LinkedIn Recruiter projects, read from LinkedIn when
the dialog opens; the chosen one gets the candidate's linked member."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_api.linkedin import ProjectSave, RecruiterProject
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.views.candidate.cards import muted
from recruiter_desktop.views.owned_spawn import spawn_for
from recruiter_desktop.views.tones import mark_problem


class ProjectDialog(QDialog):
    """Choose one of your Recruiter projects and save the candidate to it.

    Signals:
        saved(str): the words to tell once saved ("Saved … to …" or "… was in … already").
    """

    saved = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        candidate_id: str,
        candidate_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.candidate_id = candidate_id
        self.candidate_name = candidate_name
        self.setWindowTitle(self.tr("Save to Recruiter project"))
        intro = QLabel(
            self.tr("Save %1 to one of your LinkedIn Recruiter projects:").replace(
                "%1", candidate_name
            )
        )
        intro.setWordWrap(True)
        self.projects = QListWidget()
        self.projects.setAccessibleName(self.tr("Your Recruiter projects"))
        self.projects.itemDoubleClicked.connect(lambda _item: self.save())
        self.projects.currentRowChanged.connect(lambda _row: self._enable())
        self.status = muted(self.tr("Reading your Recruiter projects from LinkedIn…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.projects, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(420, 320)
        self._busy = True
        spawn_for(self, workspace.linkedin.projects(), done=self._arrived, failed=self._failed)

    def _arrived(self, projects: list[RecruiterProject]) -> None:
        self._busy = False
        for project in projects:
            item = QListWidgetItem(
                self.tr("%1 (%n candidate(s))", "", project.candidates).replace("%1", project.name)
            )
            item.setData(Qt.ItemDataRole.UserRole, project.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, project.name)
            self.projects.addItem(item)
        if projects:
            self.status.setText("")
            self.projects.setCurrentRow(0)
            self.projects.setFocus()
        else:
            self.status.setText(
                self.tr("You have no Recruiter projects yet: create one in LinkedIn Recruiter.")
            )
        self._enable()

    def _enable(self) -> None:
        self.save_button.setEnabled(not self._busy and self.projects.currentItem() is not None)

    def save(self) -> None:
        """Save the candidate to the chosen project."""
        item = self.projects.currentItem()
        if item is None or self._busy:
            return
        project_id = int(item.data(Qt.ItemDataRole.UserRole))
        project = str(item.data(Qt.ItemDataRole.AccessibleTextRole))
        self._busy = True
        self._enable()
        self.status.setText(self.tr("Saving…"))

        def done(answer: ProjectSave) -> None:
            said = (
                self.tr("Saved %1 to the Recruiter project %2.")
                if answer.added
                else self.tr("%1 was in the Recruiter project %2 already.")
            )
            self.saved.emit(said.replace("%1", self.candidate_name).replace("%2", project))
            self.accept()

        spawn_for(
            self,
            self.workspace.linkedin.save_to_project(self.candidate_id, project_id),
            done=done,
            failed=self._failed,
        )

    def _failed(self, message: str) -> None:
        self._busy = False
        self.status.setText(message)
        mark_problem(self.status)
        self._enable()
