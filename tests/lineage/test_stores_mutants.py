"""What the mutation run of ``lineage/stores.py`` found no fast test for: paths and schemes,
the filesystem and credential checks with their exact one-line refusals, the store that
refused access found anywhere in an error's causes, and the conditional writes on local disk,
S3 (moto) and GCS (fake-gcs-server), each emulator started once for the module."""

import errno
import os
import sys
import threading
import types
from pathlib import Path

import pytest
from apache_beam.io.filesystem import BeamIOError
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import PipelineOptions
from botocore.exceptions import ClientError, NoCredentialsError
from google.api_core.exceptions import Forbidden
from google.auth.exceptions import RefreshError

from lineage import stores
from lineage.release_files import read_bytes
from lineage.stores import StoreUnavailable
from tests.emulators import BUCKET, running

NO_AWS = (
    "no AWS credentials found (tried --s3_access_key_id, AWS_ACCESS_KEY_ID/"
    "AWS_SECRET_ACCESS_KEY, profile {} in ~/.aws/credentials and ~/.aws/config, web identity, "
    "container and instance roles)"
)
NO_ADC = (
    "no Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS unset, no "
    "`gcloud auth application-default login` file, no metadata server)"
)
ENV_NAMES = (
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    "GOOGLE_APPLICATION_CREDENTIALS",
    "STORAGE_EMULATOR_HOST",
)


@pytest.fixture(scope="module")
def emulators(tmp_path_factory):
    """moto and fake-gcs-server (both honour preconditions), each started once."""
    with (
        running("moto", tmp_path_factory.mktemp("moto")) as moto,
        running("fake-gcs-server", tmp_path_factory.mktemp("gcs")) as gcs,
    ):
        yield {"s3": moto, "gs": gcs}


@pytest.fixture
def s3(emulators):
    stores.configure(emulators["s3"].beam_args)
    yield emulators["s3"]
    stores.configure(())


@pytest.fixture(params=["s3", "gs"])
def bucket(request, emulators):
    """A store's bucket root, Beam and the commit stores configured for it."""
    emulator = emulators[request.param]
    stores.configure(emulator.beam_args)
    yield emulator.root
    stores.configure(())


