"""The assembled curation pipeline and the launcher that turns a finished run into a release.

ingest → normalize → exact dedup → (later stages) → shards + provenance + manifest
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter

from curate.config import config_sha256
from curate.records import KEPT, keep
from curate.settings import Settings
from lineage import release_files, stores
from lineage.manifest import (
    CONFIG,
    CONTAMINATION,
    INPUT_FILES,
    STATS,
    build_manifest,
    check_accounting,
    contamination_stats,
    input_file_stats,
    new_run,
    now,
    outcome_stats,
)
from pipelines.copyright import CopyrightPolicy
from pipelines.decontamination import Decontaminate
from pipelines.exact_dedup import ExactDedup
from pipelines.ingest import FILES, ReadCorpus, match_files
from pipelines.launch_paths import settle_paths, workers_are_remote
from pipelines.near_dedup import (
    RECORDS,
    SIGNATURES,
    NearDedup,
    check_prior_releases,
    minhash_params,
    prior_signatures,
)
from pipelines.normalize import Normalize
from pipelines.options import EMBEDDED_NAMES, pipeline_options, runner_name
from pipelines.packing import spilling
from pipelines.parallel import resolve_threads
from pipelines.pii import PiiScrub
from pipelines.progress import ENTERED, READ, SETTLED, Tally
from pipelines.progress import reporting as progress_reporting
from pipelines.quality import Quality
from pipelines.repeated_lines import RepeatedLines
from pipelines.stages import split_settled
from pipelines.takedown import ApplyTakedowns
from pipelines.url_policy import UrlPolicy
from pipelines.write_release import RUN_SUMMARY, WriteRelease

_LOG = logging.getLogger(__name__)


class NoInputError(ValueError):
    """No file matched any input pattern."""


class StartedInWorkerProcess(RuntimeError):
    """A run started while a worker process of a run was starting (see ``check_not_starting``)."""


def check_not_starting() -> None:
    """Refuse to run inside a spawned process that is still starting. A spawned process (the
    WARC reader's extraction processes) imports the script that launched the run again; a
    script that starts a run at its top level would start a whole second run in each of them,
    writing to the same output. ``_inheriting`` is how multiprocessing itself tells that
    phase (``multiprocessing.spawn._check_not_importing_main``)."""
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise StartedInWorkerProcess(
            "a run started inside a worker process that was starting: a script that starts "
            'a run at its top level must do so under `if __name__ == "__main__":`'
        )


@dataclass(frozen=True)
class RunResult:
    release: str
    manifest: dict[str, Any]
    stats: dict[str, Any]
    files: list[dict[str, Any]]
    counters: dict[str, int]
    release_id: str


def build_pipeline(
    pipeline: beam.Pipeline,
    files: list[tuple[str, str]],
    settings: Settings,
    staging: str,
    version_name: str,
    run: dict[str, Any],
    extra_stages: Sequence[tuple[str, beam.PTransform]] = (),
    *,
    threads: int = 1,
    progress: list[str] | None = None,
) -> dict[str, Any]:
    """Wire the stages, each given its own settings; each stage's settled records leave the
    stream right after it. ``extra_stages`` run last, before release: a site's own filters.
    ``threads``: cores of this worker that reading HTML and the quality stage use
    (``runtime.threads``, resolved).
    ``progress``: given (the embedded runner), the stages' labels are appended to it in
    order and they count into ``pipelines.progress``; the branches exist either way.
    Returns what the launch read that the manifest records (the takedown log's head)."""
    counting = progress is not None
    read = pipeline | "Ingest" >> ReadCorpus(files, settings.ingest, threads)
    records = read["records"]
    _ = records | "Progress[read]" >> beam.ParDo(Tally(READ, ENTERED, counting))
    inputs = records | "CountInputs" >> beam.combiners.Count.Globally()
    in_play, settled_ingest = split_settled(records, "Ingest")
    _ = settled_ingest | "Progress[read settled]" >> beam.ParDo(Tally(READ, SETTLED, counting))
    settled = [settled_ingest]

    signatures = None

    def stage(pcoll, label: str, transform):
        """Run a stage; the records it settled leave the stream here. A stage that also gives
        signatures (near dedup) returns ``{RECORDS: ..., SIGNATURES: ...}``."""
        nonlocal signatures
        if counting:
            progress.append(label)
        _ = pcoll | f"Progress[{label}]" >> beam.ParDo(Tally(label, ENTERED, counting))
        out = pcoll | label >> transform
        if isinstance(out, dict):
            out, signatures = out[RECORDS], out[SIGNATURES]
        still_open, done = split_settled(out, label)
        _ = done | f"Progress[{label} settled]" >> beam.ParDo(Tally(label, SETTLED, counting))
        settled.append(done)
        return still_open

    launch: dict[str, Any] = {}
    if settings.takedown.log:
        takedowns = ApplyTakedowns(settings.takedown)
        launch["takedowns"] = takedowns.head.to_json()
        in_play = stage(in_play, "Takedown", takedowns)
    if settings.url_policy.enabled:
        in_play = stage(in_play, "UrlPolicy", UrlPolicy(settings.url_policy))
    in_play = stage(in_play, "Normalize", Normalize(settings.normalize))
    if settings.copyright.enabled:
        in_play = stage(in_play, "Copyright", CopyrightPolicy(settings.copyright))
    if settings.dedup.exact:
        in_play = stage(in_play, "ExactDedup", ExactDedup())
    min_chars = settings.normalize.min_chars
    if settings.repeated_lines.enabled:
        near = settings.near_dedup.enabled
        repeated = RepeatedLines(settings.repeated_lines, min_chars, near_dedup=near)
        in_play = stage(in_play, "RepeatedLines", repeated)
    if settings.decontamination.benchmarks:
        decontaminate = Decontaminate(settings.decontamination, min_chars)
        in_play = stage(in_play, "Decontaminate", decontaminate)
    if settings.quality.enabled:
        quality = Quality(settings.quality, settings.langid, threads)
        in_play = stage(in_play, "Quality", quality)
    if settings.near_dedup.enabled:
        prior = prior_signatures(pipeline, settings.near_dedup.against)
        in_play = stage(in_play, "NearDedup", NearDedup(settings.near_dedup, prior))
    if settings.pii.enabled:
        in_play = stage(in_play, "PiiScrub", PiiScrub(settings.pii))
    for label, transform in extra_stages:
        in_play = stage(in_play, label, transform)

    kept = in_play | "Keep" >> beam.Map(keep)
    if counting:
        progress.append(KEPT)
    _ = kept | "Progress[kept]" >> beam.ParDo(Tally(KEPT, ENTERED, counting))
    _ = (*settled, kept) | "WriteRelease" >> WriteRelease(
        staging, version_name, run, settings.release, inputs, read[FILES], signatures
    )
    return launch


def runner_counters(result: beam.runners.runner.PipelineResult) -> dict[str, int]:
    """Our Beam counters as the runner reports them (``namespace/name`` → value, committed
    where the runner commits, attempted otherwise); empty when it reports none."""
    try:
        found = result.metrics().query(MetricsFilter())["counters"]
    except (NotImplementedError, AttributeError):
        return {}
    counters: dict[str, int] = {}
    for counter in found:
        namespace = counter.key.metric.namespace
        if namespace.split(".")[0] != "curate":
            continue
        value = counter.committed if counter.committed is not None else counter.attempted
        name = f"{namespace}/{counter.key.metric.name}"
        counters[name] = counters.get(name, 0) + (value or 0)
    return counters


@contextlib.contextmanager
def spill_for(settings: Settings, embedded: bool, output: str, name: str) -> Iterator[str | None]:
    """Records wait on disk while the run lasts (``runtime.spill``; only on the embedded
    runner, whose buffers are whole in memory): in a folder ``name…`` inside a local output,
    in the system's temporary folder for an output in a bucket. Yields the folder or None."""
    if not embedded or settings.runtime.spill == "off":
        yield None
        return
    with spilling(None if stores.is_remote(output) else output, prefix=name) as folder:
        yield folder


def run_curation(
    *,
    inputs: list[str],
    output: str,
    version_name: str,
    settings: Settings,
    config_file: str | None = None,
    beam_args: list[str] = (),
    overwrite: bool = False,
    extra_stages: Sequence[tuple[str, beam.PTransform]] = (),
    allow_local_paths: bool = False,
) -> RunResult:
    """Run the pipeline to completion and commit the release; raises on unusable targets, on
    local paths remote workers could not read (see ``launch_paths``), ``WriteFailed`` when a
    write fails and ``CommitConflict`` when another run committed the version first."""
    check_not_starting()
    options = pipeline_options(list(beam_args))
    stores.configure(options)
    inputs, output, settings = settle_paths(
        inputs,
        output,
        settings,
        remote=workers_are_remote(options),
        allow_local=allow_local_paths,
    )
    stores.require_filesystem(*inputs, output, settings.takedown.log, *settings.near_dedup.against)
    target = release_files.check_target(output, version_name, overwrite)
    files = match_files(inputs)
    if not files:
        raise NoInputError(f"no input files matched: {' '.join(inputs)}")
    release_files.check_writable(output)
    params = None
    if settings.near_dedup.enabled:
        params = minhash_params(settings.near_dedup)
        check_prior_releases(settings.near_dedup.against, params)
    run = new_run(config_sha256(settings), runner_name(options))
    staging = release_files.join(output, f".staging-{version_name}-{run['run_id']}")
    _LOG.info("run %s: %d input files → %s", run["run_id"], len(files), target.path)
    try:
        pipeline = beam.Pipeline(options=options)
        embedded = runner_name(options) in EMBEDDED_NAMES
        stages: list[str] = []
        launch = build_pipeline(
            pipeline,
            files,
            settings,
            staging,
            version_name,
            run,
            extra_stages,
            threads=resolve_threads(settings.runtime.threads, runner_name(options)),
            progress=stages if embedded else None,
        )
        spill = spill_for(settings, embedded, output, f".spill-{version_name}-{run['run_id']}-")
        with spill, progress_reporting(stages, len(files), enabled=embedded):
            result = pipeline.run()
            result.wait_until_finish()
        counters = runner_counters(result)

        summary = release_files.read_json(release_files.join(staging, RUN_SUMMARY))
        stats = outcome_stats(summary["outcomes"], summary["inputs"])
        stats[INPUT_FILES] = input_file_stats(summary["input_files"])
        stats[CONTAMINATION] = contamination_stats(summary["contamination"])
        check_accounting(stats, summary["files"])
        manifest = build_manifest(
            version=version_name,
            run=run,
            created_at=now(),
            inputs=list(inputs),
            input_files=len(files),
            stats=stats,
            files=summary["files"],
            config_file=config_file,
            minhash_params=params.to_dict() if params else None,
        )
        manifest.update(launch)
        committed = release_files.commit(
            staging, target, {STATS: stats, CONFIG: settings.to_dict()}, manifest, run["run_id"]
        )
    except BaseException as err:
        # Whatever failed (a full disk, the accounting, another run's commit), no staging
        # folder outlives the run; a write failure becomes one line naming path and error.
        failure = release_files.failure_of(err, staging)
        if failure is None:
            raise
        raise failure from err
    return RunResult(
        release=committed.path,
        manifest=committed.manifest,
        stats=stats,
        files=summary["files"],
        counters=counters,
        release_id=committed.release_id,
    )
