"""The running core: configuration, database, catalog and calendar, shared by the CLI,
the desktop application and the sync agent."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from backoffice.db.engine import Database, make_engine
from backoffice.platform.calendar import BusinessCalendar
from backoffice.platform.catalog import Catalog, default_catalog
from backoffice.platform.config import Config

if TYPE_CHECKING:
    from backoffice.platform.spool import Spool


@dataclass
class Backoffice:
    config: Config
    db: Database
    catalog: Catalog

    @classmethod
    def open(cls, config: Config, catalog: Catalog | None = None) -> Backoffice:
        from backoffice.platform import fileperms
        from backoffice.platform.demo_mode import apply

        fileperms.configure(config.files_group)  # before anything is made on disk
        config = apply(config)  # a demo data folder signs with its own demo- key id
        return cls(config, Database(make_engine(config.database_url)), catalog or default_catalog())

    @cached_property
    def calendar(self) -> BusinessCalendar:
        return BusinessCalendar(self.config.closures)

    @cached_property
    def spool(self) -> Spool:
        from backoffice.platform.spool import Spool  # ctypes and a thread pool: when first used

        sp = Spool(self.config.spool)
        sp.ensure()
        return sp

    def init_schema(self) -> tuple[str | None, str | None]:
        from backoffice.db import migrate  # alembic is only needed here

        return migrate.upgrade(self.db.engine)

    def close(self) -> None:
        self.db.dispose()