@pytest.fixture
def no_credentials(tmp_path, monkeypatch):
    """An environment where neither AWS nor Google credentials can be found."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("NO_GCE_CHECK", "True")
    monkeypatch.setenv("CLOUDSDK_CONFIG", str(tmp_path / "gcloud"))
    stores.configure(())
    stores.forget_credentials()
    yield tmp_path
    stores.forget_credentials()


def adc_file(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '{"type": "authorized_user", "client_id": "c", "client_secret": "s", "refresh_token": "r"}'
    )
    return path


def refusal(call, *args) -> str:
    with pytest.raises(StoreUnavailable) as caught:
        call(*args)
    return str(caught.value)


# --- paths --------------------------------------------------------------------------------


def test_a_path_s_scheme_is_what_comes_before_its_first_separator():
    assert stores.scheme_of("s3://bucket/a/b") == "s3"
    assert stores.scheme_of("gs://bucket") == "gs"
    assert stores.scheme_of("hdfs://nn/x://y") == "hdfs"
    assert stores.scheme_of("/data/releases") == "file"
    assert stores.scheme_of("releases/v1") == "file"
    assert stores.scheme_of("file:///data") == "file"
    assert [stores.is_remote(p) for p in ("s3://b/x", "gs://b", "hdfs://n/x")] == [True] * 3
    assert [stores.is_remote(p) for p in ("/data", "rel/x", "file:///data")] == [False] * 3


# --- configuration ------------------------------------------------------------------------


def test_configure_takes_flags_or_options_and_starts_new_clients(s3):
    first = stores.store_for(f"{s3.root}/a")
    assert stores.store_for(f"{s3.root}/b") is first  # one client per scheme
    assert stores.store_for("s3://other/c") is first
    stores.configure(["--s3_region_name=eu-west-3", "--s3_endpoint_url=http://127.0.0.1:9"])
    options = stores._configured().get_all_options()
    assert options["s3_region_name"] == "eu-west-3"
    assert FileSystems._pipeline_options.get_all_options()["s3_region_name"] == "eu-west-3"
    assert stores.store_for(f"{s3.root}/a") is not first
    given = PipelineOptions(s3.beam_args)
    stores.configure(given)
    assert stores._configured() is given
    store = stores.store_for(f"{s3.root}/locks/x")
    assert store.create_exclusive(f"{s3.root}/locks/x", b"x")  # the emulator's endpoint again
    store.delete(f"{s3.root}/locks/x")


def test_unconfigured_a_worker_uses_the_options_beam_s_harness_set(monkeypatch):
    harness = PipelineOptions(["--s3_region_name=ap-northeast-2"])
    monkeypatch.setattr(stores, "_options", None)
    monkeypatch.setattr(FileSystems, "_pipeline_options", harness)
    assert stores._configured() is harness
    monkeypatch.setattr(stores, "_options", None)
    monkeypatch.setattr(FileSystems, "_pipeline_options", None)
    assert stores._configured().get_all_options()["s3_region_name"] is None
    stores.configure(())


# --- filesystems --------------------------------------------------------------------------


def test_a_store_whose_filesystem_is_missing_is_named_with_what_to_install(monkeypatch):
    assert stores.missing_filesystem("/data/x") is None
    assert stores.missing_filesystem("file:///data/x") is None  # Beam has no file:// scheme
    assert stores.missing_filesystem("s3://b/x") is None
    assert stores.missing_filesystem("gs://b/x") is None
    assert stores.missing_filesystem("hdfs://nn/x") == (
        "hdfs://nn/x: Beam's filesystem for hdfs:// is not installed here; "
        "pip install 'apache-beam[hadoop]==2.77.0'"
    )
    assert stores.missing_filesystem("azfs://acct/c/x") == (
        "azfs://acct/c/x: Beam's filesystem for azfs:// is not installed here; "
        "pip install 'apache-beam[azure]==2.77.0'"
    )
    assert stores.missing_filesystem("foo://x/y") == (
        "foo://x/y: Beam's filesystem for foo:// is not installed here; "
        "no Beam filesystem handles it"
    )
    monkeypatch.setitem(sys.modules, "boto3", None)  # as if the package were not installed
    assert stores.missing_filesystem("s3://b/x") == (
        "s3://b/x: Beam's filesystem for s3:// is not installed here; "
        "pip install 'korean-curate[aws]' (Beam's aws extra)"
    )
    gcs = (
        "gs://b/x: Beam's filesystem for gs:// is not installed here; "
        "pip install 'korean-curate[gcp]' (Beam's gcp extra)"
    )
    monkeypatch.setitem(sys.modules, "google.cloud.storage", None)
    assert stores.missing_filesystem("gs://b/x") == gcs
    monkeypatch.delitem(sys.modules, "google.cloud.storage")
    monkeypatch.setitem(sys.modules, "google.cloud", None)  # its parent: find_spec raises
    assert stores.missing_filesystem("gs://b/x") == gcs


def test_a_module_without_a_spec_counts_as_missing(monkeypatch):
    monkeypatch.setitem(sys.modules, "boto3", types.ModuleType("boto3"))  # __spec__ None
    assert "pip install 'korean-curate[aws]'" in stores.missing_filesystem("s3://b/x")


def test_require_filesystem_checks_every_store_path_and_skips_local_ones(no_credentials):
    stores.require_filesystem("", "/data/x", "file:///data", "rel/x")
    assert refusal(stores.require_filesystem, "/data/x", "foo://b/x") == (
        "foo://b/x: Beam's filesystem for foo:// is not installed here; "
        "no Beam filesystem handles it"
    )
    assert refusal(stores.require_filesystem, "/data", "s3://bkt/releases/v1") == (
        "cannot authenticate to s3://bkt: " + NO_AWS.format("'default'")
    )


# --- credentials --------------------------------------------------------------------------


def test_missing_credentials_stop_a_command_with_what_was_tried(no_credentials, monkeypatch):
    assert refusal(stores.check_credentials, "s3://bkt/releases/v1") == (
        "cannot authenticate to s3://bkt: " + NO_AWS.format("'default'")
    )
    assert refusal(stores.check_credentials, "gs://gbkt/releases") == (
        f"cannot authenticate to gs://gbkt: {NO_ADC}"
    )
    assert stores.credentials_tried("gs://gbkt/x") == NO_ADC
    assert stores.credentials_tried("s3://bkt/x") == NO_AWS.format("'default'")
    assert stores.credentials_tried("hdfs://nn/x") == "the filesystem's defaults"
    stores.check_credentials("hdfs://nn/x")  # nothing to check there
    stores.check_credentials("/data/x")
    monkeypatch.setenv("STORAGE_EMULATOR_HOST", "http://127.0.0.1:9")  # takes anonymous requests
    stores.check_credentials("gs://gbkt/releases")
    assert refusal(stores.check_credentials, "s3://bkt/x").startswith("cannot authenticate")


def test_a_named_aws_profile_without_keys_is_named(no_credentials, monkeypatch):
    config = no_credentials / "no-aws-config"
    config.write_text("[profile legal]\nregion = us-east-1\n")
    monkeypatch.setenv("AWS_PROFILE", "legal")
    assert refusal(stores.check_credentials, "s3://bkt/x") == (
        "cannot authenticate to s3://bkt: " + NO_AWS.format("'legal'")
    )


def test_an_aws_profile_that_does_not_exist_is_a_one_line_refusal(no_credentials, monkeypatch):
    monkeypatch.setenv("AWS_PROFILE", "legal")
    assert "profile 'legal'" in refusal(stores.check_credentials, "s3://bkt/x")


def test_found_credentials_are_named_by_where_they_came_from(no_credentials, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIATESTKEY")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret")
    stores.check_credentials("s3://bkt/x")
    assert stores.credentials_tried("s3://bkt/x") == "AWS credentials from env"
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    stores.configure(["--s3_access_key_id=AKIAFLAG", "--s3_secret_access_key=s"])
    stores.check_credentials("s3://bkt/x")
    assert stores.credentials_tried("s3://bkt/x") == (
        "the --s3_access_key_id/--s3_secret_access_key options"
    )
    stores.configure(())
    adc = adc_file(no_credentials / "adc.json")
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(adc))
    stores.forget_credentials()
    stores.check_credentials("gs://gbkt/x")
    assert stores.credentials_tried("gs://gbkt/x") == (
        "Application Default Credentials (credentials.Credentials, from the file "
        f"GOOGLE_APPLICATION_CREDENTIALS names ({adc}))"
    )


def test_gcloud_s_own_credentials_file_is_found_without_the_variable(no_credentials):
    adc_file(no_credentials / "gcloud" / "application_default_credentials.json")
    assert stores.credentials_tried("gs://gbkt/x") == (
        "Application Default Credentials (credentials.Credentials, from gcloud/metadata)"
    )


def test_a_credentials_file_that_cannot_be_used_is_named(no_credentials, monkeypatch):
    missing = no_credentials / "missing-adc.json"
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(missing))
    assert refusal(stores.check_credentials, "gs://gbkt/x") == (
        f"cannot authenticate to gs://gbkt: GOOGLE_APPLICATION_CREDENTIALS names {missing}: "
        f"File {missing} was not found"
    )


def test_credentials_are_looked_up_once_until_forgotten(no_credentials, monkeypatch):
    assert stores.credentials_tried("gs://gbkt/x") == NO_ADC
    adc = adc_file(no_credentials / "adc.json")
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(adc))
    assert stores.credentials_tried("gs://gbkt/x") == NO_ADC
    stores.forget_credentials()
    assert stores.credentials_tried("gs://gbkt/x").startswith("Application Default Credentials")


# --- a store refusing access --------------------------------------------------------------


def client_error(code: str, operation: str = "GetObject") -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": "refused"}}, operation)


class AccessDeniedException(Exception):
    pass


class Quiet(Exception):
    """An error whose text does not repeat its arguments (as Beam's remote ones)."""

    def __str__(self) -> str:
        return "quiet"


def test_a_refusal_names_the_first_store_path_and_the_credentials_tried(
    no_credentials, monkeypatch
):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIATESTKEY")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret")
    err = client_error("AccessDenied")
    assert stores.access_failure(err, ["/local/out", "s3://bkt/releases/v1", "gs://g/x"]) == (
        "s3://bkt refused access (AccessDenied): credentials tried: AWS credentials from env"
    )
    assert stores.access_failure(err, ["gs://gbkt/x", "s3://bkt/y"]) == (
        f"gs://gbkt refused access (AccessDenied): credentials tried: {NO_ADC}"
    )
    assert stores.access_failure(err, ["/local/out"]) == (
        "the object store refused access (AccessDenied): credentials tried: "
        "the default credential chain"
    )
    assert stores.access_failure(err) == stores.access_failure(err, ["/x"])


