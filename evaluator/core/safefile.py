"""Safe file I/O for every file the app and the command line read or write.

Owns the two doors to the file system for user files:

* :func:`read_regular` opens an input without blocking (a FIFO named ``x.oppeval`` must not hang
  the program), refuses anything but a regular file, and reads at most a given number of bytes;
* :func:`write_atomic` writes an output (an ``.oppeval`` save, a PDF, a library export, later
  CSV/XLSX exports): it refuses an existing path that is a symlink or not a regular file (a FIFO,
  a device such as ``/dev/null``, a folder), writes a temporary file beside the target with a
  write loop that reports a full disk (``ENOSPC``) instead of leaving a short file, fsyncs it,
  and renames it into place (``os.replace``), so the old file survives any failure.

Decisions (``docs/reliability.md``): a symlink is refused, not followed (replacing it would turn
the link into a file; following it would write somewhere the user did not name); a hard-linked
target is *replaced*, so the write stays atomic and the other names keep the previous version
(nothing is lost; the link is split, and this is logged); a new file gets mode ``0666 & ~umask``
and an existing one keeps its mode. The temporary name is short enough for any target name the
file system allows (``.NAME.tmp`` is cut so that it fits in 255 bytes).

Errors are :class:`SafeFileError` (an ``OSError``) with an English and a Dutch message that name
the path and the fix.
"""

from __future__ import annotations

import errno
import glob
import logging
import os
import secrets
import stat
import time
from pathlib import Path

from .i18n import tr
from .textsafe import clip, plain_text

logger = logging.getLogger(__name__)

NAME_MAX = 255  # bytes in one file name on Linux/macOS file systems
STALE_TEMP_SECONDS = 3600
_TEMP_SUFFIX = ".tmp"
_RANDOM_LEN = 8  # hex characters
_O_BINARY = getattr(os, "O_BINARY", 0)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_NOCTTY = getattr(os, "O_NOCTTY", 0)


class SafeFileError(OSError):
    """A file the app refused to read or write, or a write that failed; nothing was changed.

    ``kind`` is one of ``symlink``, ``not_regular``, ``folder``, ``disk_full``, ``missing``,
    ``io``; ``render(lang)`` gives the message in English or Dutch.
    """

    def __init__(self, kind: str, path: str | os.PathLike[str], en: str, nl: str,
                 err: int | None = None):
        super().__init__(err or 0, en, str(path))
        self.kind = kind
        self.path = str(path)
        self.en, self.nl = en, nl

    def render(self, lang: str = "en") -> str:
        return tr(lang, self.en, self.nl)

    def __str__(self) -> str:
        return self.en


def shown(path: str | os.PathLike[str]) -> str:
    """A path as it may appear in a message: bidi controls removed, clipped to 120 characters."""
    return clip(plain_text(str(path)), 120)


def _refusal(path: str | os.PathLike[str], st: os.stat_result, *, for_writing: bool) -> SafeFileError:
    p = shown(path)
    if stat.S_ISLNK(st.st_mode):
        return SafeFileError(
            "symlink", path,
            f"{p} is a symbolic link; give the real file's name (links are not replaced or followed)",
            f"{p} is een symbolische koppeling; geef de naam van het echte bestand (koppelingen "
            f"worden niet vervangen of gevolgd)", errno.ELOOP)
    if stat.S_ISDIR(st.st_mode):
        return SafeFileError(
            "folder", path,
            f"{p} is a folder; give a file name" + (" to write" if for_writing else ""),
            f"{p} is een map; geef een bestandsnaam", errno.EISDIR)
    what_en, what_nl = _kind_of(st.st_mode)
    if for_writing:
        return SafeFileError(
            "not_regular", path,
            f"{p} is {what_en}, not a regular file; it is left alone: choose another file name",
            f"{p} is {what_nl}, geen gewoon bestand; het blijft ongemoeid: kies een andere "
            f"bestandsnaam", errno.EINVAL)
    return SafeFileError(
        "not_regular", path,
        f"{p} is {what_en}, not a regular file; only regular files can be read",
        f"{p} is {what_nl}, geen gewoon bestand; alleen gewone bestanden kunnen worden gelezen",
        errno.EINVAL)


def _kind_of(mode: int) -> tuple[str, str]:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)", "een named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device", "een apparaat"
    if stat.S_ISSOCK(mode):
        return "a socket", "een socket"
    return "not a regular file", "geen gewoon bestand"


def io_error(path: str | os.PathLike[str], exc: OSError, *, writing: bool) -> SafeFileError:
    """An ``OSError`` from reading or writing ``path`` as a :class:`SafeFileError`."""
    if isinstance(exc, SafeFileError):
        return exc
    p = shown(path)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return SafeFileError(
            "disk_full", path,
            f"{p}: the disk is full; free some space and try again (nothing was changed)",
            f"{p}: de schijf is vol; maak ruimte vrij en probeer het opnieuw (er is niets "
            f"gewijzigd)", exc.errno)
    if exc.errno == errno.ENOENT:
        return SafeFileError("missing", path, f"{p}: no such file or folder",
                             f"{p}: bestand of map bestaat niet", exc.errno)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return SafeFileError(
            "io", path,
            f"{p}: permission denied; choose a folder you can write to" if writing else
            f"{p}: permission denied",
            f"{p}: geen toestemming; kies een map waarin je mag schrijven" if writing else
            f"{p}: geen toestemming", exc.errno)
    if exc.errno == errno.ENAMETOOLONG:
        return SafeFileError("io", path, f"{p}: the file name is too long",
                             f"{p}: de bestandsnaam is te lang", exc.errno)
    detail = exc.strerror or str(exc)
    return SafeFileError(
        "io", path,
        f"{p}: could not be {'written' if writing else 'read'} ({detail})",
        f"{p}: kon niet worden {'geschreven' if writing else 'gelezen'} ({detail})", exc.errno)


