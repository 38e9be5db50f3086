"""The ``curate`` command, the top floor of the project: each module here adds subcommands
and imports whatever it needs below it (pipelines, lineage, filters, the record model and
config, the evaluation and sample-corpus tooling); nothing below imports a command.

``run`` and ``demo`` curate a corpus; ``quality``, ``dedup``, ``pii`` and ``scrub`` explain
and measure single stages; ``lineage`` answers legal review; ``release``, ``versions``,
``diff`` and ``pull`` handle releases. ``main.main`` is the console script.
"""
