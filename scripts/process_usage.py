"""What one whole process used, for the benchmark scripts: peak resident memory, CPU seconds, wall seconds.

CPU seconds and peak memory come from the kernel's accounting of the finished process (`os.wait4`), which counts
the worker processes it waited for (`--jobs N`); a child's peak counts its parent's memory at fork.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Usage:
    """Peak resident set size (MiB), user + system CPU seconds and wall seconds of one process."""

    peak_mib: float
    cpu_seconds: float
    wall_seconds: float


def measure(command: Sequence[str]) -> Usage:
    """Run `command` to its end with its output discarded; exits with a message naming it if it fails."""
    started = time.perf_counter()
    process = subprocess.Popen(list(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed with status {status}")
    return Usage(usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, wall)
