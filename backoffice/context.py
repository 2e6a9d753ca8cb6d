"""The running core: configuration, database, catalog and calendar, shared by the CLI,
the desktop application and the sync agent."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .calendar import BusinessCalendar
from .catalog import Catalog, default_catalog
from .config import Config
from .db.engine import Database, make_engine


@dataclass
class Backoffice:
    config: Config
    db: Database
    catalog: Catalog

    @classmethod
    def open(cls, config: Config, catalog: Catalog | None = None) -> Backoffice:
        from . import fileperms
        from .demo_mode import apply

        fileperms.configure(config.files_group)  # before anything is made on disk
        config = apply(config)  # a demo data folder signs with its own demo- key id
        return cls(config, Database(make_engine(config.database_url)), catalog or default_catalog())

    @cached_property
    def calendar(self) -> BusinessCalendar:
        return BusinessCalendar(self.config.closures)

    @cached_property
    def spool(self):  # type: ignore[no-untyped-def]
        from .intake.spool import Spool

        sp = Spool(self.config.spool)
        sp.ensure()
        return sp

    def init_schema(self) -> tuple[str | None, str | None]:
        from .db import migrate  # alembic is only needed here

        return migrate.upgrade(self.db.engine)

    def close(self) -> None:
        self.db.dispose()
