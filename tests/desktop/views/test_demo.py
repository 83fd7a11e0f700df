"""Demo mode: the in-process ATS server and its demo organisation, the Demo menu, and
`recruiter-desktop --demo --screenshot` run as a user runs it."""

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import httpx
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from recruiter_api.enums import MatchedBy, ProfileOutcome
from recruiter_desktop.demo import DEMO_PASSWORD, DEMO_USERS, FIRST_DEMO_USER, DemoServer
from recruiter_desktop.shell import OK, DemoAccounts
from recruiter_desktop.store.queries.linkedin import candidate_inmails, candidate_linkedin_notes
from recruiter_desktop.store.queries.pools import pool_members, pools
from recruiter_desktop.views.main_window import DEFAULT_SIZE
from tests.desktop.keyring_backend import null_keyring
from tests.desktop.views.gui import Gui
from tests.desktop.views.running_app import RunningShell, until
from tests.server.sync_client import Replica


def _signed_in(http: httpx.Client, email: str) -> dict[str, str]:
    answer = http.post("/api/v1/auth/token", data={"username": email, "password": DEMO_PASSWORD})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def test_the_demo_server_serves_a_seeded_organisation_and_cleans_up(tmp_path: Path) -> None:
    with DemoServer(tmp_path) as demo, httpx.Client(base_url=demo.url, timeout=30) as http:
        folder = demo.folder
        assert folder.parent == tmp_path
        assert demo.url.startswith("http://127.0.0.1:")
        for user in DEMO_USERS:
            me = http.get("/api/v1/me", headers=_signed_in(http, user.email)).json()
            assert me["user"]["role"] == user.role.value
        replica = Replica(http, _signed_in(http, "recruiter@demo.example"))
        replica.pull()
        kinds = Counter(entity for entity, _ in replica.rows)
        assert 200 <= kinds["candidate"] <= 500
        assert 10 <= kinds["job"] <= 15
        assert kinds["note"] > 0 and kinds["feedback"] > 0
        assert kinds["stage_change"] > kinds["application"]  # histories, not only arrivals
        roles = {data["role"] for (entity, _), data in replica.rows.items() if entity == "user"}
        assert roles == {"admin", "recruiter", "hiring_manager", "interviewer"}
    assert not folder.exists()
    assert demo.url == ""


def test_a_hiring_manager_of_the_demo_holds_roles_on_some_jobs_not_all(tmp_path: Path) -> None:
    with DemoServer(tmp_path) as demo, httpx.Client(base_url=demo.url, timeout=30) as http:
        everything = Replica(http, _signed_in(http, "recruiter@demo.example"))
        everything.pull()
        theirs = Replica(http, _signed_in(http, "hiring.manager@demo.example"))
        theirs.pull()
        assert 0 < len(theirs.ids("job")) < len(everything.ids("job"))


