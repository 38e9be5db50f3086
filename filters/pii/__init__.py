"""Korean PII detection and scrubbing on presidio: one module per recognizer family
(``recognizers/``), the Kiwi NLP engine and context enhancer (``nlp_engine``), and one
document's scrub (``scrub``). The labelled sets that measure them are evaluation tooling
(``curate/evals/``)."""
