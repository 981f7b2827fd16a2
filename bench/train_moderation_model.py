"""Train the moderation model (``streams/detect/model.py``) and measure it on left-out sets.

    .venv/bin/python bench/train_moderation_model.py             # LOSO table + write the model
    .venv/bin/python bench/train_moderation_model.py --no-write  # LOSO table only
    .venv/bin/python bench/train_moderation_model.py --write-only  # the model alone
    .venv/bin/python bench/train_moderation_model.py --write-only --thresholds=0.65,0.70 \
        --lambda=1e-5  # what ships (2026.12.07-1, 358 sets, 778 s: one training, the L2
        # strength and thresholds fixed; docs/quality.md, Stop 42; 2026.12.06-4 on 318 sets,
        # stop 39; 2026.12.06-2 on 302, stop 38; 2026.12.06-1 on 262, stop 34)
    .venv/bin/python bench/train_moderation_model.py --write-only --thresholds=0.65,0.70 \
        --lambda=1e-5 --holdouts=305 --out=/tmp/m305.json.gz  # how stop 39 chose it: read
        # on 306-313 against 2026.12.06-2, neither having seen them (docs/quality.md, Stop 39)
    .venv/bin/python bench/train_moderation_model.py --write-only --thresholds=0.65,0.70 \
        --lambda=1e-5 --holdouts=321 --out=/tmp/m321.json.gz  # stop 40's candidate (770 s):
        # on 322-329 against 2026.12.06-4 a wash (benign 74 -> 75, risk R 0.913 -> 0.917): not
        # shipped (docs/quality.md, Stop 40)
    .venv/bin/python bench/train_moderation_model.py --write-only --thresholds=0.65,0.70 \
        --lambda=1e-5 --holdouts=345 --out=/tmp/m345.json.gz  # stop 41's candidate (753 s):
        # on 346-353 against 2026.12.06-4 benign 74 -> 69, risk R 0.899 -> 0.907; not shipped
        # for want of time to trade its 33 family tests (docs/quality.md, Stop 41); what ships
        # was chosen by it, and measured on 354-361 against 2026.12.06-4 once trained (Stop 42)
    .venv/bin/python bench/train_moderation_model.py --write-only --thresholds=0.65,0.70 \
        --lambda=1e-5 --holdouts=281 --iters=300 --out=/tmp/m281i300.json.gz  # twice the
        # Adam steps (1,344 s): on 282-305 within a line of 150 steps (docs/quality.md, Stop 38)
    .venv/bin/python bench/train_moderation_model.py --write-only --thresholds=0.65,0.70 \
        --lambda=1e-5 --holdouts=281 --ad-negative-weight=2 --out=/tmp/m281an2.json.gz
        # non-ads twice in the ad head's loss (also 4; --benign-weight=2 weighs benign lines
        # in every head): measured on 282-305, not shipped (docs/quality.md, Stop 38)
    .venv/bin/python bench/train_moderation_model.py --write-only --thresholds=0.65,0.70 \
        --lambda=1e-5 --holdouts=249 --out=/tmp/m249.json.gz  # a candidate to measure on
        # the sets it has not seen (copy it over the package's file in a scratch checkout)
    .venv/bin/python bench/train_moderation_model.py --write-only --thresholds=0.65,0.70
        # the L2 strength by inner cross-validation too (2026.12.04-2, 121 sets, shipped until
        # stop 34; 2026.12.04-1 on 97 took 2,063 s on a loaded machine; docs/quality.md, Stop 24)
    .venv/bin/python bench/train_moderation_model.py --first-run # time-ordered table (below)
    .venv/bin/python bench/train_moderation_model.py --write-only --thresholds=0.65,0.70 \
        --holdouts=169  # stop 27's candidate (174 sets, 4,246 s): not shipped,
        # docs/quality.md "Stop 27"

Data: ``tests/data/moderation_eval.jsonl``, ``moderation_holdout{,2..116}.jsonl`` and
``moderation_train{1..4}.jsonl`` (each set is left out in turn for the LOSO table; the table
below is from the 2026-12-02 run on the first seven), plus as extra benign wording the lines of
``sentiment_chat/sentiment_train.jsonl`` the lexicon passes (``--no-extra-benign`` leaves
them out; they are only trained on, never scored).  Features: character 1-3-grams of the
lexicon view of ``normalize.py`` (digits folded), present/absent, scaled to unit length;
vocabulary = n-grams in at least two training texts.  Model: one-vs-rest logistic
regression (heads ``ad``, ``risk`` = any risk category, one per risk category), L2,
full-batch Adam, 150 steps, deterministic (numpy only, fixed order: two runs write the same
bytes).  Weights under 0.05 are pruned and the rest kept in hundredths before anything is
measured, so the figures are those of the shipped artifact (762 KB, 112,591 weights).

Threshold policy (heads ``ad`` and ``risk``), chosen only from out-of-fold probabilities
inside the training sets (inner leave-one-set-out), never on the left-out set: the smallest
threshold on a 0.05 grid at which the model ALONE reaches precision >= 0.95 (ads) / 0.90
(risk) and flags <= 1 % of benign lines (``--max-benign=``; 0.5 % until 2026.12.03, when the
sets had grown to where that cap pushed the thresholds to 0.80 / 0.85 and lost recall on unseen
sets); the L2 strength (1e-5 or 1e-4) the same way (most out-of-fold recall at those
thresholds).  Shipped model (2026.12.03-2, ``--write-only``, 2,469 s on a
loaded machine): twenty-five sets (eval, holdouts 1-20, training sets 1-4), thresholds ad
0.65, risk 0.70, L2 1e-5, 258,939 weights (2.25 MB).  Chosen on holdout 21, which neither it
nor its training had seen, against 2026.12.03-1 on the same rules: risk recall 0.852 -> 0.894,
ads recall 0.973 -> 0.982, benign unchanged (7 of 162); the same model with the risk threshold
forced back to 0.75 gave 0.857.  Earlier: 2026.12.03-1 on twenty-one sets (eval, holdouts 1-18,
training 1-2; ad 0.65, risk 0.75), chosen on holdout 19 (risk recall 0.854 -> 0.893);
2026.12.02-4 on thirteen sets (ad
0.70, risk 0.75; 0.5 % cap), 2026.12.02-3 on eleven (ad 0.65, risk 0.75), 2026.12.02-2 on nine
(ad 0.60, risk 0.80), 2026.12.02-1 on seven (risk 0.75).

"combined" is what ``moderation.py`` does: lexicon and rules, plus a model risk category when
the rules found none, the text has no warning wording, is 4+ characters and was not rejected
by the rules without a contact (that pages); and a model ``ad`` when the rules found none and
the text is one the ad head reads (``model_reads_ads``: 13+ characters, no number-change or
payment notice — on the unit tests' short drainage look-alike traps, 想吃的私我，我多做了一锅 ·
同意的扣1 · [名片] 李老师, it scores 0.6-0.96, where the rules know an offer must be near).
Until 2026-12-02 the ad head was not used at all; the first runs of holdouts 9 and 10
(docs/quality.md) turned it on.

RESULTS (2026-12-02).  Leave-one-set-out (train on the other five holdouts + eval).  The
lexicon was tuned on every set, so its rows are optimistic and leave the model almost nothing
to add; the "model" rows are the honest generalisation figure of the model alone:

    left out system     ads P  ads R risk P risk R benign   t_ad t_risk (lexicon missed risk: model)
    h1       model      0.992  0.952  0.988  0.534   0.6%   0.70 0.80  (0/2)
    h1       lexicon    0.992  0.984  0.993  0.986   0.0%
    h1       combined   0.992  0.984  0.986  0.986   0.6%
    h2       model      0.978  0.956  0.985  0.500   1.2%   0.60 0.75  (1/5)
    h2       lexicon    0.985  0.985  1.000  0.962   0.0%
    h2       combined   0.985  0.985  0.992  0.969   0.6%
    h3       model      0.985  0.746  0.976  0.363   1.3%   0.65 0.80  (1/3)
    h3       lexicon    0.989  0.956  0.982  0.973   1.3%
    h3       combined   0.989  0.956  0.974  0.982   1.9%
    h4       model      0.994  0.876  1.000  0.464   0.6%   0.60 0.85  (1/5)
    h4       lexicon    0.972  0.966  0.963  0.955   1.2%
    h4       combined   0.972  0.966  0.964  0.964   1.2%
    h5       model      0.993  0.900  0.968  0.417   0.0%   0.65 0.75  (1/3)
    h5       lexicon    0.993  0.987  0.953  0.979   0.6%
    h5       combined   0.993  0.987  0.947  0.986   0.6%
    h6       model      0.976  0.748  0.959  0.518   1.4%   0.60 0.70  (0/1)
    h6       lexicon    0.972  0.946  0.993  0.993   0.7%
    h6       combined   0.972  0.946  0.971  0.993   2.1%

Retrained on nine sets (2026-12-02 07:06, 655 s; lexicon 2026.12.7, tuned on h7 but not
h8): each left-out set against a model trained on the other eight.  h8 is the only set the
lexicon was never tuned on, so its rows are the cleanest estimate of the shipped system on
new wording (combined risk recall 0.532 -> 0.652 at precision 0.954, benign 2.8 -> 3.3 %):

    left out system     ads P  ads R risk P risk R benign   t_ad t_risk (lexicon missed risk: model)
    h1       model      0.992  0.952  0.989  0.622   0.6%   0.60 0.75  (1/2)
    h2       model      0.971  0.964  1.000  0.531   1.2%   0.55 0.75  (0/5)
    h3       model      0.975  0.862  0.976  0.363   0.6%   0.55 0.80  (1/3)
    h4       model      0.988  0.893  1.000  0.564   0.6%   0.60 0.80  (1/5)
    h5       model      0.986  0.947  0.986  0.479   0.6%   0.55 0.75  (2/3)
    h6       model      0.978  0.793  0.974  0.547   0.7%   0.60 0.75  (0/1)
    h7       model      1.000  0.856  0.972  0.579   1.1%   0.55 0.75  (1/2)
    h7       combined   1.000  0.993  0.976  0.992   1.1%
    h8       model      1.000  0.901  0.974  0.468   1.1%   0.60 0.75  (21/74)
    h8       lexicon    0.966  0.832  0.955  0.532   2.8%
    h8       combined   0.966  0.832  0.954  0.652   3.3%

(The lexicon and combined rows of h1-h6 are within 0.01 of the seven-set table above.)

Time-ordered (``--first-run``), the honest question "what does the model add on wording the
lexicon had not been tuned on": each holdout against the moderator as it was just before the
holdout was added (``git archive`` of that commit: its first run), plus a model trained only on
the sets that existed then (eval; eval+h1; …; eval+h1..h5), thresholds by inner CV on those:

    set  system     ads P  ads R risk P risk R benign   t_ad t_risk (lexicon missed risk: model)
    h1   model      0.963  0.825  0.969  0.419   1.2%   0.25 0.70  (12/53)  lexicon@bd071b0
    h1   lexicon    0.990  0.762  0.941  0.642   3.1%
    h1   combined   0.990  0.762  0.930  0.723   3.8%
    h2   model      0.982  0.810  0.937  0.454   1.9%   0.55 0.60  (16/60)  lexicon@27ed45d
    h2   lexicon    0.957  0.657  0.959  0.538   2.5%
    h2   combined   0.957  0.657  0.935  0.662   3.8%
    h3   model      0.992  0.691  0.902  0.327   1.9%   0.50 0.75  (12/62)  lexicon@cfc6c18
    h3   lexicon    0.967  0.486  0.850  0.451   6.3%
    h3   combined   0.967  0.486  0.827  0.549   7.5%
    h4   model      0.992  0.713  0.933  0.382   0.6%   0.70 0.80  (8/48)   lexicon@d43d9f8
    h4   lexicon    0.956  0.730  0.939  0.564   1.9%
    h4   combined   0.956  0.730  0.907  0.618   1.9%
    h5   model      1.000  0.827  0.971  0.236   0.0%   0.70 0.80  (9/84)   lexicon@d43d9f8
    h5   lexicon    0.969  0.820  0.923  0.417   1.9%
    h5   combined   0.969  0.820  0.920  0.479   1.9%
    h6   model      0.976  0.748  0.959  0.518   1.4%   0.60 0.70  (29/62)  lexicon@cfbf474
    h6   lexicon    0.962  0.685  0.987  0.547   0.7%
    h6   combined   0.962  0.685  0.962  0.730   2.1%

Risk recall +0.08 / +0.12 / +0.10 / +0.05 / +0.06 / +0.18 (mean +0.10), risk precision
-0.01 to -0.03, benign flagged +0.7 / +1.3 / +1.2 / 0 / 0 / +1.4 points.  The gain grows
with training data (h6, trained on six sets, gains most).  Had the ad head been used, ads
recall would have risen +0.10 to +0.27 at ads P >= 0.95 on these sets, with benign flagged
up to +2.5 points — but see the traps above.

Honesty notes: lambda and thresholds are inner-CV choices; the recipe around them was not.
Four variants were compared on the time-ordered table before this one was kept (benign cap
1 % vs 0.5 %, with/without the extra benign lines, ad head then still in; risk gains
+0.03..+0.24; the kept one was the only one with a gain >= 0.05 on every set and benign
flagged up by less than 2 points), and the warning and reject guards and dropping the ad
head in ``moderation.py`` came after unit-test traps failed.  So
the time-ordered table is slightly optimistic; holdout 7 is the clean test.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.detect.evaluate import RISK, load_rows  # noqa: E402
from streams.detect.lexicon import Lexicon  # noqa: E402
from streams.detect.model import RISK_CATEGORIES, grams  # noqa: E402
from streams.detect.moderation import (  # noqa: E402
    MODEL_MIN_CHARS,
    Message,
    Moderator,
    model_reads_ads,
    model_warning,
)
from streams.detect.normalize import normalize_views  # noqa: E402

DATA = ROOT / "tests" / "data"


def _option(name: str) -> str | None:
    """The value of ``--name=VALUE`` on the command line, None when it is not given."""
    return next((arg.split("=", 1)[1] for arg in sys.argv[1:]
                 if arg.startswith(f"--{name}=")), None)


# --holdouts=N trains on holdouts 1-N (what ships: 353, stop 42; 313 from stop 39; 297 from
# stop 38; 257 from stop 34; 116 until then; stop 27 tried 169, docs/quality.md "Stop 27")
LAST_HOLDOUT = int(_option("holdouts") or 353)
SETS = {"eval": DATA / "moderation_eval.jsonl",
        "h1": DATA / "moderation_holdout.jsonl",
        **{f"h{n}": DATA / f"moderation_holdout{n}.jsonl" for n in range(2, LAST_HOLDOUT + 1)},
        # training-only sets: written for breadth (risk-heavy, evasive); t3/t4 were blind first runs
        **{f"t{n}": DATA / f"moderation_train{n}.jsonl" for n in range(1, 5)}}
EXTRA_BENIGN = (DATA / "sentiment_chat.jsonl", DATA / "sentiment_train.jsonl")
OUT = ROOT / "streams" / "detect" / "data" / "moderation_model.json.gz"
HEADS = ("ad", "risk", *RISK_CATEGORIES)
TARGET_P = {"ad": 0.95, "risk": 0.90}
MAX_BENIGN = 0.01
GRID = [round(0.05 * i, 2) for i in range(4, 20)]  # 0.20 .. 0.95
LAMS = (1e-5, 1e-4)
# --benign-weight=W: each benign line counts W times in every head's loss; --ad-negative-weight=W:
# each line that is no ad counts W times in the ad head's loss (both 1 ship; stop 38 measured 2
# and 4, docs/quality.md "Stop 38": the first costs the risk heads ~80 right categories for ~15
# wrong ones, the second works mostly by lowering the ad head's probabilities under AD_DOUBT)
BENIGN_WEIGHT = float(_option("benign-weight") or 1.0)
AD_NEGATIVE_WEIGHT = float(_option("ad-negative-weight") or 1.0)
# --iters=N: Adam steps (150 ships; stop 38 measured 300, docs/quality.md "Stop 38")
ITERS = int(_option("iters") or 150)
INNER_FOLDS = 8  # more sets than this: inner cross-validation over folds of whole sets
FIXED_THRESHOLDS: dict[str, float] = {}  # --thresholds=AD,RISK: written instead of the CV's
# --lambda=L with --thresholds: the one training on every set, no inner cross-validation (the
# seventeen trainings that choose what both fix: minutes instead of an hour)
FIXED_LAMBDA = None if (_lambda := _option("lambda")) is None else float(_lambda)
# --out=PATH: write the model there instead of the package's file (a candidate to measure)
OUT_ARG = _option("out")
PRUNE = 0.05
SEED = 20261202
VERSION = "2026.12.07-1"


# Time-ordered check (``--first-run``): each holdout against the lexicon as it was just before
# the holdout was added (its first run, nobody had tuned on it) plus a model trained only on
# the sets that existed then.  (left-out set, commit of the first-run lexicon, training sets)
FIRST_RUN = (("h1", "bd071b0", ("eval",)),
             ("h2", "27ed45d", ("eval", "h1")),
             ("h3", "cfc6c18", ("eval", "h1", "h2")),
             ("h4", "d43d9f8", ("eval", "h1", "h2", "h3")),
             ("h5", "d43d9f8", ("eval", "h1", "h2", "h3")),
             ("h6", "cfbf474", ("eval", "h1", "h2", "h3", "h4", "h5")))
_CLASSIFY_OLD = """
import json, sys
from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Message, Moderator
lexicon = Lexicon.load()
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        v = Moderator(lexicon).classify(Message("e", 0, "g", "u", "text", json.loads(line)["text"]))
        print(json.dumps([sorted(v.categories), v.verdict, bool(v.contacts)]))
