"""Evaluation tooling, kept out of the product: labelled sets (their generators and the sets
themselves, ``data/``), scorers and baselines for the quality, near-dup and PII stages.
Commands (``curate quality|dedup|pii eval``) and tests import it; no stage ever does."""
