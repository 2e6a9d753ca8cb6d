"""The screenshots in docs/img are not older than the screens they show (issue 22 item 5).

ui/screenshots/ writes docs/img/manifest.json: per picture, the SHA-256 of the UI sources
it shows (page and widget modules, the text modules they import, the Japanese catalog entries
of their translation contexts; ui/screenshot_manifest.py). Here the fingerprints are
recomputed; a picture whose sources changed since it was taken is stale and named, with the
command that retakes them. No rendering: reading files and one XML catalog only."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from ui import screenshot_manifest as sm

ROOT = Path(__file__).resolve().parents[1]
MANUAL = ROOT / "docs" / "manual-ja.md"


def test_no_screenshot_is_older_than_the_screens_it_shows() -> None:
    images = sm.load()
    assert images, f"docs/img/manifest.json is missing: run {sm.REGENERATE}"
    stale = sm.stale(images)
    lines = [f"  {name}: " + ", ".join(reasons) for name, reasons in sorted(stale.items())]
    assert not stale, ("stale screenshots in docs/img (their screens changed since they were taken):\n"
                       + "\n".join(lines) + f"\nretake them and commit the pictures with docs/img/manifest.json:\n  {sm.REGENERATE}")


def test_every_picture_of_the_staff_manual_is_a_tracked_screenshot() -> None:
    """A picture the manual shows without a manifest entry could never be found stale."""
    shown = set(re.findall(r"\]\(img/([\w.-]+\.png)\)", MANUAL.read_text(encoding="utf-8")))
    assert shown, "the manual shows no pictures: the pattern is wrong"
    untracked = sorted(shown - set(sm.load()))
    assert not untracked, f"pictures in docs/manual-ja.md not written by ui/screenshots/: {untracked}"
    missing = sorted(n for n in shown if not (sm.IMG / n).exists())
    assert not missing, f"pictures the manual shows that do not exist: {missing}"


def test_every_callout_the_manual_cites_exists() -> None:
    """The manual cites a picture's callouts as ❶ ❷ … in the text after the picture, up to the
    next picture; each number cited must be one drawn on that picture."""
    text = MANUAL.read_text(encoding="utf-8")
    images = sm.load()
    circled = "❶❷❸❹❺❻❼❽❾❿⓫⓬⓭⓮⓯⓰⓱⓲⓳⓴"
    parts = re.split(r"!\[[^\]]*\]\(img/([\w.-]+\.png)\)", text)
    wrong = []
    for name, body in zip(parts[1::2], parts[2::2], strict=True):
        callouts = images.get(name, {}).get("callouts", [])
        drawn = {c["number"] for c in callouts} if isinstance(callouts, list) else set()
        cited = {circled.index(ch) + 1 for ch in body if ch in circled}
        wrong += [f"{name}: {n}" for n in sorted(cited - drawn)]
    assert not wrong, f"the manual cites callout numbers the picture does not have: {wrong}"


def test_a_changed_source_makes_its_picture_stale(tmp_path: Path) -> None:
    png = tmp_path / "x.png"
    png.write_bytes(b"\x89PNG not really")
    entry = sm.entry(png, {"ui.pages.queue_page"}, [])
    sources = entry["sources"]
    assert isinstance(sources, dict)
    assert "ui/pages/queue_page.py" in sources
    assert "ui/labels.py" in sources  # a text module the page imports
    assert f"{sm.CATALOG}#QueuePage" in sources  # its Japanese strings, not the whole catalog
    assert not [d for d in sources if d.endswith("#LoginDialog")]
    assert sm.stale({"x.png": entry}, tmp_path) == {}
    sources["ui/pages/queue_page.py"] = "0" * 64  # as if the page changed after the picture
    assert sm.stale({"x.png": entry}, tmp_path) == {"x.png": ["ui/pages/queue_page.py"]}
    shutil.copy(png, tmp_path / "y.png")
    png.write_bytes(b"another picture")
    assert "the picture was replaced without regenerating the manifest" in sm.stale({"x.png": entry}, tmp_path)["x.png"]


def test_catalog_line_numbers_do_not_make_pictures_stale(tmp_path: Path, monkeypatch) -> None:
    ts = (ROOT / sm.CATALOG).read_text(encoding="utf-8")
    moved = re.sub(r'line="(\d+)"', lambda m: f'line="{int(m[1]) + 7}"', ts)
    assert moved != ts
    before = sm.catalog_contexts()
    fake = tmp_path / sm.CATALOG
    fake.parent.mkdir(parents=True)
    fake.write_text(moved, encoding="utf-8")
    monkeypatch.setattr(sm, "ROOT", tmp_path)
    assert sm.catalog_contexts() == before
