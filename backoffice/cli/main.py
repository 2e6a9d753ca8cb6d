"""`backoffice` command (cli-v1): exit 0 success, 1 problem found, 2 usage/configuration."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from backoffice.cli import (
    commands_catalog,
    commands_closing,
    commands_core,
    commands_counters,
    commands_db,
    commands_export,
    commands_intake,
    commands_issuance,
    commands_portal,
    commands_records,
    commands_review,
    commands_stats,
)
from backoffice.db import preflight
from backoffice.platform import logsetup
from backoffice.platform.config import load_config
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError, ConfigError, UsageError

log = logging.getLogger("backoffice")

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
PRINTED = {"printed": True}  # said on standard error already: to the log file only (logsetup.console)
# Commands that work without an initialised database (init makes it; the gateway only
# writes bundles; the database password must be stored before the database can be reached;
# demo initialises its own).
NO_DATABASE_NEEDED = frozenset({"init", "gateway", "secrets", "demo", "db"})


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one clear line, exit 2 (cli-v1)
        raise UsageError(f"{self.prog}: {message}")


Handler = Callable[[Backoffice, argparse.Namespace], int]
# Each registers its commands (`register(sub)`), in the order `backoffice --help` lists them.
COMMAND_MODULES = (commands_core, commands_catalog, commands_counters, commands_intake, commands_review, commands_issuance,
                   commands_export, commands_closing, commands_db, commands_records, commands_portal, commands_stats)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="backoffice", description="LGWAN-side back office for online applications")
    p.add_argument("--config", help="configuration TOML (default: BACKOFFICE_CONFIG, else the machine-wide "
                   "backoffice.toml, else the user's config folder)")
    p.add_argument("--db", help="database URL, overrides database.url")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to standard error")
    p.add_argument("--log-level", choices=logsetup.LEVELS, default="INFO", type=str.upper,
                   help="what goes to the log file (default INFO; the folder: [logging] dir, "
                        "else the user's log folder); with -v also to standard error")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for module in COMMAND_MODULES:  # a new command group: import it above and add it here
        module.register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["--sanitizer-helper"]:  # the gateway's helper in a frozen build
        from backoffice.gateway.sanitize import _zygote_main

        _zygote_main()
        return 0
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    level = getattr(logging, args.log_level)
    logsetup.console(min(level, logging.INFO) if args.verbose else logging.WARNING)
    program = "agent" if args.command == "sync" else "cli"
    logfile = None
    try:
        config = load_config(args.config, args.db)
        logfile = logsetup.setup(program, args.log_level, config)
        log.info("backoffice %s (pid %d)", args.command, os.getpid())
        preflight.check_url(config.database_url)
        if args.command not in NO_DATABASE_NEEDED:
            preflight.check_ready(config.database_url)  # one line, and no empty database file
        bo = Backoffice.open(config)
    except ConfigError as exc:
        print(f"backoffice: {exc}", file=sys.stderr)
        if logfile is None:  # the configuration could not be read: the default folder
            logsetup.setup(program, args.log_level, None)
        log.error("configuration: %s", exc, extra=PRINTED)
        return EXIT_USAGE
    try:
        handler: Handler = args.handler
        return handler(bo, args)
    except (ConfigError, UsageError) as exc:
        print(f"backoffice: {exc}", file=sys.stderr)
        log.error("%s: %s", args.command, exc, extra=PRINTED)
        return EXIT_USAGE
    except BackofficeError as exc:
        print(f"backoffice: {exc}", file=sys.stderr)
        log.error("%s: %s", args.command, exc, extra=PRINTED)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        log.info("%s stopped (Ctrl+C)", args.command)
        return 130
    except Exception as exc:
        # The database went away (or never answered: init on an unreachable server): one line.
        lost = preflight.connection_lost(exc, config.database_url)
        if lost is None:
            log.exception("%s failed", args.command, extra=PRINTED)  # Python prints it; the file keeps it
            raise
        print(f"backoffice: {lost}", file=sys.stderr)
        log.error("database unreachable: %s", lost, extra=PRINTED)
        return EXIT_USAGE
    finally:
        bo.close()


if __name__ == "__main__":
    sys.exit(main())
