"""The one error type for user mistakes (bad input path, bad option).

The CLI prints it as a single line and exits non-zero; any other exception is
a bug and keeps its traceback.
"""


class UserError(Exception):
    """A problem the user can fix: the message is the whole explanation."""
