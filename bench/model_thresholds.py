"""What the model's own opinions cost and find on blind holdouts, at other thresholds.

    .venv/bin/python bench/model_thresholds.py FIRST LAST AD,SHORT,LONG [AD,SHORT,LONG ...]
    .venv/bin/python bench/model_thresholds.py 354 441 0.75,0.70,0.50 0.65,0.80,0.50 0.99,0.99,0.99

The model adds ``review`` hits where the rules found nothing (``_model_hits`` in
``streams/detect/moderation.py``): an ``ad`` at the ad head's threshold, a risk category at the
risk head's threshold on texts under ``model.LONG_TEXT_CHARS`` and at ``LONG_RISK_THRESHOLD`` on
longer ones.  For each triple given this prints, after what ships, ads and risk precision / recall
and benign lines flagged over the blind holdouts FIRST-LAST, pooled and scored like
``bench/moderation_holdout.py``.  Read it on holdouts the shipped model was not trained on
(``trained_on`` in its file): on its own training sets its opinions are no estimate.  The doubt
of the rules' ad (``AD_DOUBT``) is not moved: ``bench/doubt_runs.py`` reads that.  Interpreted only.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streams.detect.model as model_module
from streams.detect.evaluate import load_rows, score
from streams.detect.model import load_model

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def main() -> None:
    first, last = int(sys.argv[1]), int(sys.argv[2])
    if not model_module.__file__ or not model_module.__file__.endswith(".py"):
        sys.exit("run it interpreted: the compiled model reads its thresholds once")
    rows = [row for n in range(first, last + 1)
            for row in load_rows(DATA / f"moderation_holdout{n}.jsonl")]
    model = load_model()
    shipped = (model.ad.threshold, model.risk.threshold, model_module.LONG_RISK_THRESHOLD)
    triples = [tuple(float(x) for x in arg.split(",")) for arg in sys.argv[3:]]
    print(f"holdouts {first}-{last}: {len(rows):,} lines, model {model.version}")
    for ad, short, long in [shipped, *triples]:
        object.__setattr__(model.ad, "threshold", ad)  # measurement knobs: the file is untouched
        object.__setattr__(model.risk, "threshold", short)
        model_module.LONG_RISK_THRESHOLD = long
        scores = score(rows)
        (ads_p, ads_r), (risk_p, risk_r) = scores.category("ad")[:2], scores.risk_pr()[:2]
        print(f"ad {ad:.2f} short risk {short:.2f} long risk {long:.2f}  ads P {ads_p:.3f} "
              f"R {ads_r:.3f}  risk P {risk_p:.3f} R {risk_r:.3f}  benign flagged "
              f"{scores.flagged_benign:,} of {scores.benign:,} "
              f"({scores.flagged_benign / max(1, scores.benign):.2%})")


if __name__ == "__main__":
    main()
