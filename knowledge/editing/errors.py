"""The one kind of error an editors' command reports: bad input, said in one line."""


class EditorError(Exception):
    """Something the editor asked for cannot be done; the message says what and how to fix it."""
