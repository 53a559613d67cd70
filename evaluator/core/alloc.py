"""The memory settings while a simulation runs: the C allocator's (glibc on Linux) and numpy's huge-page advice.

A simulated month makes dozens of temporary numpy arrays as large as the network (8 MB per
million participants each). glibc's ``malloc`` hands every block above its mmap threshold (at
most 32 MB, adjusted as it goes) straight to the kernel and back on ``free``, so each temporary
is fresh memory that the kernel zeroes page by page: on a 1,000,000-participant run more CPU time
went to those page faults (system time) than to the arithmetic, and at 10,000,000 participants
(80 MB arrays, always above the threshold) three quarters as much. :func:`reuse_freed_memory`
raises the mmap and trim thresholds for the duration of a run, so that freed arrays are reused
by the next ones, then puts glibc's steady state back (a fixed 32 MB mmap threshold, 64 MB trim
threshold) and returns the free memory to the system with ``malloc_trim``.

It also turns off numpy's transparent-huge-page advice (``madvise(MADV_HUGEPAGE)`` on every
array of 4 MB or more) for the run. With the kernel's default ``defrag=madvise``, each fault in
such an array compacts memory to find a free 2 MB page, synchronously: on the 10,000,000
participant benchmark that was 7.5 s of system time, against 1.9 s without the advice, for the
same user time (57,000 huge-page faults against 594,000 small ones); at 1,000,000 participants it
made no difference. Results do not depend on either: only where the memory comes from changes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import platform
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np

M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters (malloc.h)
M_MMAP_THRESHOLD = -3
RUN_MMAP_THRESHOLD = 1 << 30  # during a run: blocks up to 1 GiB come from (and go back to) the heap
RUN_TRIM_THRESHOLD = 2**31 - 1  # and freed memory is kept until the run ends (mallopt takes an int)
AFTER_MMAP_THRESHOLD = 32 << 20  # glibc's largest dynamic threshold on 64-bit
AFTER_TRIM_THRESHOLD = 64 << 20  # twice it, as glibc's dynamic adjustment sets it

_lock = threading.Lock()
_depth = 0  # runs in progress (the app may run one on a worker thread while another ends)
_libc: Any = None
_checked = False
_hugepage_before: bool | None = None  # numpy's huge-page advice before the outermost run


def _set_hugepage_advice(enabled: bool) -> bool | None:
    """Set numpy's huge-page advice for new arrays; its previous value (None: not available)."""
    setter = getattr(getattr(np, "_core", None), "multiarray", None)
    setter = getattr(setter, "_set_madvise_hugepage", None)
    if setter is None:
        return None
    return bool(setter(enabled))


def _glibc() -> Any:
    """glibc's handle, or None when this is not glibc (macOS, Windows, musl)."""
    global _libc, _checked
    if not _checked:
        _checked = True
        try:
            if platform.system() == "Linux" and platform.libc_ver()[0] == "glibc":
                lib = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
                if hasattr(lib, "mallopt") and hasattr(lib, "malloc_trim"):
                    _libc = lib
        except OSError:
            _libc = None
    return _libc


@contextmanager
def reuse_freed_memory() -> Iterator[None]:
    """For the duration of the block, keep freed memory for reuse instead of returning it."""
    global _depth, _hugepage_before
    libc = _glibc()
    with _lock:
        if _depth == 0:
            _hugepage_before = _set_hugepage_advice(False)
            if libc is not None:
                libc.mallopt(M_MMAP_THRESHOLD, RUN_MMAP_THRESHOLD)
                libc.mallopt(M_TRIM_THRESHOLD, RUN_TRIM_THRESHOLD)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                if _hugepage_before is not None:
                    _set_hugepage_advice(_hugepage_before)
                    _hugepage_before = None
                if libc is not None:
                    libc.mallopt(M_MMAP_THRESHOLD, AFTER_MMAP_THRESHOLD)
                    libc.mallopt(M_TRIM_THRESHOLD, AFTER_TRIM_THRESHOLD)
                    libc.malloc_trim(0)
