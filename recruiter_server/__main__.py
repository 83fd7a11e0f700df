"""`python -m recruiter_server`: the same as the `recruiter-server` command."""

from recruiter_server.cli import main

raise SystemExit(main())
