"""`recruiter-desktop`: the command line of the desktop app.

The options are the stable interface of DESIGN.md. The window itself arrives with a later
issue; until then the program says so and exits with status 2, rather than show a fake one.
"""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

NOT_BUILT = 2


def build_parser() -> argparse.ArgumentParser:
    """The parser of `recruiter-desktop [--demo] [--server URL] [--data-dir DIR] [--lang en|sv]
    [--screenshot PNG]`."""
    parser = argparse.ArgumentParser(
        prog="recruiter-desktop",
        description="Recruiter Desktop: the offline-first desktop client of the ATS.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start a demo ATS server and LinkedIn sandbox on loopback, with demo data, "
        "and sign in to them",
    )
    parser.add_argument(
        "--server", metavar="URL", help="the ATS server to sync with, e.g. https://ats.example.com"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help="where the offline cache and settings live (default: the user data folder)",
    )
    parser.add_argument(
        "--lang", choices=["en", "sv"], help="language of the interface (default: the system's)"
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        type=Path,
        help="render the main window offscreen to this PNG once the first sync is done, then exit",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app; returns the process's exit status."""
    build_parser().parse_args(argv)
    print(
        "recruiter-desktop: the desktop window is not built yet; it arrives with a later issue.\n"
        "The ATS server runs today: see `recruiter-server --help` and README.md.",
        file=sys.stderr,
    )
    return NOT_BUILT


if __name__ == "__main__":
    sys.exit(main())
