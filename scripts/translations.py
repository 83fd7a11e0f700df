"""The desktop app's Qt translations in resources/i18n/: refresh them, or check them.

    .venv/bin/python scripts/translations.py           # refresh
    .venv/bin/python scripts/translations.py --check   # check (tests/desktop/views runs it)

Refresh:
1. pyside6-lupdate collects every string of the views and the app (`self.tr(...)` and
   `QCoreApplication.translate("Context", ...)` with literal text; lupdate does not see
   strings passed through a helper function) into recruiter_desktop_sv.ts, every message, and
   recruiter_desktop_en.ts, only the plural ones: English is the source language, but
   "%n change(s)" needs its English forms. Strings no longer in the code are dropped.
2. The English plural forms are filled in: a word with a suffix in brackets gives both forms
   ("%n change(s)" -> "%n change", "%n changes"); forms filled in before are kept.
3. pyside6-lrelease compiles the .ts files into the .qm files the app loads.
Then translate what is new in recruiter_desktop_sv.ts (`pyside6-linguist`, or its XML) until
no message is unfinished, run the refresh again, and commit the .ts and .qm files together.

Check: the messages of the code are those of the .ts files, none is unfinished, and the .qm
files are what lrelease makes of the .ts files. Exit status 1, with what to do, otherwise.
"""

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
SWEDISH = "recruiter_desktop_sv"
ENGLISH = "recruiter_desktop_en"
_SUFFIX = re.compile(r"(\w+)\((\w+)\)")
_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'

_NOT_DONE = ("unfinished", "obsolete", "vanished")
Message = tuple[str, str, bool]  # context, source text, has plural forms


def sources() -> list[str]:
    """The files lupdate reads, relative to the repository."""
    views = sorted(p.relative_to(ROOT) for p in (ROOT / "recruiter_desktop/views").rglob("*.py"))
    app = ["recruiter_desktop/app.py", "recruiter_desktop/shell.py", "recruiter_desktop/demo.py"]
    return [str(p) for p in views] + app


def _run(*command: str) -> None:
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)  # noqa: S603


def lupdate(folder: Path) -> None:
    """Bring the .ts files in `folder` in step with the code."""
    common = ["-no-obsolete", "-locations", "relative", *sources()]
    _run(str(BIN / "pyside6-lupdate"), *common, "-ts", str(folder / f"{SWEDISH}.ts"))
    _run(str(BIN / "pyside6-lupdate"), *common, "-pluralonly", "-ts", str(folder / f"{ENGLISH}.ts"))


def lrelease(folder: Path) -> None:
    """Compile the .ts files in `folder` into .qm files beside them."""
    for name in (SWEDISH, ENGLISH):
        _run(str(BIN / "pyside6-lrelease"), "-silent", str(folder / f"{name}.ts"))


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural English forms of a source text."""
    return _SUFFIX.sub(r"\1", source), _SUFFIX.sub(r"\1\2", source)


def fill_english(path: Path) -> int:
    """Fill in the unfinished plural messages of the English .ts; how many were filled."""
    tree = ET.parse(path)  # noqa: S314 (our own .ts files, made by lupdate)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or source is None or translation.get("type") != "unfinished":
            continue
        forms = translation.findall("numerusform")
        for element, text in zip(forms, english_forms(source), strict=True):
            element.text = text
        del translation.attrib["type"]
        filled += 1
    ET.indent(tree, space="    ")
    path.write_text(_HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", "utf-8")
    return filled


def messages(path: Path) -> set[Message]:
    tree = ET.parse(path)  # noqa: S314
    return {
        (context.findtext("name") or "", m.findtext("source") or "", m.get("numerus") == "yes")
        for context in tree.iter("context")
        for m in context.iter("message")
    }


def unfinished(path: Path) -> list[str]:
    """The source texts of the messages still to translate (or left obsolete)."""
    tree = ET.parse(path)  # noqa: S314
    left: list[str] = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in _NOT_DONE:
            left.append(message.findtext("source") or "")
    return left


def refresh() -> list[str]:
    """Update, fill in and compile the translations; what is still to translate."""
    lupdate(I18N)
    fill_english(I18N / f"{ENGLISH}.ts")
    lrelease(I18N)
    return [f"{SWEDISH}.ts: {text}" for text in unfinished(I18N / f"{SWEDISH}.ts")]


def check() -> list[str]:
    """What is out of step, in words; empty when the translations are current."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as temp:
        fresh = Path(temp)
        for name in (SWEDISH, ENGLISH):
            shutil.copy(I18N / f"{name}.ts", fresh / f"{name}.ts")
        lupdate(fresh)
        fill_english(fresh / f"{ENGLISH}.ts")
        for name in (SWEDISH, ENGLISH):
            committed, current = messages(I18N / f"{name}.ts"), messages(fresh / f"{name}.ts")
            for context, text, _ in sorted(current - committed):
                problems.append(f"{name}.ts lacks the new string {context}: {text!r}")
            for context, text, _ in sorted(committed - current):
                problems.append(f"{name}.ts holds {context}: {text!r}, no longer in the code")
            left = unfinished(I18N / f"{name}.ts")
            problems += [f"{name}.ts: not translated: {text!r}" for text in left]
        for name in (SWEDISH, ENGLISH):
            shutil.copy(I18N / f"{name}.ts", fresh / f"{name}.ts")
        lrelease(fresh)
        for name in (SWEDISH, ENGLISH):
            qm = I18N / f"{name}.qm"
            if not qm.is_file() or qm.read_bytes() != (fresh / f"{name}.qm").read_bytes():
                problems.append(f"{name}.qm is not compiled from {name}.ts")
    return problems


def main() -> int:
    if sys.argv[1:] == ["--check"]:
        problems = check()
        for problem in problems:
            print(f"translations: {problem}", file=sys.stderr)
        if problems:
            print(
                "translations: run `.venv/bin/python scripts/translations.py`, translate "
                f"what is new in resources/i18n/{SWEDISH}.ts, and run it again.",
                file=sys.stderr,
            )
        return 1 if problems else 0
    if sys.argv[1:]:
        print(__doc__, file=sys.stderr)
        return 2
    left = refresh()
    for line in left:
        print(f"translations: still to translate in {line}", file=sys.stderr)
    print(f"translations: {I18N.relative_to(ROOT)} refreshed; {len(left)} message(s) to translate")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