"""


def first_run_verdicts(commit: str, path: Path) -> list[tuple[set[str], str, bool]]:
    """Categories, verdict and whether it found contacts, for every line of ``path``, by the
    moderator at ``commit``."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "streams"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        out = subprocess.run([sys.executable, "-c", _CLASSIFY_OLD, str(path)], cwd=tmp,
                             env={"PYTHONPATH": tmp, "PATH": "/usr/bin:/bin"},
                             check=True, capture_output=True, text=True).stdout
    return [(set(cats), verdict, contacts)
            for cats, verdict, contacts in map(json.loads, out.splitlines())]


class Doc:
    __slots__ = ("cats", "feats", "lex_cats", "lex_flagged", "lex_rejected", "reads_ad", "scored",
                 "text", "warned")
    # lex_rejected: rejected by the rules with no contact in the text (a model risk hit there
    # would page on-call, so moderation.py adds none)

    def __init__(self, text: str, cats: set[str], lexicon: Lexicon) -> None:
        self.text = text
        self.cats = cats
        normalized = normalize_views(text)[0].text
        self.feats = grams(normalized)
        self.scored = len(normalized) >= MODEL_MIN_CHARS  # the moderator skips shorter texts
        self.warned = model_warning(normalized)  # ... and texts with warning wording
        self.reads_ad = model_reads_ads(normalized)  # the ad head: long enough, no notice
        verdict = Moderator(lexicon, model=None).classify(  # lexicon and rules alone
            Message("e", 0, "g", "u", "text", text))
        self.lex_cats = set(verdict.categories)
        self.lex_flagged = verdict.verdict != "pass"
        self.lex_rejected = verdict.verdict == "reject" and not verdict.contacts