# ----------------------------------------------------------------------------- reading

def read_regular(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The first ``max_bytes`` + 1 bytes at most of the regular file ``path``.

    Opened with ``O_NONBLOCK`` and checked with ``fstat`` before reading, so a FIFO, a device or
    a folder is refused at once (``SafeFileError``) instead of blocking. A symlink to a regular
    file is read (reading through a link changes nothing).
    """
    try:
        fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_NOCTTY | _O_BINARY)
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise _refusal(path, os.stat(path), for_writing=False) from None
        raise io_error(path, exc, writing=False) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            logger.warning("refused to read %r: not a regular file (mode %o)", str(path), st.st_mode)
            raise _refusal(path, st, for_writing=False)
        if _O_NONBLOCK:
            import fcntl

            flags = fcntl.fcntl(fd, fcntl.F_GETFL)
            fcntl.fcntl(fd, fcntl.F_SETFL, flags & ~_O_NONBLOCK)
        chunks = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except SafeFileError:
        raise
    except OSError as exc:
        raise io_error(path, exc, writing=False) from None
    finally:
        os.close(fd)


# ----------------------------------------------------------------------------- writing

def check_output_path(path: str | os.PathLike[str]) -> Path:
    """Refuse (``SafeFileError``) an output path that exists and is a symlink or not a regular
    file, or whose folder does not exist; returns the path. Changes nothing."""
    path = Path(path)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            p = shown(folder)
            raise SafeFileError("missing", path, f"{p}: the folder does not exist",
                                f"{p}: de map bestaat niet", errno.ENOENT) from None
        return path
    except OSError as exc:
        raise io_error(path, exc, writing=True) from None
    if not stat.S_ISREG(st.st_mode):
        logger.warning("refused to write %r: %s", str(path),
                       "a symlink" if stat.S_ISLNK(st.st_mode) else f"mode {st.st_mode:o}")
        raise _refusal(path, st, for_writing=True)
    return path


def temp_prefix(name: str) -> str:
    """``.NAME.`` cut so that ``.NAME.<8 hex>.tmp`` fits in one file name (255 bytes)."""
    room = NAME_MAX - len(".") - len(".") - _RANDOM_LEN - len(_TEMP_SUFFIX)
    encoded = os.fsencode(name)
    if len(encoded) > room:
        encoded = encoded[:room]
        name = encoded.decode("utf-8", "ignore") if isinstance(name, str) else name
        while len(os.fsencode(name)) > room:  # surrogate-escaped bytes: cut by characters
            name = name[:-1]
    return f".{name}."


def _write_all(fd: int, data: bytes | memoryview) -> None:
    """``os.write`` until everything is written; a short write is retried, so a full disk
    surfaces as ``ENOSPC`` (``OSError``) instead of a silently short file."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # pragma: no cover - os.write raises rather than return 0 for files
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that any failure leaves the old file (or none) as it was.

    Refuses a symlink or a non-regular file at ``path`` (:func:`check_output_path`); a full disk
    or any other write error raises :class:`SafeFileError` after removing the temporary file.
    """
    path = check_output_path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        old = os.stat(path)
    except FileNotFoundError:
        old = None
    except OSError as exc:
        raise io_error(path, exc, writing=True) from None
    tmp = None
    fd = -1
    try:
        prefix = temp_prefix(path.name)
        for _ in range(100):
            tmp = folder / f"{prefix}{secrets.token_hex(_RANDOM_LEN // 2)}{_TEMP_SUFFIX}"
            try:  # 0o666: the kernel applies the umask, as for any new file
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW | _O_BINARY,
                             0o666)
                break
            except FileExistsError:
                continue
        else:  # pragma: no cover
            raise OSError(errno.EEXIST, "no free temporary name")
        if old is not None and hasattr(os, "fchmod"):  # an existing file keeps its mode
            os.fchmod(fd, stat.S_IMODE(old.st_mode))
        _write_all(fd, data)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        check_output_path(path)  # it may have been replaced by a link or a FIFO meanwhile
        if old is not None and old.st_nlink > 1:
            logger.info("%r has %d hard links: replaced, the other names keep the old version",
                        str(path), old.st_nlink)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        logger.warning("writing %r failed: %s", str(path), exc)
        raise io_error(path, exc, writing=True) from None
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    _fsync_folder(folder)
    remove_stale_temps(path)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the platform allows opening a folder)."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def remove_stale_temps(path: str | os.PathLike[str]) -> None:
    """Remove this file's temp files left by a save killed before ``os.replace``: only ours
    (``.NAME.*.tmp``) and only old ones, never another process's save in progress."""
    path = Path(path)
    cutoff = time.time() - STALE_TEMP_SECONDS
    pattern = glob.escape(temp_prefix(path.name)) + "*" + _TEMP_SUFFIX
    for tmp in path.parent.glob(pattern):
        try:
            st = os.lstat(tmp)
            if stat.S_ISREG(st.st_mode) and st.st_mtime < cutoff:
                tmp.unlink()
        except OSError:
            pass


__all__ = ["SafeFileError", "check_output_path", "io_error", "read_regular",
           "remove_stale_temps", "shown", "temp_prefix", "write_atomic"]
