"""A small learned second opinion for moderation: linear scores over character n-grams.

The lexicon (``lexicon.py``) finds what its terms and rules name; new authors phrase the same
offers and threats in words no term holds.  This model scores the normalised text (the
lexicon view of ``normalize.py``: evasions already undone) with one-vs-rest logistic
regression over character 1–3-grams (digits folded to ``0``), trained by
``bench/train_moderation_model.py`` on the hand-labelled sets and shipped as
``data/moderation_model.json.gz`` (pruned weights, a version, the thresholds the training chose
by cross-validation).

Two decision heads: ``ad`` and ``risk`` (any risk category), each with the file's threshold
(the risk head at even odds on texts of ``LONG_TEXT_CHARS`` or more).  When ``risk`` fires,
the risk category is the best-scoring per-category head, if that head agrees (``*_AGREEMENT``)
or the risk head is sure (``RISK_ALONE``); else nothing.  The
moderator uses the model only to ADD a category the rules did not find, with verdict
``review`` (see ``moderation.py``: the ad head reads only texts of 13+ characters that are no
notice of a changed number or of how to pay; shorter everyday lines look like drainage to it).

Pure and loaded once.  Scoring a text adds up its grams' weights (whole hundredths, as
integers: the same sum in any order): in the compiled build through one C table holding every
head's weights (``_grams.c``, one probe per distinct gram for all heads), elsewhere through one
dictionary per head.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import add, itemgetter
from typing import Protocol

MODEL_FILE = "data/moderation_model.json.gz"  # gzip: 5.8 MB of JSON ships as 1.2 MB
# How the moderator reads the risk heads.  The risk head ("any risk") names no category; the
# best per-category head does, and must agree: most benign lines the risk head alone fired on
# had no category head above 0.2 (那个主家最后一桌酒钱赖着不结，真是大麻烦: risk 0.80, abuse
# 0.04).  On a text of LONG_TEXT_CHARS or more (enough n-grams for the category heads
# to be trusted) the agreement asked is higher and the risk head needs only even odds; a
# shorter text keeps the file's threshold (training's choice for the risk head alone) with a
# lower agreement.  Chosen on the fifty-two blind sets the model never saw (holdouts 25-76):
# benign lines flagged 374 -> 314 of 8,497, risk recall 0.895 -> 0.898; checked on holdouts
# 77-80, written before it: 59 -> 45 of 641, 0.924 -> 0.930 (bench/RESULTS.md).
# A risk head this sure stands without agreement (veiled threats spread their probability
# over violence, privacy and self-harm: 钱准备好了没有，明天我们几个兄弟去你家里坐坐 — risk 0.97,
# violence 0.28): over the sixty blind sets 7 benign lines more, 55 risk lines found.
LONG_TEXT_CHARS = 24
LONG_RISK_THRESHOLD = 0.50
LONG_AGREEMENT = 0.30
SHORT_AGREEMENT = 0.10
RISK_ALONE = 0.90
MAX_CHARS = 300  # longer texts are scored on their first 300 normalised characters
RISK_CATEGORIES = ("fraud", "gambling", "drugs", "porn", "politics", "violence", "abuse",
                   "privacy", "self_harm")
_DIGITS = str.maketrans("123456789", "000000000")


_DIGIT_RE = re.compile(r"[1-9]")


@lru_cache(maxsize=1)
def _emoticon_re() -> re.Pattern[str]:
    """WeChat's bracket emoticons ([捂脸], [呲牙]: the names of the sentiment emoji table).
    The normaliser drops Unicode emoji, so the model never sees 😂; typed as a code, an
    emoticon would pass its n-grams on to the score (下次不想再等这么久了[呲牙] read as
    self-harm where the same line without it does not)."""
    from streams.detect.sentiment import bracket_emoticons  # the table's one reader

    names = sorted(bracket_emoticons(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def _scored_text(text: str) -> str:
    """The text as the model reads it: emoticon codes out, the first ``MAX_CHARS``, digits
    folded, ``^`` and ``$`` marking the ends (so every text, even an empty one, has a
    feature)."""
    if "[" in text:
        text = _emoticon_re().sub("", text)
    t = text[:MAX_CHARS]
    return "^" + (t.translate(_DIGITS) if _DIGIT_RE.search(t) else t) + "$"


def grams(text: str) -> set[str]:
    """Character 1-, 2- and 3-grams of a normalised text, digits folded to ``0``, with ``^``
    and ``$`` marking its ends; WeChat emoticon codes are left out.  What the trainer counts;
    scoring reads the same grams as numbers (``features``)."""
    t = _scored_text(text)
    pairs = list(map(add, t, t[1:]))
    return {*t, *pairs, *map(add, pairs, t[2:])}


def gram_code(gram: str) -> int:
    """A gram of one to three characters as one number: each character's code point plus one
    in 21 bits (so codes of different lengths never meet), the first character highest."""
    code = 0
    for ch in gram:
        code = (code << 21) | (ord(ch) + 1)
    return code


def features(text: str) -> set[int]:
    """The ``gram_code`` of every gram of ``grams(text)``, the set the heads score.  Numbers,
    not strings: a 2- or 3-gram is no new string to build and hash, and a look-up compares no
    characters."""
    return scored_gram_codes(_scored_text(text))


def scored_gram_codes(scored: str) -> set[int]:
    """The ``gram_code`` of every 1-, 2- and 3-gram of an already scored text (what the C
    table's ``sums`` reads, whatever its length)."""
    codes = [ord(ch) + 1 for ch in scored]
    pairs = [(a << 21) | b for a, b in zip(codes, codes[1:], strict=False)]
    return {*codes, *pairs, *[(p << 21) | c for p, c in zip(pairs, codes[2:], strict=False)]}


class GramSums(Protocol):
    """The model's weights by gram, every head's in one row: ``_grams.GramTable``, the compiled
    build's C table (``_grams.c``)."""

    def sums(self, text: str) -> tuple[int, tuple[int, ...]]: ...


class Grams:
    """What the heads read of one text: how many distinct grams it has and either every head's
    sum of their weights (``sums``, read through the model's gram table) or the grams' codes
    (``codes``, each head adds up its own)."""

    __slots__ = ("codes", "count", "sums")

    def __init__(self, count: int, sums: tuple[int, ...] | None,
                 codes: set[int] | None) -> None:
        self.count = count
        self.sums = sums
        self.codes = codes


def _read_with(table: GramSums | None, text: str) -> Grams:
    if table is not None:
        count, sums = table.sums(_scored_text(text))
        return Grams(count, sums, None)
    codes = features(text)
    return Grams(len(codes), None, codes)


# The last text read: a message's text is read by several heads in turn (``predict``, the
# confirm check, the doubt of the rules' ad), so the last one is kept, with the table it was
# read through (None: by codes; at first a key no table is).  Never mutated.
_last_read: list[tuple[object, str, Grams]] = [(object(), "", Grams(0, None, set()))]


def read_grams(table: GramSums | None, text: str) -> Grams:
    """The grams of a normalised ``text`` as the heads of a model with this gram ``table``
    read them (a model without one: their codes).  The result may be shared: do not change
    it."""
    last_table, last_text, last = _last_read[0]
    if last_table is table and last_text == text:
        return last
    found = _read_with(table, text)
    _last_read[0] = (table, text, found)
    return found


@dataclass(frozen=True, slots=True)
class Head:
    bias: float
    # whole hundredths (the file's unit) by gram_code; empty when the model's gram table
    # holds them (its ``column``, -1 for none).  Added up as integers: the sum is the same in
    # any order, so the table's and the dicts' agree to the last bit.
    weights: dict[int, int]
    threshold: float = 0.5
    column: int = -1

    def prob(self, grams: Grams) -> float:
        if self.column >= 0:  # its weights are in its model's gram table
            if grams.sums is None:
                raise ValueError("a head of a gram table reads grams read through the table")
            total = grams.sums[self.column]
        elif grams.codes is not None:
            total = sum(filter(None, map(self.weights.get, grams.codes)))
        else:
            raise ValueError("a head without a gram table reads grams read by their codes")
        z = self.bias + total / 100 / math.sqrt(grams.count)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True, slots=True)
