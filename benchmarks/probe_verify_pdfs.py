"""Issue 21 probe: time and peak memory of reading a presented file's QR codes (the step
`backoffice verify`, the desktop verify page and the counter's receipt scan share) on the
two hostile PDFs of tests/faults/hostile_pdfs.py. Each run is a fresh child process, killed
after --timeout seconds; peak memory is the child's maximum resident set size.

    python benchmarks/probe_verify_pdfs.py [--timeout 120]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.faults.hostile_pdfs import blank_pages_pdf, huge_page_pdf  # noqa: E402

CHILD = """
import sys
from backoffice.issuance.qr import decode_qr_texts
try:
    print("codes:", decode_qr_texts(sys.argv[1]))
except ValueError as exc:
    print("refused:", exc)
"""


def probe(path: Path, timeout: float) -> str:
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
        outcome = out.strip().splitlines()[-1] if out.strip() else f"exit {proc.returncode}"
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        outcome = f"killed after {timeout:g} s"
    elapsed = time.monotonic() - start
    # ru_maxrss of the children waited for so far: each probe is bigger than the last
    # one only if it really was, so run the probes in separate processes (main() does).
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return f"{elapsed:6.1f} s  peak {peak_mib:7.0f} MiB  {outcome[:160]}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--only", choices=("pages", "huge"))
    args = ap.parse_args()
    if args.only is None:  # one process per probe, so each peak is its own
        for which in ("pages", "huge"):
            subprocess.run([sys.executable, __file__, "--only", which, "--timeout", str(args.timeout)],
                           check=True)
        return
    with tempfile.TemporaryDirectory() as tmp:
        if args.only == "pages":
            path = Path(tmp) / "blank-1000.pdf"
            path.write_bytes(blank_pages_pdf(1000))
            label = f"1,000 blank A4 pages ({os.path.getsize(path) // 1024} KB)"
        else:
            path = Path(tmp) / "huge-page.pdf"
            path.write_bytes(huge_page_pdf(200))
            label = f"one 200 x 200 in page ({os.path.getsize(path)} bytes)"
        print(f"{label:36s} {probe(path, args.timeout)}", flush=True)


if __name__ == "__main__":
    main()
