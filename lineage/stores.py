"""Object stores: reaching them with Beam's options, and the conditional writes a commit needs.

Every command reaches a store through Beam's FileSystems, configured once per process by
``configure`` from the Beam flags the command line carries (``--s3_endpoint_url``,
``--project``…), so ``run``, ``pull``, ``diff``, ``versions``, ``release`` and ``lineage`` see a
bucket the same way. A scheme whose filesystem is not installed is refused up front with the
extra that installs it (``require_filesystem``), and a store that turns the credentials down
becomes one line naming the store and the credentials tried (``access_failure``); no secret is
ever part of such a line.

Beam's filesystems cannot say "create this object only if nothing is there", and without that
two runs committing one version both believe they made it. Each store that holds releases
answers that here with its own atomic primitive:

- local disk: the object is written under a temporary name, then hard-linked to its name
  (``link`` fails with EEXIST when the name exists, so the object appears whole and only once;
  ``O_CREAT|O_EXCL`` where the filesystem has no hard links);
- ``gs://``: an upload with ``ifGenerationMatch=0``, and ``ifGenerationMatch=G`` to replace
  exactly generation G (google-cloud-storage, built by Beam's own ``create_storage_client``);
- ``s3://``: a ``PutObject`` with ``If-None-Match: *``, and ``If-Match: ETAG`` to replace
  exactly that object (boto3, built by Beam's own S3 client from the same options).

Other schemes (``hdfs://``…) are refused: a commit there could not be exclusive.
"""

from __future__ import annotations

import errno
import functools
import importlib.util
import os
import uuid
from collections.abc import Iterable
from contextlib import suppress
from typing import TYPE_CHECKING, Any, Protocol

from lineage.errors import LineageError

if TYPE_CHECKING:
    from apache_beam.options.pipeline_options import PipelineOptions

# Filesystems without hard links answer link() with one of these; O_EXCL still works there.
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK}

# scheme -> (what to install, the modules Beam's filesystem for it needs)
_EXTRAS = {
    "gs": ("'korean-curate[gcp]' (Beam's gcp extra)", ("google.cloud.storage",)),
    "s3": ("'korean-curate[aws]' (Beam's aws extra)", ("boto3",)),
    "azfs": ("'apache-beam[azure]==2.77.0'", ("azure.storage.blob",)),
    "hdfs": ("'apache-beam[hadoop]==2.77.0'", ("hdfs",)),
}

_options: PipelineOptions | None = None


class StoreUnavailable(LineageError):
    """The path's store cannot be used here: its filesystem or client is not installed, its
    credentials are missing, or it has no conditional write for a commit."""


class Store(Protocol):
    def create_exclusive(self, path: str, data: bytes) -> bool:
        """Write ``data`` at ``path`` unless an object is there; False if one was. Raises on
        any other failure (a missing bucket, a full disk)."""

    def delete(self, path: str) -> None:
        """Remove the one object ``create_exclusive`` made (a commit lock), with the store's
        own single-object call."""


class VersionedStore(Store, Protocol):
    """An object store that can replace an object only if it is still the one read."""

    def read_versioned(self, path: str) -> tuple[bytes | None, Any]:
        """The object's bytes (None when absent) and the token ``replace_if`` compares."""

    def replace_if(self, path: str, data: bytes, token: Any) -> bool:
        """Write ``data`` if the object is still the one ``token`` names (None: still absent);
        False if another writer changed it meanwhile."""


def scheme_of(path: str) -> str:
    return path.split("://", 1)[0] if "://" in path else "file"


def is_remote(path: str) -> bool:
    return scheme_of(path) != "file"


def configure(beam_args: Iterable[str] | PipelineOptions = ()) -> None:
    """Point Beam's FileSystems and the commit stores at the stores the Beam flags describe
    (endpoints, regions, credentials flags); every later FileSystems call in this process
    uses them. Called by every command before it touches a path."""
    global _options
    from apache_beam.io.filesystems import FileSystems
    from apache_beam.options.pipeline_options import PipelineOptions

    options = (
        beam_args if isinstance(beam_args, PipelineOptions) else PipelineOptions(list(beam_args))
    )
    FileSystems.set_options(options)
    _options = options
    _store.cache_clear()