def labels(docs: list[Doc]) -> np.ndarray:
    y = np.zeros((len(docs), len(HEADS)), dtype=np.float64)
    for i, d in enumerate(docs):
        y[i, 0] = "ad" in d.cats
        y[i, 1] = bool(d.cats & RISK)
        for j, c in enumerate(RISK_CATEGORIES):
            y[i, 2 + j] = c in d.cats
    return y


EXTRA: list[Doc] = []  # always in training, never scored


class Model:
    def __init__(self, vocab: dict[str, int], w: np.ndarray, b: np.ndarray) -> None:
        self.vocab, self.w, self.b = vocab, w, b

    def probs(self, docs: list[Doc]) -> np.ndarray:
        z = np.tile(self.b, (len(docs), 1))
        for i, d in enumerate(docs):
            idx = [self.vocab[g] for g in d.feats if g in self.vocab]
            if idx:
                z[i] += self.w[idx].sum(axis=0) / np.sqrt(len(d.feats))
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def train(docs: list[Doc], lam: float,
          targets: Callable[[list[Doc]], np.ndarray] = labels) -> Model:
    """Logistic regression of ``targets(docs)`` (one column per head: ``labels`` by default)
    on the docs' n-grams (``bench/innocent_head.py`` trains its one head with it)."""
    docs = docs + EXTRA
    df = Counter(g for d in docs for g in d.feats)
    vocab = {g: i for i, g in enumerate(sorted(g for g, n in df.items() if n >= 2))}
    rows, cols, vals = [], [], []
    for i, d in enumerate(docs):
        idx = sorted(vocab[g] for g in d.feats if g in vocab)
        rows += [i] * len(idx)
        cols += idx
        vals += [1.0 / np.sqrt(len(d.feats))] * len(idx)
    r, c, v = np.array(rows), np.array(cols), np.array(vals)[:, None]
    row_starts = np.flatnonzero(np.r_[True, r[1:] != r[:-1]])  # every text has its ^ gram
    by_col = np.argsort(c, kind="stable")
    c_sorted, r_by_col, v_by_col = c[by_col], r[by_col], v[by_col]
    col_starts = np.flatnonzero(np.r_[True, c_sorted[1:] != c_sorted[:-1]])
    col_ids = c_sorted[col_starts]
    y = targets(docs)
    n, k = y.shape
    # each line's share of each head's loss: 1/n, times the weights above (all 1: the division
    # by n itself, so a model trained before the weights existed is reproduced byte for byte)
    scale = np.ones((n, k))
    scale[~y.any(axis=1)] *= BENIGN_WEIGHT
    scale[y[:, 0] == 0, 0] *= AD_NEGATIVE_WEIGHT
    weight = n if BENIGN_WEIGHT == AD_NEGATIVE_WEIGHT == 1 else n / scale
    w = np.zeros((len(vocab), k))
    b = np.log((y.mean(axis=0) + 1e-3) / (1 - y.mean(axis=0) + 1e-3))
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    lr, beta1, beta2, eps = 0.1, 0.9, 0.999, 1e-8
    for t in range(1, ITERS + 1):
        z = np.add.reduceat(w[c] * v, row_starts, axis=0) + b
        g = (1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))) - y) / weight
        gw = lam * w
        gw[col_ids] += np.add.reduceat(g[r_by_col] * v_by_col, col_starts, axis=0)
        gb = g.sum(axis=0)
        for p, gr, m, vv in ((w, gw, m_w, v_w), (b, gb, m_b, v_b)):
            m *= beta1
            m += (1 - beta1) * gr
            vv *= beta2
            vv += (1 - beta2) * gr * gr
            p -= lr * (m / (1 - beta1 ** t)) / (np.sqrt(vv / (1 - beta2 ** t)) + eps)
    w[np.abs(w) < PRUNE] = 0.0
    return Model(vocab, np.round(w, 2), np.round(b, 3))  # as stored: hundredths


