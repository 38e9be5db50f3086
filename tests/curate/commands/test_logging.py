"""presidio's INFO chatter ("Fetching all recognizers", once per analyzer call) is hidden
unless ``--verbose``; our own INFO lines (progress, files read) stay."""

import logging

from curate.commands.common import PRESIDIO_LOGGERS, setup_logging


def test_presidio_logs_warnings_only_unless_verbose():
    try:
        setup_logging(verbose=False)
        for name in PRESIDIO_LOGGERS:
            assert logging.getLogger(name).getEffectiveLevel() == logging.WARNING
        assert logging.getLogger("pipelines.progress").getEffectiveLevel() == logging.INFO
        setup_logging(verbose=True)
        for name in PRESIDIO_LOGGERS:
            assert logging.getLogger(name).getEffectiveLevel() == logging.INFO
    finally:
        for name in PRESIDIO_LOGGERS:
            logging.getLogger(name).setLevel(logging.NOTSET)
