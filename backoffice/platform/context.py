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
        db = Database(make_engine(config.database_url))
        if catalog is None and config.per_person:
            catalog = default_catalog()  # no connection before a person logs in (issue 19)
        if catalog is None:  # the catalog in the shared database, once `init` put it there (issue 16)
            from backoffice.db import catalog_store

            catalog = catalog_store.load(db)
        return cls(config, db, catalog or default_catalog())

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
        from backoffice.db import catalog_store, migrate  # alembic is only needed here

        result = migrate.upgrade(self.db.engine)
        entries = catalog_store.raw_entries(self.catalog)
        if entries:  # the first init puts the catalog into the shared database (issue 16)
            with self.db.write() as s:
                catalog_store.seed_if_empty(s, entries)
        return result

    def close(self) -> None:
        self.db.dispose()
