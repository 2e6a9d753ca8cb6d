"""Screenshots for docs/img/: start the real application on a demo database, log in
through the dialog, navigate and grab the window, with numbered callouts, and write
docs/img/manifest.json (ui/screenshot_manifest.py) for the staleness test.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m ui.screenshots [--out docs/img] [--lang ja]

Runs under Xvfb when DISPLAY is set (xvfb-run), else offscreen. Windows are 1280x800 and
some pictures are crops of one region, so that text stays readable in the manual. A callout
is a red circle with a number drawn by Pillow where a widget is (`widget.mapTo(window, …)`,
so callouts follow the layout); the manual refers to the numbers.
The reviewer's screens (login, main-window, application, decision-placeholder,
menu-file, lock) use the test factories; the supervisor's (dashboard, reassign, quarantine,
export, issue-deliver, issue-no-printer, verify-valid, payments, audit-log,
inquiries, faq-editor, figures, counters, manual-window, about, register-compare,
application-inquiries, status-db-unreachable) and
the counter clerk's (counter-search, appointments, counter-entry, counter-payment, settings), the first login's
password-first and the administrator's staff-admin, staff-departments, catalog, catalog-change use
`backoffice demo` plus a few more real service calls (_prepare_workday: decisions, a settlement
file, bookings — one for an online application, with a phone inquiry about it —; the counter
clerk's scan folder with a filled-in paper form); application-states is drawn from the
status and step names of ui/labels.py.
Issuing needs a keyring: this process alone uses an in-memory one (_use_memory_keyring).

One module per part: `run` (the command line and the order of the pictures), `common`
(`Shots`, the callouts, waiting for the screen, opening a window as someone), `workday`
(the demo's day of work), `reviewer`, `supervisor`, `counter`, `admin` (with the first
login) and `states` (the diagram).
"""

from __future__ import annotations

from .run import main
from .workday import _prepare_workday, _Workday

__all__ = ["main", "_prepare_workday", "_Workday"]
