"""Fill in the English plural forms of resources/i18n/recruiter_desktop_en.ts.

English is the source language, so only the messages with `%n` need an English translation:
"%n change(s)" becomes "%n change" for one and "%n changes" for more. A word with a suffix in
brackets ("change(s)", "match(es)") gives both forms; a message without one keeps its text in
both. Forms filled in before (by this script or by hand) are kept. Run by
scripts/translations.sh after pyside6-lupdate.
"""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SUFFIX = re.compile(r"(\w+)\((\w+)\)")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def forms(source: str) -> tuple[str, str]:
    """The singular and plural English forms of a source text."""
    return SUFFIX.sub(r"\1", source), SUFFIX.sub(r"\1\2", source)


def fill(path: Path) -> int:
    """Fill the unfinished plural messages of the .ts file; how many were filled."""
    tree = ET.parse(path)  # noqa: S314 (our own .ts files, made by lupdate)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if (
            message.get("numerus") != "yes"
            or translation is None
            or source is None
            or translation.get("type") != "unfinished"
        ):
            continue
        numerus = translation.findall("numerusform")
        for element, text in zip(numerus, forms(source), strict=True):
            element.text = text
        del translation.attrib["type"]
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")
    return filled


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"english_plurals: {fill(Path(name))} plural message(s) filled in {name}")
