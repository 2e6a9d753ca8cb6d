from sqlalchemy import inspect

from backoffice.db import migrate
from backoffice.db.engine import make_engine
from backoffice.db.models import Base


def test_init_twice_changes_nothing_and_matches_models(db_url):
    engine = make_engine(db_url)
    before, after = migrate.upgrade(engine)
    assert before is None and after == migrate.head_revision(engine)
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    again = migrate.upgrade(engine)
    assert again == (after, after)
    assert set(inspect(engine).get_table_names()) == tables
    engine.dispose()


def test_migrations_produce_the_model_schema(db_url):
    """Autogenerate finds no difference between migrated schema and models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(db_url)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_sqlite_pragmas(sqlite_url):
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    engine.dispose()
