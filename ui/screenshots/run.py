"""`python -m ui.screenshots`: the command line, the application and the order of the
pictures (the reviewer's, then the real demo's supervisor, counter clerk, first login and
administrator)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from .admin import _admin_shots, _first_login_shot
from .common import ROOT, Shots, _demo_db, _use_memory_keyring
from .counter import _counter_shots
from .reviewer import reviewer_shots
from .states import _states_shot
from .supervisor import _supervisor_shots
from .workday import _prepare_workday


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m ui.screenshots", description="grab screenshots of the desktop application")
    p.add_argument("--out", default=str(ROOT / "docs" / "img"))
    p.add_argument("--lang", default="ja", choices=("ja", "en"))
    args = p.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from backoffice.platform.config import load_config
    from backoffice.platform.context import Backoffice
    from ui import i18n
    from ui.app import make_application, use_cjk_font
    from ui.build_translations import build
    from ui.workers import Workers

    _use_memory_keyring()
    app = make_application(sys.argv[:1])
    print("font:", use_cjk_font(app))
    build()
    i18n.Translation(app).install(args.lang)
    shots = Shots(out)
    base = Path(tempfile.mkdtemp(prefix="bo-shots-"))
    bo = _demo_db(base)
    workers = Workers()
    try:
        _states_shot(shots)
        reviewer_shots(bo, shots, args.lang, workers)
        # the real demo (gateway + sync + a simulated workday) in a data folder of its own
        demo_base = Path(tempfile.mkdtemp(prefix="bo-demo-"))
        os.environ["BACKOFFICE_DATA_DIR"] = str(demo_base)
        demo = Backoffice.open(load_config(None))
        try:
            from backoffice.demo.generate import run_demo

            print(run_demo(demo, count=40, seed=20261128).line())
            day = _prepare_workday(demo)
            _supervisor_shots(demo, day, shots, args.lang, workers)
            _counter_shots(demo, day, shots, args.lang, workers)
            _first_login_shot(demo, shots, workers)
            _admin_shots(demo, shots, args.lang, workers)
        finally:
            demo.close()
        manifest = shots.write_manifest()
        print("saved", ", ".join(sorted(shots.images)), "in", out, "and", manifest.name)
    finally:
        workers.shutdown()
        bo.close()
    return 0