@pytest.mark.parametrize(
    "err, hit",
    [
        (client_error("InvalidAccessKeyId"), "InvalidAccessKeyId"),
        (client_error("SignatureDoesNotMatch"), "SignatureDoesNotMatch"),
        (client_error("ExpiredToken"), "ExpiredToken"),
        (client_error("InvalidToken"), "InvalidToken"),
        (client_error("TokenRefreshRequired"), "TokenRefreshRequired"),
        (client_error("AllAccessDisabled"), "AllAccessDisabled"),
        (client_error("403"), "403"),
        (Forbidden("no"), "403"),
        (RefreshError("token expired"), "RefreshError"),
        (AccessDeniedException("x"), "AccessDenied"),
        (RuntimeError("An error occurred (ExpiredToken) when calling PutObject"), "ExpiredToken"),
        (RuntimeError("HTTP (401) from the store"), "401"),
        (RuntimeError("(Unauthorized)"), "Unauthorized"),
        (RuntimeError("(Forbidden)"), "Forbidden"),
        (RuntimeError("(DefaultCredentialsError)"), "DefaultCredentialsError"),
        (NoCredentialsError(), "no credentials"),
        (RuntimeError("Unable to locate credentials for the bucket"), "no credentials"),
        (RuntimeError("(Unable to locate credentials)"), "Unable to locate credentials"),
    ],
)
def test_each_kind_of_refusal_is_named(err, hit):
    assert stores.access_failure(err) == (
        f"the object store refused access ({hit}): credentials tried: the default credential chain"
    )


