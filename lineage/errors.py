"""The one error type lineage commands turn into ``curate: error: …`` (exit 2)."""


class LineageError(Exception):
    """Bad input a reviewer can fix: a missing release, a corrupted file, an unknown doc id.

    The message is one line and never holds document text.
    """
