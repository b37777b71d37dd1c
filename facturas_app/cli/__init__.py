import logging

# A library-style NullHandler: without logging configured, the CLI's last-resort log.exception must not
# reach logging.lastResort, which would print a traceback on stderr (CLI.md: no traceback ever).
logging.getLogger("facturas").addHandler(logging.NullHandler())
