"""The LinkedIn integration's rules that need only the database: the integration's state and
features, profile links, the candidates LinkedIn brings (1-click export, stub profiles), and
the InMails and notes published to users. recruiter_server.linkedin does the talking."""
