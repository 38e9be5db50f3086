"""Conditional writes: the one primitive an exclusive commit needs from a store.

Beam's FileSystems move and write a release's files, but none of its filesystems can say
"create this object only if nothing is there", and without that two runs committing one
version both believe they made it. Each store that holds releases answers that here with its
own atomic primitive:

- local disk: the object is written under a temporary name, then hard-linked to its name
  (``link`` fails with EEXIST when the name exists, so the object appears whole and only once;
  ``O_CREAT|O_EXCL`` where the filesystem has no hard links);
- ``gs://``: an upload with ``ifGenerationMatch=0`` (google-cloud-storage);
- ``s3://``: a ``PutObject`` with ``If-None-Match: *`` (boto3).

The client libraries are imported only when a release is written to their store, and a
missing one stops the run before any work with one line saying which package to install.
Other schemes (``hdfs://``…) are refused: a commit there could not be exclusive.
"""

from __future__ import annotations

import errno
import functools
import os
import uuid
from contextlib import suppress
from typing import Any, Protocol

from lineage.errors import LineageError

# Filesystems without hard links answer link() with one of these; O_EXCL still works there.
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK}


class StoreUnavailable(LineageError):
    """The release store has no conditional write here (unknown scheme, client not installed)."""


class Store(Protocol):
    def create_exclusive(self, path: str, data: bytes) -> bool:
        """Write ``data`` at ``path`` unless an object is there; False if one was. Raises on
        any other failure (a missing bucket, a full disk)."""


class LocalStore:
    def create_exclusive(self, path: str, data: bytes) -> bool:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        temporary = f"{path}.tmp-{uuid.uuid4().hex}"
        try:
            with open(temporary, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            try:
                os.link(temporary, path)
            except FileExistsError:
                return False
            except OSError as err:
                if err.errno not in _NO_LINKS:
                    raise
                return _create_excl(path, data)
            return True
        finally:
            with suppress(FileNotFoundError):
                os.unlink(temporary)


def _create_excl(path: str, data: bytes) -> bool:
    try:
        handle = open(path, "xb")  # noqa: SIM115 - closed below, after fsync
    except FileExistsError:
        return False
    with handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return True


def _bucket_and_name(path: str) -> tuple[str, str]:
    bucket, _, name = path.split("://", 1)[1].partition("/")
    return bucket, name


class GcsStore:
    """``ifGenerationMatch=0``: the upload succeeds only if the object has no live generation."""

    def __init__(self) -> None:
        try:
            from google.api_core import exceptions
            from google.cloud import storage
        except ImportError as err:
            raise _missing("gs://", "google-cloud-storage") from err
        self._client = storage.Client()
        self._precondition_failed = exceptions.PreconditionFailed

    def create_exclusive(self, path: str, data: bytes) -> bool:
        bucket, name = _bucket_and_name(path)
        blob = self._client.bucket(bucket).blob(name)
        try:
            blob.upload_from_string(data, if_generation_match=0)
        except self._precondition_failed:
            return False
        return True


class S3Store:
    """``If-None-Match: *`` on PutObject (S3 since August 2024): 412 when the key exists, 409
    while a concurrent conditional write to it is in flight (the caller retries then)."""

    _TAKEN = ("PreconditionFailed", "ConditionalRequestConflict")

    def __init__(self) -> None:
        try:
            import boto3
            from botocore.exceptions import ClientError
        except ImportError as err:
            raise _missing("s3://", "boto3") from err
        self._client = boto3.client("s3")
        self._client_error = ClientError

    def create_exclusive(self, path: str, data: bytes) -> bool:
        bucket, key = _bucket_and_name(path)
        try:
            self._client.put_object(Bucket=bucket, Key=key, Body=data, IfNoneMatch="*")
        except self._client_error as err:
            response: dict[str, Any] = err.response
            if response.get("Error", {}).get("Code") in self._TAKEN:
                return False
            raise
        return True


def _missing(scheme: str, package: str) -> StoreUnavailable:
    return StoreUnavailable(
        f"writing a release to {scheme} needs the {package} client for its conditional writes "
        f"(an exclusive commit); it is not installed: pip install {package}"
    )


def store_for(path: str) -> Store:
    """The conditional-write store for ``path``'s scheme; raises StoreUnavailable for a scheme
    without one or a client library that is not installed."""
    return _store(path.split("://", 1)[0] if "://" in path else "file")


@functools.cache
def _store(scheme: str) -> Store:
    """One client per scheme and process (a GCS or S3 client authenticates once)."""
    if scheme == "file":
        return LocalStore()
    if scheme == "gs":
        return GcsStore()
    if scheme == "s3":
        return S3Store()
    raise StoreUnavailable(
        f"releases cannot be committed to {scheme}:// (no conditional write there, so two runs "
        "could both create one version); write them to a local path, gs:// or s3://"
    )
