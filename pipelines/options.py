"""Beam pipeline options: every Beam flag passes through; the default runner never downloads.

Beam's default DirectRunner first tries to fetch a Prism binary from the internet; the
in-process FnApiRunner needs nothing, and runs multi-process with
``--direct_running_mode=multi_processing --direct_num_workers=N``.
"""

from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

EMBEDDED_RUNNER = "apache_beam.runners.portability.fn_api_runner.fn_runner.FnApiRunner"


def pipeline_options(beam_args: list[str]) -> PipelineOptions:
    options = PipelineOptions(beam_args)
    standard = options.view_as(StandardOptions)
    if not standard.runner:
        standard.runner = EMBEDDED_RUNNER
    return options


def runner_name(options: PipelineOptions) -> str:
    runner = options.view_as(StandardOptions).runner or EMBEDDED_RUNNER
    return runner.rsplit(".", 1)[-1]
