"""The legal-review web app (``curate review``): search, explain, diff, stats, case files and
takedowns in a browser, on the same ``lineage`` functions the ``curate lineage`` commands
call. Server-rendered (Flask, Jinja2), no JavaScript, nothing loaded from outside the package.
"""
