"""One module per screen. Views call services through the TaskRunner and never touch the database."""
