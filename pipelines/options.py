"""Beam pipeline options: every Beam flag passes through; the default runner never downloads.

Beam's default DirectRunner first tries to fetch a Prism binary from the internet; the
in-process FnApiRunner needs nothing.

The embedded runner's parallel modes (``--direct_num_workers`` other than 1, with
``multi_processing`` or ``multi_threading``) are refused. With Beam 2.77 they lost grouped
data in our runs: on a 50,000-document corpus with two workers, one run finished with half
the near-duplicates it should have found, every count still adding up, and others failed
because exact dedup met records without their group. The script
``benchmarks/check_parallel_embedded_runner.py`` reproduces it with a plain CombinePerKey
and CoGroupByKey under load: 2 of 5 runs lost data with two worker processes, 5 of 5 with
threads (one returned 41,280 of 50,000 records), 0 of 5 in-process.
A curation run must not depend on such luck; parallel runs belong on a runner with a real
shuffle (Flink, Dataflow).
"""

from __future__ import annotations

from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions

EMBEDDED_RUNNER = "apache_beam.runners.portability.fn_api_runner.fn_runner.FnApiRunner"
EMBEDDED_NAMES = ("FnApiRunner", "DirectRunner", "SwitchingDirectRunner")


class UnsafeRunnerOptions(ValueError):
    """Pipeline options this project refuses because they have lost data."""


def pipeline_options(beam_args: list[str]) -> PipelineOptions:
    options = PipelineOptions(beam_args)
    standard = options.view_as(StandardOptions)
    if not standard.runner:
        standard.runner = EMBEDDED_RUNNER
    direct = options.view_as(DirectOptions)
    if runner_name(options) in EMBEDDED_NAMES and direct.direct_num_workers != 1:
        raise UnsafeRunnerOptions(
            f"--direct_num_workers={direct.direct_num_workers} "
            f"(--direct_running_mode={direct.direct_running_mode}) is refused: Beam's embedded "
            "runner lost grouped data with parallel workers in our runs; run in-process (the "
            "default) or on a distributed runner (--runner=FlinkRunner or DataflowRunner)"
        )
    return options


def runner_name(options: PipelineOptions) -> str:
    runner = options.view_as(StandardOptions).runner or EMBEDDED_RUNNER
    return runner.rsplit(".", 1)[-1]
