"""Errors meant for the person at the terminal: one clear line, no traceback."""


class UserError(Exception):
    """A mistake or an environment problem the user can fix; the CLI prints it and exits 2."""
