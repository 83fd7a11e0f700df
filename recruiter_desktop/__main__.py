"""`recruiter-desktop`: the command line of the desktop app.

The options are the stable interface of DESIGN.md; app.py runs the app with them.
"""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


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
        help="start a demo ATS server on loopback, with a demo organisation, and sign in to it "
        "as its recruiter (the Demo menu switches to its admin, hiring manager and interviewer)",
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
    args = build_parser().parse_args(argv)
    # Qt is loaded only once the command line is known good (--help answers at once).
    from recruiter_desktop.app import Options, run  # noqa: PLC0415

    return run(
        Options(
            demo=args.demo,
            server=args.server,
            data_dir=args.data_dir,
            lang=args.lang,
            screenshot=args.screenshot,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
