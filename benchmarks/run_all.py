"""Run every benchmark and write docs/benchmarks-latest.md: figure, baseline, ratio and target
per benchmark, the machine it ran on, and each benchmark's full output. (docs/benchmarks.md
holds the dated sittings with their analysis, written by hand; a run never overwrites it.)

    python benchmarks/run_all.py [--quick] [--only NAME ...] [--out docs/benchmarks-latest.md]

Each benchmark measures its own plain baseline in the same run, so the ratios compare
like with like on whatever machine runs this. --quick uses smaller sizes (for a smoke run).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Bench:
    name: str
    script: str
    args: tuple[str, ...]
    quick_args: tuple[str, ...]
    ratio: str  # regex whose group 1 is the ratio
    target: str
    ok: str  # "<=x" or ">=x"


BENCHES = (
    Bench("sync on the real mix (signed, CRL, 2-page PDF + PNG), marginal 100 -> 500 bundles vs unzip+hash+insert",
          "bench_sync.py", (), ("--small", "20", "--count", "80", "--rounds", "1"),
          r"ratio product/baseline: ([0-9.]+)", ">= 0.5", ">=0.5"),
    Bench("gateway: cost per PDF page vs bare pypdfium2", "bench_gateway.py", (), (),
          r"ratio gateway / bare\s*:\s*([0-9.]+)", "<= 2.0x", "<=2.0"),
    Bench("queue model over 100,000 applications (worst step vs its bare query)", "bench_queue.py", (),
          ("--rows", "20000"), r"WORST_RATIO ([0-9.]+)", "<= 3x per step; first page <= 100 ms; RSS <= 300 MB", "<=3.0"),
    Bench("issuance: 1,000 certificates vs bare reportlab page", "bench_issuance.py", (), ("--count", "100"),
          r"issue\s+ratio product/bare: ([0-9.]+)", ">= 0.7", ">=0.7"),
    Bench("verification of one scanned page vs bare pyzbar", "bench_issuance.py", (), ("--count", "100"),
          r"verify\s+ratio product/bare: ([0-9.]+)", "<= 1.3x", "<=1.3"),
    Bench("dashboard over 100,000 applications vs its bare SQL", "bench_dashboard.py", (), ("--count", "20000"),
          r"snapshot ([0-9.]+) ms", "<= 300 ms (figure is the snapshot in ms)", "<=300"),
    Bench("export: 100,000 decisions vs bare csv writer", "bench_export.py", (), ("--count", "20000"),
          r"ratio product/bare: ([0-9.]+)", ">= 0.5", ">=0.5"),
    Bench("register answers: load 10,000 signed answers (checks, comparison, one transaction) vs bare verify+parse+insert",
          "bench_records.py", ("--floor",), ("--count", "2000", "--repeat", "1"),
          r"ratio product/bare: ([0-9.]+)", ">= 0.5", ">=0.5"),
    Bench("figures: 12-month trend over a year of 1,000,000 applications vs the cheaper of its statements bare "
          "and a GROUP BY of the additive figures", "bench_figures.py", (), ("--count", "20000", "--repeat", "1"),
          r"ratio product/bare: ([0-9.]+)", ">= 0.5", ">=0.5"),
)


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")).split()[1])
        mem = f", {kb / 2**20:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores{mem}, Python {platform.python_version()}"


def _passes(value: float, ok: str) -> bool:
    limit = float(ok[2:])
    return value <= limit if ok.startswith("<=") else value >= limit


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--out", default=str(ROOT / "docs" / "benchmarks-latest.md"))
    args = ap.parse_args()
    outputs: dict[str, str] = {}
    rows = []
    for b in BENCHES:
        if args.only and not any(o in b.script or o in b.name for o in args.only):
            continue
        if b.script not in outputs:
            cmd = [sys.executable, str(ROOT / "benchmarks" / b.script), *(b.quick_args if args.quick else b.args)]
            print("running", " ".join(cmd[1:]), flush=True)
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
            outputs[b.script] = proc.stdout + (f"\n[exit {proc.returncode}]\n{proc.stderr[-2000:]}" if proc.returncode else "")
            outputs[b.script] += f"\n({time.perf_counter() - t0:.0f} s)"
        m = re.search(b.ratio, outputs[b.script])
        value = float(m.group(1)) if m else None
        verdict = "—" if value is None else ("met" if _passes(value, b.ok) else "MISSED")
        rows.append((b.name, "" if value is None else f"{value:.2f}", b.target, verdict))
        print(f"  {b.name}: {rows[-1][1]} ({verdict})", flush=True)
    lines = ["# Benchmarks", "", f"Ran {time.strftime('%Y-%m-%d %H:%M %Z')} on {_machine()}.",
             "Each benchmark measures its baseline in the same run; see each output for the figures.",
             "" if not args.quick else "**Quick run (reduced sizes): figures are indicative only.**", "",
             "| benchmark | ratio | target | |", "|---|---|---|---|"]
    lines += [f"| {n} | {v} | {t} | {ok} |" for n, v, t, ok in rows]
    for script, text in outputs.items():
        lines += ["", f"## {script}", "", "```", text.strip(), "```"]
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("wrote", args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