def test_a_code_attribute_or_response_names_the_refusal():
    coded = RuntimeError("refused")
    coded.code = 401
    assert "(401)" in stores.access_failure(coded)
    answered = RuntimeError("refused")
    answered.code = "Teapot"
    answered.response = {"Error": {"Code": "ExpiredToken"}}
    assert "(ExpiredToken)" in stores.access_failure(answered)
    blank = RuntimeError("refused")
    blank.code = "AccessDenied"
    blank.response = {"Error": {}}  # no code there: the attribute's stands
    assert "(AccessDenied)" in stores.access_failure(blank)
    bare = RuntimeError("refused")
    bare.code = "AccessDenied"
    bare.response = {"ResponseMetadata": {}}  # a response without an error part
    assert "(AccessDenied)" in stores.access_failure(bare)
    listed = RuntimeError("refused")
    listed.response = ["AccessDenied"]  # not a dict: ignored
    assert stores.access_failure(listed) is None


@pytest.mark.parametrize(
    "err",
    [
        client_error("NoSuchKey"),
        client_error("NoSuchBucket"),
        OSError(errno.ENOSPC, "No space left on device"),
        ValueError("row 403 is bad; Forbidden words: none"),
        BeamIOError("Match failed", {"s3://b/x": "AccessDenied"}),
    ],
)
def test_other_failures_are_no_refusal(err):
    assert stores.access_failure(err, ["s3://bkt/x"]) is None


