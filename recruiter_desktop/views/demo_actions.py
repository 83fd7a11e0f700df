"""The demo's own menu entries about LinkedIn: Demo > Set up LinkedIn in one step, and Help >
About the demo (both servers' addresses, which candidates LinkedIn matches how, and the
sandbox commands to try). Only in demo mode (the shell passes the DemoGuide)."""

import html

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
)

from recruiter_desktop.demo_guide import DemoGuide, DemoSetupError
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.views.owned_spawn import spawn_for


class DemoLinkedInActions(QObject):
    """Adds the demo's LinkedIn entries to the window's Demo and Help menus."""

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        guide: DemoGuide,
        demo_menu: QMenu,
        help_menu: QMenu,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.guide = guide
        self.question: QMessageBox | None = None
        self.result: QMessageBox | None = None
        self.about_dialog: QDialog | None = None
        demo_menu.addSeparator()
        self.set_up_action = QAction(self.tr("Set up &LinkedIn in one step…"), window)
        self.set_up_action.setToolTip(
            self.tr(
                "Connect the demo to LinkedIn at contract level, as the admin and LinkedIn "
                "Recruiter's admin would, and connect the demo users' LinkedIn accounts"
            )
        )
        self.set_up_action.triggered.connect(self.ask_set_up)
        demo_menu.addAction(self.set_up_action)
        self.about_action = QAction(self.tr("About the &demo…"), window)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # --- One step ---------------------------------------------------------------------

    def ask_set_up(self) -> None:
        """Say what the one step does, and do it when the user agrees."""
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Set up LinkedIn in one step"),
            self.tr(
                "This connects the demo to LinkedIn at contract level on %1: what an admin does "
                "in Admin settings > LinkedIn integration, what LinkedIn Recruiter's admin does "
                "in Recruiter, and each demo user connecting their own LinkedIn account. It "
                "takes about ten seconds. To walk the setup wizard yourself instead, sign in "
                "as the admin and open Admin settings > LinkedIn integration."
            ).replace("%1", self.guide.contract_name),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        question.button(QMessageBox.StandardButton.Ok).setText(self.tr("Set up"))
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Not exec(): a nested event loop would run the loop's tasks inside this slot.
        question.accepted.connect(self.set_up)
        question.finished.connect(lambda _result: setattr(self, "question", None))
        self.question = question
        question.open()

    def set_up(self) -> None:
        """Run the one-step setup; say how it went."""
        self.set_up_action.setEnabled(False)
        bar = self.window.statusBar()
        bar.showMessage(self.tr("Setting up LinkedIn for the demo…"))

        async def run() -> str | DemoSetupError:
            try:
                return await self.guide.set_up_linkedin()
            except DemoSetupError as error:
                return error

        def done(outcome: str | DemoSetupError) -> None:
            self.set_up_action.setEnabled(True)
            bar.clearMessage()
            if isinstance(outcome, DemoSetupError):
                self._tell(QMessageBox.Icon.Warning, str(outcome))
                return
            self.workspace.sync_now()
            examples = self.guide.examples
            self._tell(
                QMessageBox.Icon.Information,
                outcome
                + "\n\n"
                + self.tr(
                    "Open a candidate's LinkedIn tab to see it: %1 (same e-mail address on "
                    "LinkedIn), %2 (same name only), %3 (no member)."
                )
                .replace("%1", _first(examples.exact))
                .replace("%2", _first(examples.by_name))
                .replace("%3", _first(examples.unmatched)),
            )

        spawn_for(self, run(), done=done)

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(
            icon, self.tr("LinkedIn in the demo"), text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "result", None))
        self.result = box
        box.open()

    # --- About ------------------------------------------------------------------------

    def show_about(self) -> None:
        """Help > About the demo."""
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("About the demo"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = QTextBrowser()
        text.setOpenExternalLinks(True)
        text.setHtml(self.about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        dialog.resize(760, 620)
        dialog.finished.connect(lambda _result: setattr(self, "about_dialog", None))
        self.about_dialog = dialog
        dialog.open()

    def about_html(self) -> str:
        """What About the demo says, as rich text (every value escaped)."""
        guide, examples = self.guide, self.guide.examples
        url, seat = guide.sandbox_url, examples.recruiter_member
        commands = [
            f"linkedin-sandbox enable --level contract --url {url}",
            f'linkedin-sandbox export {examples.export_member} --job "{examples.export_job}"'
            f" --seat {seat} --url {url}",
            f"linkedin-sandbox inmail {examples.history_member} --seat {seat}"
            f' --body "Hello again!" --url {url}',
            f"linkedin-sandbox note {examples.history_member} --seat {seat}"
            f' --text "Call on Friday" --url {url}',
            f"linkedin-sandbox inmail {examples.share_member} --seat {seat}"
            f' --body "Hi" --url {url}',
            f"linkedin-sandbox share-profile {examples.share_member} --seat {seat} --url {url}",
        ]
        servers = [
            self.tr("ATS server: %1").replace("%1", guide.server_url),
            self.tr("LinkedIn sandbox: %1").replace("%1", url),
        ]
        matches = [
            self.tr("Same e-mail address on LinkedIn (an exact match): %1").replace(
                "%1", ", ".join(examples.exact)
            ),
            self.tr("Same name only (members to link; two members each for %2): %1")
            .replace("%1", ", ".join(examples.by_name))
            .replace("%2", ", ".join(examples.shared_name)),
            self.tr("No member on LinkedIn: %1").replace("%1", ", ".join(examples.unmatched)),
        ]
        connect = (
            self.tr(
                "LinkedIn starts not connected. As the admin, connect it in Admin settings > "
                "LinkedIn integration: on the sandbox's sign-in page choose yourself (%1), "
                "choose the contract %2, and play LinkedIn Recruiter's admin with the first "
                "command below. Or use Demo > Set up LinkedIn in one step."
            )
            .replace("%1", guide.admin_member)
            .replace("%2", guide.contract_name)
        )
        return "".join(
            [
                _paragraph(
                    self.tr(
                        "This demo runs its own ATS server and a LinkedIn sandbox (a stand-in "
                        "for LinkedIn Recruiter) on this computer; what you change is deleted "
                        "when you quit."
                    )
                ),
                _items(servers),
                _paragraph(
                    self.tr(
                        "Sign in as admin@demo.example, recruiter@demo.example, "
                        "hiring.manager@demo.example or interviewer@demo.example (password "
                        "demo), or switch in the Demo menu."
                    )
                ),
                f"<h3>{html.escape(self.tr('LinkedIn'))}</h3>",
                _paragraph(connect),
                _paragraph(self.tr("Then open a candidate's LinkedIn tab:")),
                _items(matches),
                _paragraph(
                    self.tr(
                        "The LinkedIn talent pool lists the people who shared their profile in "
                        "reply to an InMail. In the demo the server brings InMails, notes and "
                        "shared profiles from LinkedIn every minute (every two hours in "
                        "production); exports arrive at once. Try these in a terminal:"
                    )
                ),
                # Wrapped, so that the whole command shows; copied, it is one line again.
                '<pre style="white-space: pre-wrap">'
                + "\n\n".join(html.escape(c) for c in commands)
                + "</pre>",
            ]
        )


def _paragraph(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _items(texts: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in texts) + "</ul>"


def _first(people: tuple[str, ...]) -> str:
    return people[0] if people else "—"
