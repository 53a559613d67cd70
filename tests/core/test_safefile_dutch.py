"""safefile's Dutch says "je" to the user, as the rest of the app (session 9, item 4): a folder
without write permission said "kies een map waarin u mag schrijven"."""

from __future__ import annotations

import errno
import re

from evaluator.core.safefile import io_error


def _dutch(exc: OSError, writing: bool) -> str:
    return io_error("/tmp/x/plan.oppeval", exc, writing=writing).render("nl")


def test_permission_denied_on_writing_says_je():
    text = _dutch(PermissionError(errno.EACCES, "Permission denied"), writing=True)
    assert text.endswith(": geen toestemming; kies een map waarin je mag schrijven")


def test_no_dutch_message_says_u_or_uw():
    errors = [PermissionError(errno.EACCES, "x"), OSError(errno.EROFS, "x"), OSError(errno.ENOSPC, "x"),
              FileNotFoundError(errno.ENOENT, "x"), OSError(errno.ENAMETOOLONG, "x"), OSError(errno.EIO, "x")]
    for exc in errors:
        for writing in (True, False):
            text = _dutch(exc, writing)
            assert not re.search(r"\b(u|uw|U|Uw)\b", text), text