def _configured() -> PipelineOptions:
    """The options ``configure`` was given; on a Beam worker, which never calls it, the ones
    the worker harness gave Beam's FileSystems (the pipeline's own)."""
    if _options is None:
        from apache_beam.io.filesystems import FileSystems

        configure(FileSystems._pipeline_options or ())  # noqa: SLF001 - set by Beam's harness
    assert _options is not None
    return _options


def put_empty(path: str) -> None:
    """Create an empty object on S3. Beam 2.77's S3 writer always makes a multipart upload,
    and one without parts is refused (MalformedXML), so an empty file cannot go through it."""
    store = _store(scheme_of(path))
    assert isinstance(store, S3Store)
    bucket, key = _bucket_and_name(path)
    store._client.put_object(Bucket=bucket, Key=key, Body=b"")  # noqa: SLF001


def missing_filesystem(path: str) -> str | None:
    """Why ``path``'s store cannot be reached from here (its filesystem is not installed), or
    None when it can."""
    scheme = scheme_of(path)
    if scheme == "file":
        return None
    extra, modules = _EXTRAS.get(scheme, (None, ()))
    from apache_beam.io.filesystems import FileSystems

    try:
        FileSystems.get_filesystem(path)
        missing = [m for m in modules if not _importable(m)]
    except (ValueError, OSError):  # no filesystem for the scheme, or one that cannot load
        missing = list(modules) or [scheme]
    if not missing:
        return None
    install = f"pip install {extra}" if extra else "no Beam filesystem handles it"
    return f"{path}: Beam's filesystem for {scheme}:// is not installed here; {install}"


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def require_filesystem(*paths: str) -> None:
    """Refuse, with the extra to install, a path whose store this installation cannot reach;
    then check that credentials for it can be found (``check_credentials``)."""
    for path in paths:
        if not path or not is_remote(path):
            continue
        reason = missing_filesystem(path)
        if reason:
            raise StoreUnavailable(reason)
        check_credentials(path)


# --- credentials ---------------------------------------------------------------------------


def _emulated(scheme: str) -> bool:
    return scheme == "gs" and bool(os.environ.get("STORAGE_EMULATOR_HOST"))


@functools.cache
def _gcs_credentials() -> tuple[bool, str]:
    """(found, how): Application Default Credentials as google-auth resolves them, the chain
    Beam's GCS client uses (GOOGLE_APPLICATION_CREDENTIALS, gcloud's ADC file, the metadata
    server). Never the secret itself."""
    import google.auth
    from google.auth.exceptions import DefaultCredentialsError

    env = os.environ.get("GOOGLE_APPLICATION_CREDENTIALS")
    try:
        credentials, _ = google.auth.default()
    except DefaultCredentialsError as err:
        if env:
            first = str(err).strip().splitlines()[0] if str(err).strip() else "unusable"
            return False, f"GOOGLE_APPLICATION_CREDENTIALS names {env}: {first.rstrip('.')}"
        return False, (
            "no Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS unset, no "
            "`gcloud auth application-default login` file, no metadata server)"
        )
    kind = type(credentials).__module__.rsplit(".", 1)[-1] + "." + type(credentials).__name__
    where = f"the file GOOGLE_APPLICATION_CREDENTIALS names ({env})" if env else "gcloud/metadata"
    return True, f"Application Default Credentials ({kind}, from {where})"


def forget_credentials() -> None:
    """Look the credentials up again on next use (after the environment changed)."""
    _gcs_credentials.cache_clear()
    _store.cache_clear()


