"""Korean PII detection and scrubbing on presidio: recognizers (``recognizers``), the Kiwi
NLP engine and context enhancer (``nlp_engine``), one document's scrub (``scrub``), and the
labelled evaluation set ``eval_ko.jsonl`` (built by ``curate.pii_evalset``)."""
