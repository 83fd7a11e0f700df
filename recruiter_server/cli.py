"""The `recruiter-server` command: serve, migrate, create-admin, seed-demo.

The database comes from RECRUITER_DATABASE_URL (see config.py). Every failure is a sentence
on stderr and exit code 1, never a traceback: a person runs these commands, often while
setting up a server for the first time.
"""

import argparse
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError as AlembicError
from pydantic import ValidationError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from recruiter_api.enums import OrgRole
from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from recruiter_server.db.migrate import alembic_config, upgrade
from recruiter_server.demo.names import DEMO_PASSWORD, DEMO_SIGN_INS
from recruiter_server.demo.seed import DEFAULT_APPLICATIONS, DEFAULT_CANDIDATES, seed_demo
from recruiter_server.domain.errors import DomainError
from recruiter_server.domain.users import create_user

log = logging.getLogger("recruiter.server")


class CommandFailed(Exception):
    """A reason the command cannot go on, in words for the person who ran it."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `recruiter-server` command; returns the process exit code."""
    args = _parser().parse_args(argv)
    # Ours at INFO; the libraries' (Alembic's chatter about its context) only when it matters.
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    log.setLevel(logging.INFO)
    command: Callable[[argparse.Namespace, Settings], None] = args.run
    try:
        settings = Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"RECRUITER_{'_'.join(str(part) for part in error['loc']).upper()}: {error['msg']}"
            for error in exc.errors()
        )
        return _fail(f"The server settings are not valid: {problems}.")
    try:
        command(args, settings)
    except CommandFailed as exc:
        return _fail(str(exc))
    except DomainError as exc:
        return _fail(exc.detail)
    except AlembicError as exc:
        return _fail(f"The migration failed: {exc}")
    except ArgumentError as exc:
        return _fail(
            f"RECRUITER_DATABASE_URL is not a database this server can use "
            f"({_first_line(exc)}): give sqlite:///path/to/file.db or "
            "postgresql+psycopg://user:password@host:port/database."
        )
    except OperationalError as exc:
        return _fail(f"Cannot use the database at {_shown(settings)}: {_first_line(exc.orig)}")
    except SQLAlchemyError as exc:
        return _fail(f"The database at {_shown(settings)} refused the command: {_first_line(exc)}")
    except KeyboardInterrupt:
        return _fail("Interrupted.", code=130)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recruiter-server",
        description="The ATS server of Recruiter Desktop. The database is RECRUITER_DATABASE_URL "
        "(a SQLite file by default).",
    )
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="port to listen on (8000)")
    serve.set_defaults(run=_serve)

    migrate = commands.add_parser("migrate", help="create or upgrade the database schema")
    migrate.set_defaults(run=_migrate)

    admin = commands.add_parser("create-admin", help="add an admin who can sign in")
    admin.add_argument("--email", required=True)
    admin.add_argument("--password", help="asked for when left out and a terminal is attached")
    admin.add_argument("--first-name", default="Admin")
    admin.add_argument("--last-name", default="User")
    admin.set_defaults(run=_create_admin)

    demo = commands.add_parser(
        "seed-demo",
        help="fill an empty, migrated database with the demo organisation",
        description=f"Create the demo organisation; sign in as {', '.join(DEMO_SIGN_INS)} "
        f"with the password '{DEMO_PASSWORD}'.",
    )
    demo.add_argument(
        "--candidates", type=_count, default=DEFAULT_CANDIDATES, metavar="N",
        help=f"how many candidates ({DEFAULT_CANDIDATES})",
    )  # fmt: skip
    demo.add_argument(
        "--applications", type=_count, default=DEFAULT_APPLICATIONS, metavar="M",
        help=f"how many applications, spread over the candidates ({DEFAULT_APPLICATIONS})",
    )  # fmt: skip
    demo.set_defaults(run=_seed_demo)
    return parser


# --- Commands -------------------------------------------------------------------------------


