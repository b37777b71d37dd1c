"""The office store (#22): the same contract as storage/sqlite on a shared PostgreSQL server.

For now the schema (migrations/*.sql: tables, guard triggers, gapless numbering, fold) and its
migration runner (migrate.py); the store behind storage/api.py comes next (docs/office-mode.md).
psycopg is an optional dependency (the "office" extra): nothing here imports it at module level.
"""
