"""Storage: the SQLAlchemy engine and units of work (`engine`), the ORM models, the Alembic migrations and the start-up schema check. Importing the package loads every model module, so `Base.metadata` is complete."""

from backoffice.db import (  # noqa: F401
    models,
    models_audit,
    models_catalog,
    models_figures,
    models_keys,
    models_portal,
    models_records,
    models_retention,
    models_supervision,
)
