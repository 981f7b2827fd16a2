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

Pure and loaded once; scoring a text is a few dictionary look-ups per n-gram.
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


# The last text's features: a message's text is read by several heads in turn (``predict``,
# the confirm check, the doubt of the rules' ad), so the last one is kept.  Never mutated.
_last_text: list[str] = ["\x00"]
_last_features: list[set[int]] = [set()]


def features(text: str) -> set[int]:
    """The ``gram_code`` of every gram of ``grams(text)``, the set the heads score.  Numbers,
    not strings: a 2- or 3-gram is no new string to build and hash, and a look-up compares no
    characters.  The set returned may be shared: do not change it."""
    if text == _last_text[0]:
        return _last_features[0]
    codes = [ord(ch) + 1 for ch in _scored_text(text)]
    pairs = [(a << 21) | b for a, b in zip(codes, codes[1:], strict=False)]
    found = {*codes, *pairs, *[(p << 21) | c for p, c in zip(pairs, codes[2:], strict=False)]}
    _last_text[0], _last_features[0] = text, found
    return found


@dataclass(frozen=True, slots=True)
class Head:
    bias: float
    weights: dict[int, float]  # by gram_code
    threshold: float = 0.5

    def prob(self, feats: set[int]) -> float:
        get = self.weights.get
        total = sum(filter(None, map(get, feats)))
        z = self.bias + total / math.sqrt(len(feats))
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

    def predict(self, text: str, skip_ad: bool = False,
                skip_risk: bool = False) -> tuple[ModelHit, ...]:
        """Categories the model finds in a normalised ``text``: ``ad`` and/or the best risk
        category (if its own head agrees, ``LONG_AGREEMENT`` / ``SHORT_AGREEMENT``), each with
        its head's probability; heads named in ``skip_*`` are not scored."""
        if skip_ad and skip_risk:
            return ()
        feats = features(text)
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
        return self.risk.prob(features(text))

    def ad_probability(self, text: str) -> float:
        """The ad head's probability for a normalised ``text``."""
        return self.ad.prob(features(text))

    def scores(self, text: str, heads: Iterable[str] | None = None) -> dict[str, float]:
        """The probability of each head named in ``heads`` (``ad``, ``risk`` or a risk
        category; every head when None) for a normalised ``text``."""
        feats = features(text)
        named = {"ad": self.ad, "risk": self.risk, **self.categories}
        return {name: named[name].prob(feats) for name in (named if heads is None else heads)}


def _head(raw: dict[str, object], codes: list[int]) -> Head:
    weights = raw["weights"]
    assert isinstance(weights, list) and len(weights) == len(codes)
    return Head(float(raw["bias"]),  # type: ignore[arg-type]  # a JSON number
                {g: w / 100 for g, w in zip(codes, weights, strict=True) if w},
                float(raw.get("threshold", 0.5)))  # type: ignore[arg-type]  # a JSON number


def from_json(data: dict[str, object]) -> ModerationModel:
    """The model from its file: ``grams`` once, each head's weights in hundredths aligned
    with them (``bench/train_moderation_model.py`` writes it)."""
    heads, grams_ = data["heads"], data["grams"]
    assert isinstance(heads, dict) and isinstance(grams_, list)
    codes = [gram_code(g) for g in grams_]
    return ModerationModel(
        version=str(data["version"]),
        ad=_head(heads["ad"], codes),
        risk=_head(heads["risk"], codes),
        categories={c: _head(heads[c], codes) for c in RISK_CATEGORIES if c in heads},
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