def test_a_refusal_is_found_behind_causes_contexts_arguments_and_beam_s_details():
    caused = RuntimeError("wrapped")
    caused.__cause__ = ValueError("middle")
    caused.__cause__.__cause__ = client_error("ExpiredToken")
    assert "(ExpiredToken)" in stores.access_failure(caused)
    context = RuntimeError("while handling")
    context.__context__ = client_error("InvalidToken")
    assert "(InvalidToken)" in stores.access_failure(context)
    argument = Quiet("a worker failed", client_error("SignatureDoesNotMatch"))
    assert "(SignatureDoesNotMatch)" in stores.access_failure(argument)
    detailed = BeamIOError("Match operation failed", {"s3://b/x": client_error("AccessDenied")})
    assert "(AccessDenied)" in stores.access_failure(detailed)
    only_details = BeamIOError("Match operation failed", {"gs://b/x": Forbidden("no")})
    assert "(403)" in stores.access_failure(only_details)  # its text names no code
    shared = RuntimeError("raise ... from err inside except err")
    shared.__cause__ = shared.__context__ = middle = Quiet("middle")
    middle.__cause__ = client_error("InvalidToken")
    assert "(InvalidToken)" in stores.access_failure(shared)  # past the one seen twice


def test_the_nearest_refusal_is_named_first():
    outer = Quiet("outer", client_error("AllAccessDisabled"))
    outer.__cause__ = client_error("ExpiredToken")
    outer.__context__ = client_error("InvalidToken")
    assert "(ExpiredToken)" in stores.access_failure(outer)  # breadth first: cause, context, args
    near = Quiet("outer")
    near.__cause__ = Quiet("no refusal", client_error("InvalidAccessKeyId"))
    near.__context__ = client_error("AccessDenied")
    assert "(AccessDenied)" in stores.access_failure(near)
    beam = BeamIOError("Match failed", {"s3://b/x": client_error("InvalidAccessKeyId")})
    beam.__cause__ = client_error("ExpiredToken")
    assert "(InvalidAccessKeyId)" in stores.access_failure(beam)  # the details come first
    last = Quiet("outer", Quiet("no refusal"), client_error("TokenRefreshRequired"))
    assert "(TokenRefreshRequired)" in stores.access_failure(last)  # every argument


def test_an_error_chain_with_a_cycle_ends():
    first, second = RuntimeError("first"), RuntimeError("second")
    first.__context__, second.__context__ = second, first
    first.__cause__ = first
    answers: list = []
    worker = threading.Thread(target=lambda: answers.append(stores.access_failure(first)))
    worker.daemon = True
    worker.start()
    worker.join(10)
    assert answers == [None]


# --- conditional writes on local disk -----------------------------------------------------


def test_an_exclusive_create_on_disk_writes_once_and_leaves_no_temporary_file(tmp_path):
    store = stores.store_for(str(tmp_path / "x"))
    assert isinstance(store, stores.LocalStore)
    lock = tmp_path / "out" / "nested" / ".v1.commit-lock"
    assert store.create_exclusive(str(lock), b"first")
    assert not store.create_exclusive(str(lock), b"second")
    assert lock.read_bytes() == b"first"
    assert os.listdir(lock.parent) == [lock.name]
    store.delete(str(lock))
    store.delete(str(lock))  # already gone: nothing to do
    assert os.listdir(lock.parent) == []
    assert store.create_exclusive(str(lock), b"")
    assert lock.read_bytes() == b""


def test_an_exclusive_create_of_a_bare_name_writes_in_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = stores.store_for("lock")
    assert store.create_exclusive("lock", b"one")
    assert not store.create_exclusive("lock", b"two")
    assert os.listdir(tmp_path) == ["lock"] and (tmp_path / "lock").read_bytes() == b"one"


@pytest.mark.parametrize("code", sorted(stores._NO_LINKS))
def test_without_hard_links_the_exclusive_create_opens_with_o_excl(tmp_path, monkeypatch, code):
    def no_link(source, target):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "link", no_link)  # a filesystem without hard links
    store = stores.LocalStore()
    lock = tmp_path / "lock"
    assert store.create_exclusive(str(lock), b"first")
    assert not store.create_exclusive(str(lock), b"second")
    assert lock.read_bytes() == b"first" and os.listdir(tmp_path) == ["lock"]


def test_another_link_failure_is_raised_and_leaves_nothing(tmp_path, monkeypatch):
    def full(source, target):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "link", full)
    with pytest.raises(OSError, match="No space left"):
        stores.LocalStore().create_exclusive(str(tmp_path / "lock"), b"x")
    assert os.listdir(tmp_path) == []


