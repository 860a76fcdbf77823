"""The command line keeps extraction in one thread (a second thread slows the spaCy parser)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

PROBE = """
import os, sys
import multivektor.cli
import multivektor.jobs
import numpy
tasks = len(os.listdir('/proc/self/task'))
print(os.environ['OPENBLAS_NUM_THREADS'], tasks, 'pyarrow' in sys.modules)
"""


def _probe(**env: str) -> list[str]:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
    out = subprocess.run([sys.executable, "-c", PROBE], env={**clean, **env}, check=True,
                         capture_output=True, text=True).stdout.split()
    return out


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_command_line_starts_no_blas_or_arrow_threads():
    blas, tasks, arrow = _probe()
    assert blas == "1"
    assert tasks == "1"  # no OpenBLAS pool, no pyarrow threads
    assert arrow == "False"  # the store imports pyarrow only when it writes


def test_an_explicit_blas_setting_wins():
    assert _probe(OPENBLAS_NUM_THREADS="2")[0] == "2"


def test_progress_bar_starts_no_thread():
    from multivektor.cli import _progress

    before = threading.active_count()
    with _progress("testing", quiet=False) as advance:
        assert advance is not None
        for _ in range(3):
            advance(1)
        assert threading.active_count() == before