def _s3_session_credentials() -> tuple[bool, str]:
    """(found, how): the AWS chain boto3 walks (Beam's --s3_access_key_id flags, then the
    environment, the shared profile files, container and instance roles)."""
    import boto3
    import botocore.exceptions

    s3 = _configured().get_all_options()
    if s3.get("s3_access_key_id"):
        return True, "the --s3_access_key_id/--s3_secret_access_key options"
    try:
        credentials = boto3.session.Session().get_credentials()
    except botocore.exceptions.ProfileNotFound:
        credentials = None  # AWS_PROFILE names a profile no config file has
    if credentials is None:
        profile = os.environ.get("AWS_PROFILE") or "default"
        return False, (
            "no AWS credentials found (tried --s3_access_key_id, AWS_ACCESS_KEY_ID/"
            f"AWS_SECRET_ACCESS_KEY, profile {profile!r} in ~/.aws/credentials and ~/.aws/config, "
            "web identity, container and instance roles)"
        )
    return True, f"AWS credentials from {credentials.method}"


def credentials_tried(path: str) -> str:
    """Which credentials a request to ``path``'s store used or looked for, for an error line."""
    scheme = scheme_of(path)
    if scheme == "gs":
        return _gcs_credentials()[1]
    if scheme == "s3":
        return _s3_session_credentials()[1]
    return "the filesystem's defaults"


def check_credentials(path: str) -> None:
    """Stop before any work when no credentials for ``path``'s store can be found (a GCS
    emulator, STORAGE_EMULATOR_HOST, takes anonymous requests)."""
    scheme = scheme_of(path)
    if scheme == "gs":
        found, how = _gcs_credentials()
    elif scheme == "s3":
        found, how = _s3_session_credentials()
    else:
        return
    if not found and not _emulated(scheme):
        raise StoreUnavailable(f"cannot authenticate to {_bucket_root(path)}: {how}")


_AUTH_CODES = (
    "InvalidAccessKeyId",
    "SignatureDoesNotMatch",
    "AccessDenied",
    "ExpiredToken",
    "InvalidToken",
    "TokenRefreshRequired",
    "AllAccessDisabled",
    "Unable to locate credentials",
    "401",
    "403",
    "Unauthorized",
    "Forbidden",
    "RefreshError",
    "DefaultCredentialsError",
)


def _chain(err: BaseException) -> list[BaseException]:
    found, pending, seen = [], [err], set()
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        found.append(current)
        details = getattr(current, "exception_details", None)
        if isinstance(details, dict):
            pending.extend(v for v in details.values() if isinstance(v, BaseException))
        pending.extend(
            e
            for e in (current.__cause__, current.__context__, *current.args)
            if isinstance(e, BaseException)
        )
    return found


def access_failure(err: BaseException, paths: Iterable[str] = ()) -> str | None:
    """One line for a store that refused the credentials (401/403, no or expired credentials),
    naming the store and the credentials tried; None for any other failure."""
    for current in _chain(err):
        name = type(current).__name__
        code = str(getattr(current, "code", "") or "")
        text = str(current)
        response = getattr(current, "response", None)
        if isinstance(response, dict):
            code = str(response.get("Error", {}).get("Code") or code)
        hit = next(
            (c for c in _AUTH_CODES if c in (name, code) or f"({c})" in text or c in name), None
        )
        if hit is None and "Unable to locate credentials" in text:
            hit = "no credentials"
        if hit is None:
            continue
        remote = [p for p in paths if is_remote(p)]
        store = _bucket_root(remote[0]) if remote else "the object store"
        tried = credentials_tried(remote[0]) if remote else "the default credential chain"
        return f"{store} refused access ({hit}): credentials tried: {tried}"
    return None


def _bucket_root(path: str) -> str:
    bucket, _ = _bucket_and_name(path)
    return f"{scheme_of(path)}://{bucket}"