def _desktop(*args: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """`recruiter-desktop ARGS` as a user runs it, offscreen, with its data in `folder`."""
    program = Path(sys.executable).with_name("recruiter-desktop")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(  # noqa: S603 (our own program)
        [str(program), "--data-dir", str(folder / "data"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


def test_demo_screenshot_is_a_picture_of_the_whole_window(tmp_path: Path) -> None:
    picture = tmp_path / "main.png"
    done = _desktop("--demo", "--screenshot", str(picture), folder=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    image = QImage(str(picture))
    assert (image.width(), image.height()) == DEFAULT_SIZE
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 40  # text, lists and controls, not a blank or one-colour window
    # The demo's data went with it; the settings stay in the data folder.
    assert [p.name for p in (tmp_path / "data").iterdir() if p.is_dir()] == []
    assert (tmp_path / "data" / "settings.ini").is_file()


def test_a_screenshot_that_cannot_be_taken_is_told_in_words(tmp_path: Path) -> None:
    nowhere = _desktop("--demo", "--screenshot", str(tmp_path / "no" / "x.png"), folder=tmp_path)
    assert nowhere.returncode == 1
    assert f"The folder {tmp_path / 'no'} of the screenshot does not exist." in nowhere.stderr
    assert "Traceback" not in nowhere.stderr

    unsigned = _desktop(
        "--server", "http://127.0.0.1:9", "--screenshot", str(tmp_path / "x.png"), folder=tmp_path
    )
    assert unsigned.returncode == 1
    assert "There is no saved sign-in to take the screenshot with" in unsigned.stderr
    assert "Traceback" not in unsigned.stderr
    assert not (tmp_path / "x.png").exists()

    both = _desktop("--demo", "--server", "http://127.0.0.1:9", folder=tmp_path)
    assert both.returncode == 1
    assert "--demo starts a server of its own: leave out --server." in both.stderr


def test_the_demo_menu_switches_to_another_demo_user_with_a_window_of_their_own(
    gui: Gui, tmp_path: Path
) -> None:
    async def scenario(demo: DemoServer) -> None:
        accounts = DemoAccounts(
            demo.url, DEMO_PASSWORD, [(u.email, u.role) for u in DEMO_USERS], FIRST_DEMO_USER
        )
        app = RunningShell(demo.folder, keyring_backend=null_keyring(), demo=accounts)
        recruiter = await app.window_of("recruiter@demo.example")
        assert recruiter.windowTitle().endswith("— demo")
        assert recruiter.demo_actions["recruiter@demo.example"].isChecked()
        recruiter_cache = recruiter.workspace.cache
        recruiter.demo_actions["hiring.manager@demo.example"].trigger()
        manager = await app.window_of("hiring.manager@demo.example")
        assert manager is not recruiter
        assert manager.demo_actions["hiring.manager@demo.example"].isChecked()
        assert "admin" not in manager.page_keys
        assert manager.workspace.cache is not recruiter_cache
        manager.demo_actions["admin@demo.example"].trigger()
        admin = await app.window_of("admin@demo.example")
        assert "admin" in admin.page_keys
        assert await app.quit() == OK

    with DemoServer(tmp_path) as demo:
        gui.run(scenario(demo), timeout=60)


def _candidate_ids(replica: Replica) -> dict[str, str]:
    """Candidate id by full name, from what the user's cache would hold."""
    return {
        f"{data['first_name']} {data['last_name']}": cid
        for (entity, cid), data in replica.rows.items()
        if entity == "candidate"
    }


def test_the_demo_starts_the_linkedin_sandbox_and_its_members_match_candidates_three_ways(
    gui: Gui, tmp_path: Path
) -> None:
    async def scenario(demo: DemoServer) -> None:
        guide = demo.guide
        assert guide is not None and guide.sandbox_url == demo.sandbox_url
        examples = guide.examples
        assert len(examples.exact) >= 3 and len(examples.by_name) >= 2
        assert examples.shared_name and examples.unmatched
        accounts = DemoAccounts(
            demo.url,
            DEMO_PASSWORD,
            [(u.email, u.role) for u in DEMO_USERS],
            FIRST_DEMO_USER,
            guide,
        )
        app = RunningShell(demo.folder, keyring_backend=null_keyring(), demo=accounts)
        window = await app.window_of("recruiter@demo.example")
        actions = window.demo_linkedin
        assert actions is not None
        # Help > About the demo: where the sandbox listens, and what to try.
        actions.about_action.trigger()
        about = actions.about_html()
        assert f"--url {demo.sandbox_url}" in about and examples.unmatched[0] in about
        assert actions.about_dialog is not None
        actions.about_dialog.close()

        # LinkedIn starts not connected; Demo > Set up LinkedIn in one step connects it.
        workspace = window.workspace
        assert not (await workspace.linkedin.integration()).level
        actions.set_up_action.trigger()
        await until(lambda: actions.question is not None)
        assert actions.question is not None
        actions.question.button(QMessageBox.StandardButton.Ok).click()
        await until(lambda: actions.result is not None, within=60)
        assert actions.result is not None
        said = actions.result.text()
        assert said.startswith("LinkedIn is enabled at contract level on Norrsken"), said
        actions.result.close()

        with httpx.Client(base_url=demo.url, timeout=30) as http:
            replica = Replica(http, _signed_in(http, "recruiter@demo.example"))
            replica.pull()
        ids = _candidate_ids(replica)
        linkedin = workspace.linkedin
        exact = await linkedin.profile(ids[examples.exact[0]])
        assert exact.outcome is ProfileOutcome.LINKED and exact.link is not None
        assert exact.link.matched_by is MatchedBy.EMAIL
        twice = await linkedin.profile(ids[examples.shared_name[0]])
        assert twice.outcome is ProfileOutcome.SUGGESTIONS and len(twice.suggestions) == 2
        once = await linkedin.profile(ids[examples.by_name[-1]])
        assert once.outcome is ProfileOutcome.SUGGESTIONS and len(once.suggestions) == 1
        nobody = await linkedin.profile(ids[examples.unmatched[0]])
        assert nobody.outcome is ProfileOutcome.NO_MATCH

        # The exact match brings its InMails: the recruiter's own in full, a colleague's
        # as who and when; the LinkedIn pool holds the two shared profiles.
        await workspace.session.engine.sync_now()
        cid = ids[examples.exact[0]]
        inmails = await workspace.read(candidate_inmails, cid)
        assert {(m.full, m.correspondent_name) for m in inmails.items} == {
            (True, "Sofia Andersson"),
            (False, "Erik Sandberg"),
        }
        assert all(m.body is None for m in inmails.items if not m.full)
        notes = await workspace.read(candidate_linkedin_notes, cid)
        assert notes.total == 2  # the private one never leaves LinkedIn
        found = await workspace.read(pools)
        pool = next(p for p in found.items if p.system_key == "linkedin")
        members = await workspace.read(pool_members, pool.id)
        assert sorted(m.email is None for m in members.items) == [False, True]
        assert await app.quit() == OK

    with DemoServer(tmp_path) as demo:
        with httpx.Client(base_url=demo.sandbox_url, timeout=30) as sandbox:
            assert sandbox.get("/healthz").status_code == 200
        gui.run(scenario(demo), timeout=120)