def _serve(args: argparse.Namespace, settings: Settings) -> None:
    import uvicorn  # noqa: PLC0415 (only this command needs the server)

    from recruiter_server.app import create_app  # noqa: PLC0415

    db = _open_migrated(settings)
    if settings.uses_development_secret:
        log.warning(
            "RECRUITER_SECRET_KEY is not set: sign-in tokens are signed with the built-in "
            "development key, which anyone can read in the source. Set RECRUITER_SECRET_KEY "
            "to a long random secret before other people can reach this server."
        )
    log.info("Serving the database at %s on http://%s:%d", _shown(settings), args.host, args.port)
    uvicorn.run(
        create_app(settings, db),
        host=args.host,
        port=args.port,
        # Behind a load balancer the sign-in rate limit must see the real client address.
        proxy_headers=True,
        forwarded_allow_ips=settings.forwarded_allow_ips,
    )


def _migrate(_args: argparse.Namespace, settings: Settings) -> None:
    db = Database(settings.database_url)
    try:
        before = _current_revision(db)
        upgrade(db)
        after = _current_revision(db)
    finally:
        db.dispose()
    if before == after:
        print(f"The database at {_shown(settings)} is up to date (schema {after}).")
    elif before is None:
        print(f"Created the schema {after} in the database at {_shown(settings)}.")
    else:
        print(f"Upgraded the database at {_shown(settings)} from schema {before} to {after}.")


def _create_admin(args: argparse.Namespace, settings: Settings) -> None:
    password = args.password
    if password is None:
        if not sys.stdin.isatty():
            raise CommandFailed("Give the new admin's password with --password.")
        password = getpass.getpass("Password of the new admin: ")
        if getpass.getpass("The same password again: ") != password:
            raise CommandFailed("The two passwords differ; nothing was created.")
    db = _open_migrated(settings)
    try:
        with db.write_session() as session:
            user = create_user(
                session,
                email=args.email,
                first_name=args.first_name,
                last_name=args.last_name,
                role=OrgRole.ADMIN,
                password=password,
            )
            session.commit()
    finally:
        db.dispose()
    print(f"Created the admin {user.first_name} {user.last_name} <{user.email}>.")


def _seed_demo(args: argparse.Namespace, settings: Settings) -> None:
    db = _open_migrated(settings)
    try:
        result = seed_demo(db, candidates=args.candidates, applications=args.applications)
    finally:
        db.dispose()
    rows = sum(result.counts.values())
    print(
        f"Seeded the demo organisation into {_shown(settings)} in {result.seconds:.1f} s "
        f"({rows:,} rows, each with its sync index row):"
    )
    width = len(f"{max(result.counts.values(), default=0):,}")
    for label, count in result.counts.items():
        print(f"  {count:>{width},} {label}")
    print(f"Sign in as {', '.join(DEMO_SIGN_INS)} with the password '{DEMO_PASSWORD}'.")


# --- Shared steps ---------------------------------------------------------------------------


def _open_migrated(settings: Settings) -> Database:
    """The database, once it is known to be at this program's schema."""
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        if not path.exists():
            raise CommandFailed(
                f"There is no database at {path}: run `recruiter-server migrate` to create it "
                "(RECRUITER_DATABASE_URL says where)."
            )
    db = Database(settings.database_url)
    try:
        current = _current_revision(db)
    except BaseException:
        db.dispose()
        raise
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if current != head:
        db.dispose()
        if current is None:
            raise CommandFailed(
                f"The database at {_shown(settings)} is not migrated yet: "
                "run `recruiter-server migrate` first."
            )
        raise CommandFailed(
            f"The database at {_shown(settings)} has the schema {current}, but this version of "
            f"recruiter-server needs {head}: run `recruiter-server migrate` (or, if the database "
            "is newer, upgrade recruiter-server)."
        )
    return db


def _current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _shown(settings: Settings) -> str:
    """The database URL without its password."""
    try:
        return make_url(settings.database_url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "(an unreadable RECRUITER_DATABASE_URL)"


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _fail(message: str, code: int = 1) -> int:
    print(f"recruiter-server: {message}", file=sys.stderr)
    return code


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError(f"{text} is not a port number (1-65535)")
    return value