def test_a_name_too_long_for_the_filesystem_is_the_kernel_s_error(tmp_path):
    with pytest.raises(OSError) as caught:
        stores.LocalStore().create_exclusive(str(tmp_path / ("n" * 240)), b"x")
    assert caught.value.errno == errno.ENAMETOOLONG
    assert os.listdir(tmp_path) == []


# --- conditional writes on the stores -----------------------------------------------------


def test_a_store_creates_replaces_and_deletes_only_as_its_preconditions_allow(bucket):
    store = stores.versioned_store(f"{bucket}/x")
    path = f"{bucket}/releases/v1/.lock"
    assert store.read_versioned(path) == (None, None)
    assert store.create_exclusive(path, b"first")
    assert not store.create_exclusive(path, b"second")
    data, token = store.read_versioned(path)
    assert data == b"first" and token
    assert read_bytes(path) == b"first"  # under its full name, in the bucket
    assert store.replace_if(path, b"third", token)
    assert not store.replace_if(path, b"fourth", token)  # stale token
    assert not store.replace_if(path, b"fifth", None)  # it exists
    data, newer = store.read_versioned(path)
    assert data == b"third" and newer != token
    store.delete(path)
    assert store.read_versioned(path) == (None, None)
    assert store.replace_if(path, b"sixth", None)
    assert store.read_versioned(path)[0] == b"sixth"
    store.delete(path)
    odd = f"{bucket}/logs/a://b"  # the name after the bucket is kept whole
    assert store.create_exclusive(odd, b"odd")
    assert read_bytes(odd) == b"odd"
    store.delete(odd)


def test_a_missing_bucket_is_an_error_not_an_answer(s3):
    store = stores.versioned_store(f"{s3.root}/x")
    for call, args in (
        (store.read_versioned, ("s3://no-such-bucket/x",)),
        (store.replace_if, ("s3://no-such-bucket/x", b"x", None)),
        (store.create_exclusive, ("s3://no-such-bucket/x", b"x")),
    ):
        with pytest.raises(ClientError, match="NoSuchBucket"):
            call(*args)


def test_an_empty_object_is_put_on_s3(s3):
    path = f"{s3.root}/empty/_SUCCESS"
    stores.put_empty(path)
    assert read_bytes(path) == b""
    assert stores.versioned_store(path).read_versioned(path)[0] == b""


def test_only_local_disk_gs_and_s3_take_a_commit(s3):
    assert refusal(stores.store_for, "hdfs://nn/releases") == (
        "releases cannot be committed to hdfs:// (no conditional write there, so two runs "
        "could both create one version); write them to a local path, gs:// or s3://"
    )
    assert "foo://" in refusal(stores.store_for, "foo://b/releases")
    assert refusal(stores.versioned_store, "/data/takedown.log") == (
        "/data/takedown.log: no conditional replace on this store"
    )
    assert isinstance(stores.versioned_store(f"{s3.root}/t.log"), stores.S3Store)
    assert isinstance(stores.versioned_store(f"gs://{BUCKET}/t.log"), stores.GcsStore)


def test_a_commit_to_a_store_whose_client_is_missing_is_refused(s3, monkeypatch):
    monkeypatch.setitem(sys.modules, "boto3", None)
    assert refusal(stores.store_for, "s3://bkt/releases") == (
        "writing a release to s3://bkt/releases: Beam's filesystem for s3:// is not installed "
        "here; pip install 'korean-curate[aws]' (Beam's aws extra)"
    )
    monkeypatch.setitem(sys.modules, "google.cloud.storage", None)
    assert refusal(stores.store_for, "gs://bkt/releases").startswith(
        "writing a release to gs://bkt/releases: Beam's filesystem for gs:// is not installed"
    )


@pytest.mark.parametrize(
    "path, module",
    [
        ("s3://bkt/releases", "apache_beam.io.aws.clients.s3.boto3_client"),
        ("gs://bkt/releases", "apache_beam.io.gcp.gcsio"),
    ],
)
def test_a_store_client_that_cannot_load_is_refused(s3, monkeypatch, path, module):
    monkeypatch.setitem(sys.modules, module, None)
    stores.forget_credentials()  # no client made yet
    try:
        assert refusal(stores.store_for, path) == f"import of {module} halted; None in sys.modules"
    finally:
        monkeypatch.undo()
        stores.forget_credentials()
