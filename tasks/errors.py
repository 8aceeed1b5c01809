"""The one error type for user mistakes (bad input path, bad option).

The CLI prints it as a single line and exits non-zero; any other exception is
a bug and keeps its traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable


class UserError(Exception):
    """A problem the user can fix: the message is the whole explanation."""


def run_command(work: Callable[[], int | None]) -> int:
    """A command line's exit code: a UserError or an OSError (a missing or unreadable file)
    becomes one line on stderr and exit code 2."""
    try:
        return work() or 0
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
    except OSError as error:
        print(f"error: {error.strerror or error}: {error.filename or ''}", file=sys.stderr)
    return 2
