"""`backoffice` command (cli-v1): exit 0 success, 1 problem found, 2 usage/configuration."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from sqlalchemy.exc import SQLAlchemyError

from ..config import load_config
from ..context import Backoffice
from ..db import preflight
from ..errors import BackofficeError, ConfigError, UsageError
from ..retry import is_connection_error

log = logging.getLogger("backoffice")

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
# Commands that work without an initialised database (init makes it; the gateway only
# writes bundles; the database password must be stored before the database can be reached;
# demo initialises its own).
NO_DATABASE_NEEDED = frozenset({"init", "gateway", "secrets", "demo"})


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one clear line, exit 2 (cli-v1)
        raise UsageError(f"{self.prog}: {message}")


Handler = Callable[[Backoffice, argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    from . import commands_core, commands_intake, commands_review

    p = _Parser(prog="backoffice", description="LGWAN-side back office for online applications")
    p.add_argument("--config", help="configuration TOML (default: BACKOFFICE_CONFIG or the user's config folder)")
    p.add_argument("--db", help="database URL, overrides database.url")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to standard error")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for module in (commands_core, commands_intake, commands_review):
        module.register(sub)
    for extra in _optional_modules():
        extra.register(sub)
    return p


def _optional_modules() -> list:  # type: ignore[type-arg]
    """Command groups of later features register themselves when present."""
    import importlib

    found = []
    for name in ("commands_issuance", "commands_export", "commands_closing"):
        try:
            found.append(importlib.import_module(f"{__package__}.{name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{name}":
                raise
    return found


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["--sanitizer-helper"]:  # the gateway's helper in a frozen build
        from ..intake.sanitize import _zygote_main

        _zygote_main()
        return 0
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        config = load_config(args.config, args.db)
        preflight.check_url(config.database_url)
        if args.command not in NO_DATABASE_NEEDED:
            preflight.check_ready(config.database_url)  # one line, and no empty database file
        bo = Backoffice.open(config)
    except ConfigError as exc:
        print(f"backoffice: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        handler: Handler = args.handler
        return handler(bo, args)
    except (ConfigError, UsageError) as exc:
        print(f"backoffice: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BackofficeError as exc:
        print(f"backoffice: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except SQLAlchemyError as exc:
        if not is_connection_error(exc):
            raise
        # The database went away (or never answered: init on an unreachable server).
        print(f"backoffice: {preflight.unreachable(exc, config.database_url)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    finally:
        bo.close()


if __name__ == "__main__":
    sys.exit(main())
