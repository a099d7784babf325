"""Train the learned routing vote and export it for the answerer (bot/qa/learned_vote.py).

The design is the one bench/learned_backtest.py pre-registered and backtested (e538792), made
exportable: TF-IDF of word 1-2-grams and of character 2-5-grams inside words (sublinear tf,
the `fold` preprocessor, terms seen in at least two texts), a linear SVM (C=1) whose per-class
sigmoids are fitted on 3-fold cross-validated decisions (scikit-learn's CalibratedClassifierCV,
ensemble=False: one SVM on every text). It learns from every labelled set in tests/qa but the
test splits and red-flag lines, and from the content's question variants, section titles and
exercise names (bench/_old_answers.py::material, learned_backtest.training).

Writes bot/qa/data/learned_vote.npz (vocabularies with their idf, the SVM's coefficients as
float16 and its intercepts, each class's sigmoid, the labels, a digest of the training texts
and labels; the same data gives the same bytes) and tests/qa/learned_vote_expected.jsonl
(scikit-learn's own label and probability, which the numpy inference must reproduce, on
training texts drawn with a fixed seed and on as many messages it never learned from, made from
training texts by fixed transformations: the fixture changes only when the training data does).

`python -m bench train_vote` (not run by a bare `python -m bench`; needs scikit-learn:
`pip install -e '.[backtest]'`).
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bench._old_answers import material
from bench.learned_backtest import training
from bot.qa.learned_vote import MODEL, fold  # the inference's own preprocessor and file

RUN_BY_DEFAULT = False
ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ROOT / "tests" / "qa" / "learned_vote_expected.jsonl"
# How many fixture messages are training texts, and how many are made from them (never learned).
FROM_TRAINING, UNSEEN = 150, 150
SEED = 15
# A zip entry's date: fixed, so that the same model gives the same bytes.
_EPOCH = (1980, 1, 1, 0, 0, 0)


def training_digest(texts: Sequence[str], labels: Sequence[str]) -> str:
    """A fingerprint of what the vote learned from (its texts and their labels, in order)."""
    payload = json.dumps([list(texts), list(labels)], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def current_training() -> tuple[list[str], list[str]]:
    """The texts and labels the vote learns from in this checkout."""
    return training(material(ROOT))


def fit(texts: list[str], labels: list[str]) -> Any:
    """The pipeline of the design, fitted."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline, make_union
    from sklearn.svm import LinearSVC

    features = make_union(
        TfidfVectorizer(preprocessor=fold, ngram_range=(1, 2), sublinear_tf=True,
                        token_pattern=r"(?u)\b\w+\b", min_df=2),
        TfidfVectorizer(preprocessor=fold, analyzer="char_wb", ngram_range=(2, 5),
                        sublinear_tf=True, min_df=2),
    )  # fmt: skip
    svm = CalibratedClassifierCV(
        LinearSVC(C=1.0, random_state=0), cv=3, method="sigmoid", ensemble=False
    )
    return make_pipeline(features, svm).fit(texts, labels)


def _joined(items: Sequence[str]) -> np.ndarray:
    """Strings as one UTF-8 array, one a line (no term holds a line break: both analyzers split
    on white space)."""
    assert not any("\n" in item for item in items)
    return np.frombuffer("\n".join(items).encode("utf-8"), dtype=np.uint8)


def arrays(model: Any, digest: str, count: int) -> dict[str, np.ndarray]:
    """What the numpy inference needs, as plain arrays."""
    union, calibrated = model.steps[0][1], model.steps[1][1]
    (_, word), (_, char) = union.transformer_list
    (only,) = calibrated.calibrated_classifiers_
    svm = only.estimator
    assert list(svm.classes_) == list(calibrated.classes_)
    found: dict[str, np.ndarray] = {}
    for prefix, vectorizer in (("word", word), ("char", char)):
        terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
        found[f"{prefix}_terms"] = _joined(terms)
        found[f"{prefix}_idf"] = vectorizer.idf_.astype(np.float64)
    found["coef"] = svm.coef_.astype(np.float16)
    found["intercept"] = svm.intercept_.astype(np.float64)
    found["sigmoid_a"] = np.array([c.a_ for c in only.calibrators], dtype=np.float64)
    found["sigmoid_b"] = np.array([c.b_ for c in only.calibrators], dtype=np.float64)
    found["labels"] = _joined([str(label) for label in svm.classes_])
    found["digest"] = _joined([digest])
    found["texts"] = np.array([count], dtype=np.int64)
    return found


def write_npz(path: Path, found: dict[str, np.ndarray]) -> None:
    """np.savez_compressed's format, with fixed entry dates: the same arrays, the same bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, array in found.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
            entry = zipfile.ZipInfo(f"{name}.npy", date_time=_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, buffer.getvalue(), compresslevel=9)


def unseen(texts: Sequence[str], draw: random.Random, count: int) -> list[str]:
    """`count` messages the vote never learned from, made from its training texts by fixed
    transformations, in turn: the first half of one text's words followed by the second half of
    another's (words of two answers in one message), and one text's words in reverse order
    (word pairs no text holds). The same training texts and draws give the same messages."""
    learned = set(texts)
    pool = sorted(learned)
    made: list[str] = []
    while len(made) < count:
        first, second = (text.split() for text in draw.sample(pool, 2))
        if len(made) % 2 == 0:
            words = first[: (len(first) + 1) // 2] + second[len(second) // 2 :]
        else:
            words = first[::-1]
        text = " ".join(words)
        if text and text not in learned and text not in made:
            made.append(text)
    return made


def fixture(model: Any, texts: list[str]) -> list[dict[str, Any]]:
    """scikit-learn's own vote on training texts drawn with a fixed seed, on messages made from
    them that it never learned from, and on empty, foreign and longest messages."""
    draw = random.Random(SEED)
    learned = draw.sample(sorted(set(texts)), FROM_TRAINING)
    made = unseen(texts, draw, UNSEEN)
    messages = [*learned, *made, "", "   ", "Ischias?", "x" * 4000]
    probabilities = model.predict_proba(messages)
    rows = []
    for text, row in zip(messages, probabilities, strict=True):
        best = int(row.argmax())
        rows.append({"q": text, "label": str(model.classes_[best]),
                     "probability": round(float(row[best]), 6)})  # fmt: skip
    return rows


def main() -> None:
    """Fit the design on this checkout's material; write the model and the fixture."""
    try:
        import sklearn
    except ImportError:
        print("scikit-learn is not installed (pip install -e '.[backtest]'): skipped")
        return
    texts, labels = current_training()
    digest = training_digest(texts, labels)
    model = fit(texts, labels)
    found = arrays(model, digest, len(texts))
    write_npz(MODEL, found)
    rows = fixture(model, texts)
    EXPECTED.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    words, chars = (len(bytes(found[f"{p}_terms"]).split(b"\n")) for p in ("word", "char"))
    print(f"scikit-learn {sklearn.__version__}: {len(texts)} texts, {len(set(labels))} labels,"
          f" {words} word and {chars} character terms; digest {digest[:12]}")  # fmt: skip
    print(f"wrote {MODEL.relative_to(ROOT)} ({MODEL.stat().st_size / 1e6:.2f} MB) and"
          f" {EXPECTED.relative_to(ROOT)} ({len(rows)} messages)")  # fmt: skip


if __name__ == "__main__":
    main()
