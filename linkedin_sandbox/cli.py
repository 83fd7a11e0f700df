"""`linkedin-sandbox`: the command line of the LinkedIn sandbox.

`serve` is the stable interface of DESIGN.md; the subcommands for the LinkedIn-side actions
(enable the integration, export, InMail, note, share a profile) arrive with the sandbox itself.
Until then the program says that it is not built yet and exits with status 2.
"""

import argparse
import sys
from collections.abc import Sequence

NOT_BUILT = 2


def build_parser() -> argparse.ArgumentParser:
    """The parser of `linkedin-sandbox serve [--host H] [--port P]`."""
    parser = argparse.ArgumentParser(
        prog="linkedin-sandbox",
        description="A local stand-in for LinkedIn Recruiter and its partner API.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = commands.add_parser("serve", help="serve the sandbox's API over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (%(default)s)")
    serve.add_argument("--port", type=int, default=8100, help="port to listen on (%(default)s)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the sandbox; returns the process's exit status."""
    args = build_parser().parse_args(argv)
    print(
        f"linkedin-sandbox {args.command}: the LinkedIn sandbox is not built yet; "
        "it arrives with a later issue.",
        file=sys.stderr,
    )
    return NOT_BUILT


if __name__ == "__main__":
    sys.exit(main())
