"""The error types commands turn into ``curate: error: …`` (exit 2). They live apart from the
modules that raise them so that a command can name them without importing Beam."""


class LineageError(Exception):
    """Bad input a reviewer can fix: a missing release, a corrupted file, an unknown doc id.

    The message is one line and never holds document text.
    """


class ReleaseError(RuntimeError):
    """The release target cannot be used (exists, incomplete, or not writable)."""


class CommitConflict(ReleaseError):
    """Another run created, replaced or is committing the version."""


class WriteFailed(ReleaseError):
    """A release could not be written (disk full, file too large, permission, missing bucket);
    the message names the path and the error, and what was left behind."""
