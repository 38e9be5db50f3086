"""Run mutmut on the configured scope, or on some of its modules: ``make mutation``.

    .venv/bin/python benchmarks/mutation_run.py                      # every mutant not yet tested
    .venv/bin/python benchmarks/mutation_run.py filters/lsh.py lineage/keys.py
    .venv/bin/python benchmarks/mutation_run.py filters/lsh.py --tests tests/filters/test_lsh.py
    .venv/bin/python benchmarks/mutation_run.py 'filters.lsh.x_band_keys__mutmut_3'  # one mutant

What to mutate and which tests to run are in ``[tool.mutmut]`` of pyproject.toml. Paths given
here (files or folders under the configured source paths) become mutmut's mutant-name globs
(``filters/lsh.py`` -> ``filters.lsh.x_*``, ``filters.lsh.xǁ*``), and the mutants they name
are tested again even where ``mutants/`` already holds a verdict; a mutant's name (as
``mutation_report.py --survivors`` lists them) or a glob of names is passed on as it is.
Without either, mutmut tests only the mutants that have none yet (new, or in functions
changed since the last run).

``--tests`` replaces the configured test selection for this run only, so that the "stats"
run (every selected test once, recording which functions each one reaches) stays small. mutmut
keys its cache on the test selection: a run with another selection than the last one throws
away every verdict in ``mutants/`` and collects the stats again.

Runs mutmut 3.8.1 in this process (its ``run`` command), with the configuration patched when
``--tests`` is given; nothing else of mutmut's is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# mutmut's mangled function names: ``x_name`` for a function, ``xǁClassǁname`` for a method.
SEPARATOR = "ǁ"


def module_globs(path: str) -> list[str]:
    """mutmut mutant-name globs for a source file or folder, relative to the repository."""
    p = Path(path.rstrip("/"))
    if p.suffix == ".py":
        parts = p.with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        module = ".".join(parts)
        return [f"{module}.x_*", f"{module}.x{SEPARATOR}*"]
    return [".".join(p.parts) + ".*"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "paths", nargs="*", help="source files or folders, or mutant names (default: all)"
    )
    parser.add_argument(
        "--tests", nargs="+", help="pytest paths or node ids replacing the configured selection"
    )
    parser.add_argument(
        "--max-children", type=int, help="parallel mutant workers (mutmut's default: all cores)"
    )
    args = parser.parse_args(argv)
    os.chdir(ROOT)  # mutmut reads pyproject.toml and writes mutants/ in the working directory
    names = [p for p in args.paths if "__mutmut_" in p or "*" in p]
    args.paths = [p for p in args.paths if p not in names]

    missing = [p for p in args.paths if not (ROOT / p).exists()]
    if missing:
        parser.error(f"no such file or folder: {' '.join(missing)}")

    from mutmut.configuration import config

    cfg = config()  # reads [tool.mutmut] from pyproject.toml in the working directory
    outside = [
        p
        for p in args.paths
        if not any(Path(p).resolve().is_relative_to(s.resolve()) for s in cfg.source_paths)
    ]
    if outside:
        parser.error(f"not under the configured source_paths: {' '.join(outside)}")
    skipped = [p for p in args.paths if p.endswith(".py") and not cfg.should_mutate(Path(p))]
    if skipped:
        parser.error(f"not mutated (see only_mutate): {' '.join(skipped)}")
    if args.tests:
        cfg.pytest_add_cli_args_test_selection = list(args.tests)

    from mutmut.__main__ import cli

    run_args = ["run"]
    if args.max_children:
        run_args += ["--max-children", str(args.max_children)]
    run_args += [glob for path in args.paths for glob in module_globs(path)] + names
    try:
        cli(run_args, standalone_mode=False)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
