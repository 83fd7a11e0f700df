"""Authentication: password hashes, access and refresh tokens, the sign-in rate limit."""