# --- conditional writes --------------------------------------------------------------------


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

    def delete(self, path: str) -> None:
        with suppress(FileNotFoundError):
            os.unlink(path)


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
    """Generation preconditions: ``ifGenerationMatch=0`` succeeds only if the object has no
    live generation, ``ifGenerationMatch=G`` only if generation G is still the live one."""

    def __init__(self, options: PipelineOptions) -> None:
        try:
            from apache_beam.io.gcp.gcsio import create_storage_client
            from google.api_core import exceptions
        except ImportError as err:
            raise StoreUnavailable(missing_filesystem("gs://bucket") or str(err)) from err
        # Beam's own client: the same credentials, project and headers as its filesystem.
        self._client = create_storage_client(options)
        self._precondition_failed = exceptions.PreconditionFailed

    def create_exclusive(self, path: str, data: bytes) -> bool:
        return self.replace_if(path, data, None)

    def delete(self, path: str) -> None:
        bucket, name = _bucket_and_name(path)
        self._client.bucket(bucket).blob(name).delete()

    def read_versioned(self, path: str) -> tuple[bytes | None, Any]:
        bucket, name = _bucket_and_name(path)
        blob = self._client.bucket(bucket).get_blob(name)
        if blob is None:
            return None, None
        return blob.download_as_bytes(if_generation_match=blob.generation), blob.generation

    def replace_if(self, path: str, data: bytes, token: Any) -> bool:
        bucket, name = _bucket_and_name(path)
        blob = self._client.bucket(bucket).blob(name)
        try:
            blob.upload_from_string(data, if_generation_match=token or 0)
        except self._precondition_failed:
            return False
        return True


class S3Store:
    """``If-None-Match: *`` on PutObject (S3 since August 2024): 412 when the key exists;
    ``If-Match: ETAG`` (since November 2024): 412 when the object changed; 409 while a
    concurrent conditional write to it is in flight (the caller retries then)."""

    _TAKEN = ("PreconditionFailed", "ConditionalRequestConflict")

    def __init__(self, options: PipelineOptions) -> None:
        try:
            from apache_beam.io.aws.clients.s3.boto3_client import Client
            from botocore.exceptions import ClientError
        except ImportError as err:
            raise StoreUnavailable(missing_filesystem("s3://bucket") or str(err)) from err
        # Beam's own client: the endpoint, region and credentials of its S3 filesystem.
        self._client = Client(options).client
        self._client_error = ClientError

    def create_exclusive(self, path: str, data: bytes) -> bool:
        return self.replace_if(path, data, None)

    def delete(self, path: str) -> None:
        bucket, key = _bucket_and_name(path)
        self._client.delete_object(Bucket=bucket, Key=key)

    def read_versioned(self, path: str) -> tuple[bytes | None, Any]:
        bucket, key = _bucket_and_name(path)
        try:
            response = self._client.get_object(Bucket=bucket, Key=key)
        except self._client_error as err:
            if err.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                return None, None
            raise
        return response["Body"].read(), response["ETag"]

    def replace_if(self, path: str, data: bytes, token: Any) -> bool:
        bucket, key = _bucket_and_name(path)
        condition = {"IfMatch": token} if token else {"IfNoneMatch": "*"}
        try:
            self._client.put_object(Bucket=bucket, Key=key, Body=data, **condition)
        except self._client_error as err:
            response: dict[str, Any] = err.response
            if response.get("Error", {}).get("Code") in self._TAKEN:
                return False
            raise
        return True


def store_for(path: str) -> Store:
    """The conditional-write store for ``path``'s scheme; raises StoreUnavailable for a scheme
    without one or a client library that is not installed."""
    scheme = scheme_of(path)
    if scheme not in ("file", "gs", "s3"):
        return _store(scheme)  # raises: no conditional write there
    if scheme != "file":
        reason = missing_filesystem(path)
        if reason:
            raise StoreUnavailable(f"writing a release to {reason}")
    return _store(scheme)


def versioned_store(path: str) -> VersionedStore:
    """The compare-and-swap store for an object store path (``gs://``, ``s3://``)."""
    store = store_for(path)
    if not isinstance(store, GcsStore | S3Store):
        raise StoreUnavailable(f"{path}: no conditional replace on this store")
    return store


@functools.cache
def _store(scheme: str) -> Store:
    """One client per scheme and configuration (a GCS or S3 client authenticates once)."""
    if scheme == "file":
        return LocalStore()
    if scheme == "gs":
        return GcsStore(_configured())
    if scheme == "s3":
        return S3Store(_configured())
    raise StoreUnavailable(
        f"releases cannot be committed to {scheme}:// (no conditional write there, so two runs "
        "could both create one version); write them to a local path, gs:// or s3://"
    )
