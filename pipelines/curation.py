"""The assembled curation pipeline and the launcher that turns a finished run into a release.

ingest → normalize → exact dedup → (later stages) → shards + provenance + manifest
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter

from curate.config import config_sha256
from curate.records import keep
from curate.settings import Settings
from lineage import release_files
from lineage.manifest import (
    CONFIG,
    STATS,
    build_manifest,
    check_accounting,
    new_run,
    now,
    outcome_stats,
)
from pipelines.copyright import CopyrightPolicy
from pipelines.exact_dedup import ExactDedup
from pipelines.ingest import ReadCorpus, match_files
from pipelines.launch_paths import settle_paths, workers_are_remote
from pipelines.near_dedup import (
    NearDedup,
    check_prior_releases,
    minhash_params,
    prior_signatures,
)
from pipelines.normalize import Normalize
from pipelines.options import pipeline_options, runner_name
from pipelines.pii import PiiScrub
from pipelines.quality import Quality
from pipelines.stages import CountOutcome, split_settled
from pipelines.takedown import ApplyTakedowns
from pipelines.write_release import RUN_SUMMARY, WriteRelease

_LOG = logging.getLogger(__name__)


class NoInputError(ValueError):
    """No file matched any input pattern."""


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
) -> dict[str, Any]:
    """Wire the stages, each given its own settings; each stage's settled records leave the
    stream right after it. ``extra_stages`` run last, before release: a site's own filters.
    Returns what the launch read that the manifest records (the takedown log's head)."""
    records = pipeline | "Ingest" >> ReadCorpus(files, settings.ingest)
    inputs = records | "CountInputs" >> beam.combiners.Count.Globally()
    in_play, settled_ingest = split_settled(records, "Ingest")
    settled = [settled_ingest]

    def stage(pcoll, label: str, transform):
        """Run a stage; the records it settled leave the stream here."""
        still_open, done = split_settled(pcoll | label >> transform, label)
        settled.append(done)
        return still_open

    launch: dict[str, Any] = {}
    if settings.takedown.log:
        takedowns = ApplyTakedowns(settings.takedown)
        launch["takedowns"] = takedowns.head.to_json()
        in_play = stage(in_play, "Takedown", takedowns)
    in_play = stage(in_play, "Normalize", Normalize(settings.normalize))
    if settings.copyright.enabled:
        in_play = stage(in_play, "Copyright", CopyrightPolicy(settings.copyright))
    if settings.dedup.exact:
        in_play = stage(in_play, "ExactDedup", ExactDedup())
    if settings.quality.enabled:
        in_play = stage(in_play, "Quality", Quality(settings.quality, settings.langid))
    if settings.near_dedup.enabled:
        prior = prior_signatures(pipeline, settings.near_dedup.against)
        in_play = stage(in_play, "NearDedup", NearDedup(settings.near_dedup, prior))
    if settings.pii.enabled:
        in_play = stage(in_play, "PiiScrub", PiiScrub(settings.pii))
    for label, transform in extra_stages:
        in_play = stage(in_play, label, transform)

    kept = in_play | "Keep" >> beam.Map(keep)
    outcomes = (
        (*settled, kept)
        | "Outcomes" >> beam.Flatten()
        | "CountOutcomes" >> beam.ParDo(CountOutcome())
    )
    _ = outcomes | "WriteRelease" >> WriteRelease(
        staging, version_name, run, settings.release, inputs
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
    options = pipeline_options(list(beam_args))
    inputs, output, settings = settle_paths(
        inputs,
        output,
        settings,
        remote=workers_are_remote(options),
        allow_local=allow_local_paths,
    )
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
        launch = build_pipeline(pipeline, files, settings, staging, version_name, run, extra_stages)
        result = pipeline.run()
        result.wait_until_finish()
        counters = runner_counters(result)

        summary = release_files.read_json(release_files.join(staging, RUN_SUMMARY))
        stats = outcome_stats(summary["outcomes"], summary["inputs"])
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
