"""A fastText classifier of Korean prose vs junk, fed Kiwi morphemes (not eojeol).

Features are the document's morpheme forms with their coarse tags, so the model sees grammar
(particles, endings) as well as vocabulary, and the analysis the pipeline already computed is
reused. The score is P(good). ``train`` writes a quantised model; the bundled one is built by
``curate quality train --builtin`` (see filters/models/README.md).
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filters.analysis import Analysis, analyze
from filters.langid import load_fasttext

DEFAULT_MODEL = Path(__file__).resolve().parent / "models" / "quality_ko.ftz"
GOOD, JUNK = "good", "junk"
_LABEL = "__label__"
_MAX_FEATURES = 2000


def features(analysis: Analysis) -> str:
    """``form/TAG`` tokens (tags cut to two letters), at most the first 2000 morphemes."""
    return " ".join(
        f"{form}/{tag[:2]}"
        for form, tag in zip(
            analysis.forms[:_MAX_FEATURES], analysis.tags[:_MAX_FEATURES], strict=True
        )
        if not form.isspace()
    ).replace("\n", " ")


@dataclass(frozen=True)
class QualityModel:
    """The classifier at ``path`` (bundled model when empty), loaded once per process."""

    path: str = ""

    @property
    def model(self) -> Any:
        return load_fasttext(self.path or DEFAULT_MODEL)

    def scores(self, analyses: Sequence[Analysis]) -> list[float]:
        """P(good) per document."""
        if not analyses:
            return []
        labels, probs = self.model.predict([features(a) for a in analyses], k=2)
        return [_good_probability(lab, prob) for lab, prob in zip(labels, probs, strict=True)]


def _good_probability(labels: Sequence[str], probs: Any) -> float:
    for label, prob in zip(labels, probs, strict=True):
        if label == _LABEL + GOOD:
            return min(float(prob), 1.0)
    return 0.0


@dataclass(frozen=True)
class TrainOptions:
    """fastText hyper-parameters; small on purpose (the quantised model stays < 2 MB)."""

    epoch: int = 25
    lr: float = 0.5
    dim: int = 16
    word_ngrams: int = 2
    minn: int = 0
    maxn: int = 0
    bucket: int = 200_000
    cutoff: int = 20_000
    seed: int = 1


def _fit(data: str, output: str, options: TrainOptions) -> None:
    import fasttext

    model = fasttext.train_supervised(
        input=data,
        epoch=options.epoch,
        lr=options.lr,
        dim=options.dim,
        wordNgrams=options.word_ngrams,
        minn=options.minn,
        maxn=options.maxn,
        bucket=options.bucket,
        thread=1,
        seed=options.seed,
        verbose=0,
    )
    model.quantize(input=data, qnorm=True, retrain=True, cutoff=options.cutoff, thread=1)
    model.save_model(output)


def train(
    examples: Sequence[tuple[str, str]], output: str | Path, options: TrainOptions = TrainOptions()
) -> dict[str, Any]:
    """Train on (label, text) pairs (labels ``good``/``junk``), quantise, save to ``output``.

    Single-threaded with a fixed seed, in a freshly spawned process: fastText 0.9.2's trainer
    reads uninitialised heap memory, so in a process whose heap Kiwi has already used it
    yields NaN or a different model each run; a fresh process gives the same file every time.
    """
    labels = [label for label, _ in examples]
    unknown = sorted(set(labels) - {GOOD, JUNK})
    if unknown:
        raise ValueError(f"labels must be {GOOD!r} or {JUNK!r}, got {unknown[0]!r}")
    analyses = analyze([text for _, text in examples])
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "train.txt")
        with open(data, "w", encoding="utf-8") as f:
            for label, analysis in zip(labels, analyses, strict=True):
                f.write(f"{_LABEL}{label} {features(analysis)}\n")
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            pool.submit(_fit, data, str(output), options).result()
    return {
        "examples": len(examples),
        "good": labels.count(GOOD),
        "junk": labels.count(JUNK),
        "bytes": Path(output).stat().st_size,
    }
