"""The HTTP API: routes, their typed dependencies and the problem+json error answers."""