def head_stats(p: np.ndarray, y: np.ndarray, benign: np.ndarray, t: float) -> tuple[float, ...]:
    pred = p >= t
    tp, fp, fn = int((pred & y).sum()), int((pred & ~y).sum()), int((~pred & y).sum())
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    ben = float(pred[benign].mean()) if benign.any() else 0.0
    return prec, rec, ben


def choose_threshold(p: np.ndarray, y: np.ndarray, benign: np.ndarray, head: str) -> float:
    for t in GRID:
        prec, _, ben = head_stats(p, y, benign, t)
        if prec >= TARGET_P[head] and ben <= MAX_BENIGN:
            return t
    return GRID[-1]


def oof(groups: dict[str, list[Doc]], lam: float) -> tuple[np.ndarray, list[Doc]]:
    """Out-of-fold probabilities: each set scored by a model trained on the others."""
    probs, docs = [], []
    for name in groups:
        train_docs = [d for other, ds in groups.items() if other != name for d in ds]
        probs.append(train(train_docs, lam).probs(groups[name]))
        docs += groups[name]
    return np.vstack(probs), docs


def fit(groups: dict[str, list[Doc]]) -> tuple[Model, dict[str, float], float]:
    """Lambda and thresholds by inner leave-one-set-out on ``groups``; then the model on all.
    Past ``INNER_FOLDS`` sets the sets are dealt into that many folds (whole sets, so a fold's
    authors are still unseen by the model scoring them): eighty-nine trainings per lambda
    would take hours."""
    if len(groups) == 1:  # one set: four interleaved folds of it instead
        (only,) = groups.values()
        groups = {f"fold{i}": only[i::4] for i in range(4)}
    folds = groups
    if len(groups) > INNER_FOLDS:
        names = list(groups)
        folds = {f"sets{i}": [d for n in names[i::INNER_FOLDS] for d in groups[n]]
                 for i in range(INNER_FOLDS)}
    best: tuple[float, float, dict[str, float]] | None = None
    for lam in LAMS:
        p, docs = oof(folds, lam)
        y = labels(docs).astype(bool)
        benign = np.array([not d.cats for d in docs])
        th = {h: choose_threshold(p[:, j], y[:, j], benign, h) for j, h in enumerate(HEADS[:2])}
        recall = sum(head_stats(p[:, j], y[:, j], benign, th[h])[1]
                     for j, h in enumerate(HEADS[:2]))
        if best is None or recall > best[0]:
            best = (recall, lam, th)
    assert best is not None
    _, lam, th = best
    return train([d for ds in groups.values() for d in ds], lam), th, lam


