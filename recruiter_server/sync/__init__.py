"""The sync protocol: the pull feed and the mutation push (DESIGN.md, "Sync protocol")."""
