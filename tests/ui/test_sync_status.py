"""The desktop's background sync steps aside while another workstation (or the sync agent)
is syncing the shared spool, says so in the status bar, and ingests on a later tick."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tests.intake.conftest import make_env
from ui import i18n
from ui.build_translations import build
from ui.sync_runner import SyncRunner

ROOT = Path(__file__).resolve().parents[2]
HOLD_LOCK = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from backoffice.platform.spool import Spool
with Spool(Path(sys.argv[2])).agent_lock(wait=False) as held:
    print("locked" if held else "busy", flush=True)
    sys.stdin.read()  # hold the lock until the test lets go (or dies): no timer to outlast
"""


def _last_run(qtbot, runner, states):  # type: ignore[no-untyped-def]
    before = len(states)
    runner.run_now()
    qtbot.waitUntil(lambda: len(states) > before and not states[-1].running, timeout=15000)
    return states[-1]


def test_background_sync_waits_for_the_other_workstation(qtbot, workers, sqlite_url, tmp_path):
    env = make_env(sqlite_url, tmp_path)
    env.put(env.bundle())
    other = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(ROOT), str(env.bo.spool.root)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "locked"
        runner = SyncRunner(env.bo, workers)
        assert runner.state.enabled
        states: list = []
        runner.state_changed.connect(states.append)
        st = _last_run(qtbot, runner, states)
        assert st.busy and st.ingested == 0 and st.error is None
        assert len(list(env.bo.spool.inbox.glob("*.zip"))) == 1  # left for the lock holder
    finally:
        other.kill()
        other.wait()
    st = _last_run(qtbot, runner, states)  # the other workstation is gone: this one ingests
    assert not st.busy and st.ingested == 1
    assert not list(env.bo.spool.inbox.glob("*.zip"))
    env.bo.close()


def test_busy_status_is_translated(qapp):
    build()
    t = i18n.Translation(qapp)
    try:
        assert t.install("ja")
        text = QCoreApplication.translate("MainWindow", "Sync %1: another workstation is syncing the spool")
        assert text.startswith("同期 %1: 他の端末が同期中")
    finally:
        t.install("en")
