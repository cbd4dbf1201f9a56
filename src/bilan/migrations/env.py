"""Alembic environment: bilan runs migrations itself (`bilan.store.migrate`) on the
connection it opened, so there is no alembic.ini; `script_location` is this folder."""

from alembic import context

from bilan.schema import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
with context.begin_transaction():
    context.run_migrations()