class ModelHit:
    category: str
    score: float


@dataclass(frozen=True)
class ModerationModel:
    version: str
    ad: Head
    risk: Head
    categories: dict[str, Head]
    table: GramSums | None = None  # every head's weights, in C (the compiled build)

    def predict(self, text: str, skip_ad: bool = False,
                skip_risk: bool = False) -> tuple[ModelHit, ...]:
        """Categories the model finds in a normalised ``text``: ``ad`` and/or the best risk
        category (if its own head agrees, ``LONG_AGREEMENT`` / ``SHORT_AGREEMENT``), each with
        its head's probability; heads named in ``skip_*`` are not scored."""
        if skip_ad and skip_risk:
            return ()
        feats = read_grams(self.table, text)
        found = []
        if not skip_ad:
            p = self.ad.prob(feats)
            if p >= self.ad.threshold:
                found.append(ModelHit("ad", p))
        if not skip_risk:
            p = self.risk.prob(feats)
            threshold, agreement = ((LONG_RISK_THRESHOLD, LONG_AGREEMENT)
                                    if len(text) >= LONG_TEXT_CHARS
                                    else (self.risk.threshold, SHORT_AGREEMENT))
            if p >= threshold:
                best, agreed = max(((c, head.prob(feats)) for c, head in self.categories.items()),
                                   key=itemgetter(1))
                if agreed >= agreement or p >= RISK_ALONE:
                    found.append(ModelHit(best, p))
        return tuple(found)

    def risk_probability(self, text: str) -> float:
        """The risk head's probability for a normalised ``text`` (any risk category)."""
        return self.risk.prob(read_grams(self.table, text))

    def ad_probability(self, text: str) -> float:
        """The ad head's probability for a normalised ``text``."""
        return self.ad.prob(read_grams(self.table, text))

    def scores(self, text: str, heads: Iterable[str] | None = None) -> dict[str, float]:
        """The probability of each head named in ``heads`` (``ad``, ``risk`` or a risk
        category; every head when None) for a normalised ``text``."""
        feats = read_grams(self.table, text)
        named = {"ad": self.ad, "risk": self.risk, **self.categories}
        return {name: named[name].prob(feats) for name in (named if heads is None else heads)}