def _pr(cnt: Counter[str], key: str) -> tuple[float, float]:
    tp, fp, fn = cnt[f"{key}_tp"], cnt[f"{key}_fp"], cnt[f"{key}_fn"]
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def measure(docs: list[Doc], p: np.ndarray, th: dict[str, float]) -> dict[str, tuple[float, ...]]:
    """Ads P/R, risk P/R, benign flagged for the model alone, the lexicon, and both."""
    out = {}
    for mode in ("model", "lexicon", "combined"):
        cnt: Counter[str] = Counter()
        for i, d in enumerate(docs):
            m_ad = p[i, 0] >= th["ad"] and d.scored
            m_risk = p[i, 1] >= th["risk"] and d.scored
            lex_ad, lex_risk = "ad" in d.lex_cats, bool(d.lex_cats & RISK)
            if mode == "model":
                got_ad, got_risk, flagged = m_ad, m_risk, m_ad or m_risk
            elif mode == "lexicon":
                got_ad, got_risk, flagged = lex_ad, lex_risk, d.lex_flagged
            else:  # as moderation.py: no model risk next to a page-worthy reject, nothing
                # from the model next to a warning; the ad head only where it reads
                m_risk = m_risk and not d.lex_rejected and not d.warned
                m_ad = m_ad and d.reads_ad and not d.warned
                got_ad, got_risk = lex_ad or m_ad, lex_risk or m_risk
                flagged = d.lex_flagged or m_ad or m_risk
            want_ad, want_risk = "ad" in d.cats, bool(d.cats & RISK)
            for key, want, got in (("ad", want_ad, got_ad), ("risk", want_risk, got_risk)):
                cnt[f"{key}_{'tp' if want and got else 'fp' if got else 'fn' if want else 'tn'}"] += 1
            if not d.cats:
                cnt["benign"] += 1
                cnt["benign_flagged"] += bool(flagged)
        out[mode] = (*_pr(cnt, "ad"), *_pr(cnt, "risk"),
                     cnt["benign_flagged"] / max(1, cnt["benign"]))
    return out


