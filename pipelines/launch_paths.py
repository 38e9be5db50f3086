"""Paths as a remote worker will see them, settled on the launcher before the pipeline is built.

Workers run in another working directory, often on another machine. So every local path a
run names becomes absolute at launch, and when the runner's workers are remote a local path
that workers must open (inputs, the output, prior releases for near-dup, benchmark files
for decontamination) is refused: on a
cluster a laptop path reads as nothing, and the run would "succeed" with only error records.
Files read once on the launcher and shipped with the transform (the takedown log, opt-out
lists) only become absolute. ``--allow-local-paths`` is for clusters whose workers mount the
same filesystem at the same path.
"""

from __future__ import annotations

import dataclasses
import os

from apache_beam.options.pipeline_options import (
    FlinkRunnerOptions,
    PipelineOptions,
    PortableOptions,
)

from curate.settings import Settings
from pipelines.options import EMBEDDED_NAMES, runner_name

SHARED_SCHEMES = "gs://, s3://, hdfs://"
_LOCAL_WORKER_RUNNERS = (*EMBEDDED_NAMES, "BundleBasedDirectRunner", "InteractiveRunner")
_REMOTE_RUNNERS = ("DataflowRunner", "TestDataflowRunner")
_LOCAL_MASTERS = ("[local]", "[auto]", None, "")


class LocalPathRefused(ValueError):
    """A local path was given to a runner whose workers cannot read it."""


def is_local(path: str) -> bool:
    return "://" not in path or path.startswith("file://")


def absolute(path: str) -> str:
    """A local path made absolute (``~`` expanded, glob characters kept); others as given."""
    if not is_local(path):
        return path
    local = path.removeprefix("file://")
    return os.path.abspath(os.path.expanduser(local))


def workers_are_remote(options: PipelineOptions) -> bool:
    """Whether the runner's SDK workers run outside this process's filesystem view: Dataflow,
    and every portable runner unless it runs its workers in this process (LOOPBACK, which
    Flink and Spark pick for a local master when no environment is named)."""
    runner = runner_name(options)
    if runner in _LOCAL_WORKER_RUNNERS:
        return False
    if runner in _REMOTE_RUNNERS:
        return True
    environment = (options.view_as(PortableOptions).environment_type or "").upper()
    if environment:
        return environment != "LOOPBACK"
    if runner == "FlinkRunner":
        return options.view_as(FlinkRunnerOptions).flink_master not in _LOCAL_MASTERS
    if runner == "SparkRunner":
        master = options.get_all_options().get("spark_master_url") or "local"
        return not str(master).startswith("local")
    return True


def settle_paths(
    inputs: list[str],
    output: str,
    settings: Settings,
    *,
    remote: bool,
    allow_local: bool,
) -> tuple[list[str], str, Settings]:
    """(inputs, output, settings) with every local path absolute; raises LocalPathRefused for
    a local path remote workers would have to open, unless ``allow_local``."""
    worker_paths = {
        "--input": inputs,
        "--output": [output],
        "near_dedup.against": list(settings.near_dedup.against),
        "decontamination.benchmarks": [b.path for b in settings.decontamination.benchmarks],
    }
    if remote and not allow_local:
        for option, paths in worker_paths.items():
            local = [p for p in paths if is_local(p)]
            if local:
                raise LocalPathRefused(
                    f"{option} {local[0]} is a local path, but this runner's workers are remote "
                    f"and cannot read it; use a shared filesystem ({SHARED_SCHEMES}), or pass "
                    "--allow-local-paths if every worker mounts it at the same path"
                )
    near_dedup = dataclasses.replace(
        settings.near_dedup, against=tuple(absolute(p) for p in settings.near_dedup.against)
    )
    takedown = dataclasses.replace(
        settings.takedown, log=absolute(settings.takedown.log) if settings.takedown.log else ""
    )
    copyright_ = dataclasses.replace(
        settings.copyright,
        optout_files=tuple(absolute(p) for p in settings.copyright.optout_files),
    )
    decontamination = dataclasses.replace(
        settings.decontamination,
        benchmarks=tuple(
            dataclasses.replace(spec, path=absolute(spec.path))
            for spec in settings.decontamination.benchmarks
        ),
    )
    settled = dataclasses.replace(
        settings,
        near_dedup=near_dedup,
        takedown=takedown,
        copyright=copyright_,
        decontamination=decontamination,
    )
    return [absolute(p) for p in inputs], absolute(output), settled