def _gram_table(codes: list[int], columns: list[list[int]]) -> GramSums | None:
    """The heads' weights in the compiled build's C table (``_grams.c``), or None where it is
    not built (an editable install: the heads keep their dicts)."""
    try:
        from streams.detect._grams import GramTable
    except ImportError:
        return None
    return GramTable(codes, columns)


def from_json(data: dict[str, object], native: bool = True) -> ModerationModel:
    """The model from its file: ``grams`` once, each head's weights in hundredths aligned
    with them (``bench/train_moderation_model.py`` writes it).  In the C gram table when it
    is built and ``native``, else in one dict per head."""
    heads, grams_ = data["heads"], data["grams"]
    assert isinstance(heads, dict) and isinstance(grams_, list)
    codes = [gram_code(g) for g in grams_]
    names = ["ad", "risk", *[c for c in RISK_CATEGORIES if c in heads]]
    raws: list[dict[str, object]] = [heads[name] for name in names]
    columns: list[list[int]] = []
    for raw in raws:
        weights = raw["weights"]
        assert isinstance(weights, list) and len(weights) == len(codes)
        columns.append(weights)
    table = _gram_table(codes, columns) if native else None
    built = {name: Head(float(raw["bias"]),  # type: ignore[arg-type]  # a JSON number
                        {} if table is not None else
                        {g: w for g, w in zip(codes, column, strict=True) if w},
                        float(raw.get("threshold", 0.5)),  # type: ignore[arg-type]
                        column=index if table is not None else -1)
             for index, (name, raw, column) in enumerate(zip(names, raws, columns, strict=True))}
    return ModerationModel(
        version=str(data["version"]),
        ad=built["ad"],
        risk=built["risk"],
        categories={c: built[c] for c in RISK_CATEGORIES if c in built},
        table=table,
    )


def model_if(enabled: bool) -> ModerationModel | None:
    """The bundled model when the setting ``GROUPPULSE_MODERATION_MODEL`` is on, else None
    (a ``Moderator`` with no model runs the lexicon and rules alone)."""
    return load_model() if enabled else None


@lru_cache(maxsize=1)
def load_model() -> ModerationModel:
    """The bundled model, read once per process."""
    return from_json(json.loads(model_file_text()))


def model_file_text() -> str:
    """The bundled model file's JSON."""
    return gzip.decompress(
        resources.files("streams.detect").joinpath(MODEL_FILE).read_bytes()).decode("utf-8")