def to_json(model: Model, th: dict[str, float], digest: str) -> dict[str, object]:
    """Compact: the n-grams with any weight once, then per head its weights in hundredths
    aligned with them (0 where pruned)."""
    keep = np.flatnonzero(np.abs(model.w).sum(axis=1))
    inv = sorted(model.vocab, key=model.vocab.__getitem__)
    heads: dict[str, object] = {}
    for j, h in enumerate(HEADS):
        head: dict[str, object] = {
            "bias": float(model.b[j]),
            "weights": [int(x) for x in np.rint(model.w[keep, j] * 100)]}
        if h in th:
            head["threshold"] = th[h]
        heads[h] = head
    return {"version": VERSION, "trained_on": sorted(SETS), "data_sha256": digest,
            "features": "char 1-3-grams of the normalised lexicon view, digits folded, "
                        "binary, unit length; weights in hundredths",
            "grams": [inv[i] for i in keep], "heads": heads}


def extra_benign(lexicon: Lexicon) -> list[Doc]:
    """Chat lines of the sentiment sets the lexicon passes, as more benign wording."""
    docs = [Doc(str(r["text"]), set(), lexicon) for path in EXTRA_BENIGN for r in load_rows(path)]
    return [d for d in docs if not d.lex_flagged]


def main() -> None:
    global MAX_BENIGN
    if FIXED_LAMBDA is not None and _option("thresholds") is None:
        # the L2 strength alone fixed would be ignored: the cross-validation chooses both or none
        sys.exit("--lambda needs --thresholds=AD,RISK as well")
    started = time.time()
    lexicon = Lexicon.load()
    groups = {name: [Doc(str(r["text"]), set(r["categories"]), lexicon)  # type: ignore[call-overload]
                     for r in load_rows(path)] for name, path in SETS.items()}
    if (max_benign := _option("max-benign")) is not None:
        MAX_BENIGN = float(max_benign)
    if (thresholds := _option("thresholds")) is not None:
        ad, risk = (float(t) for t in thresholds.split(","))
        FIXED_THRESHOLDS.update(ad=ad, risk=risk)
    EXTRA.extend([] if "--no-extra-benign" in sys.argv else extra_benign(lexicon))
    if "--first-run" in sys.argv:
        print("\ntime-ordered: lexicon at its first run on the set + model trained on the "
              "sets that existed then")
        fitted: dict[tuple[str, ...], tuple[Model, dict[str, float], float]] = {}
        for name, commit, sets in FIRST_RUN:
            if sets not in fitted:
                fitted[sets] = fit({n: groups[n] for n in sets})
            model, th, lam = fitted[sets]
            docs = groups[name]
            for d, (cats, verdict, contacts) in zip(
                    docs, first_run_verdicts(commit, SETS[name]), strict=True):
                d.lex_cats = cats
                d.lex_flagged = verdict != "pass"
                d.lex_rejected = verdict == "reject" and not contacts
            p = model.probs(docs)
            missed = [i for i, d in enumerate(docs) if d.cats & RISK and not d.lex_cats & RISK]
            caught = sum(p[i, 1] >= th["risk"] for i in missed)
            for mode, (ap, ar, rp, rr, ben) in measure(docs, p, th).items():
                extra = (f"  {lam:.0e} {th['ad']:.2f} {th['risk']:.2f}  ({caught}/{len(missed)}) "
                         f"lexicon@{commit}" if mode == "model" else "")
                print(f"{name:8} {mode:9} {ap:6.3f} {ar:6.3f} {rp:6.3f} {rr:6.3f} "
                      f"{ben:6.1%}{extra}")
            sys.stdout.flush()
        return
    if "--write-only" in sys.argv:  # thresholds from inner leave-one-set-out only
        write_model(groups, started)
        return
    print(f"{'left out':8} {'system':9} {'ads P':>6} {'ads R':>6} {'risk P':>6} {'risk R':>6} "
          f"{'benign':>6}   lam   t_ad t_risk  (risk lines lexicon missed: model caught)")
    for name in [n for n in SETS if n != "eval"]:
        inner = {n: ds for n, ds in groups.items() if n != name}
        model, th, lam = fit(inner)
        docs = groups[name]
        p = model.probs(docs)
        res = measure(docs, p, th)
        missed = [i for i, d in enumerate(docs) if d.cats & RISK and not d.lex_cats & RISK]
        caught = sum(p[i, 1] >= th["risk"] for i in missed)
        for mode, (ap, ar, rp, rr, ben) in res.items():
            extra = (f"  {lam:.0e} {th['ad']:.2f} {th['risk']:.2f}  ({caught}/{len(missed)})"
                     if mode == "model" else "")
            print(f"{name:8} {mode:9} {ap:6.3f} {ar:6.3f} {rp:6.3f} {rr:6.3f} {ben:6.1%}{extra}")
        sys.stdout.flush()
    if "--no-write" in sys.argv:
        print(f"({time.time() - started:.0f} s)")
        return
    write_model(groups, started)


def write_model(groups: dict[str, list[Doc]], started: float) -> None:
    if FIXED_LAMBDA is not None and FIXED_THRESHOLDS:
        lam, th = FIXED_LAMBDA, dict(FIXED_THRESHOLDS)
        model = train([d for ds in groups.values() for d in ds], lam)
    else:
        model, th, lam = fit(groups)
    if FIXED_THRESHOLDS and FIXED_LAMBDA is None:
        print(f"inner cross-validation chose {th}; written with {FIXED_THRESHOLDS}")
        th = dict(FIXED_THRESHOLDS)
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in SETS.values())).hexdigest()
    text = json.dumps(to_json(model, th, digest), ensure_ascii=False, separators=(",", ":"),
                      sort_keys=True) + "\n"
    # mtime 0 and no name: two runs still write the same bytes
    out = OUT if OUT_ARG is None else Path(OUT_ARG).resolve()
    out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"wrote {out}: {out.stat().st_size:,} bytes, lam {lam:.0e}, "
          f"thresholds {th}, {int((model.w != 0).sum()):,} weights "
          f"({time.time() - started:.0f} s)")


if __name__ == "__main__":
    main()
