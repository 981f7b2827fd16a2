"""What the model's doubt of the rules' ad would free and let through at other thresholds.

    .venv/bin/python bench/doubt_runs.py FIRST LAST ENDS,RUNS [ENDS,RUNS ...]
    .venv/bin/python bench/doubt_runs.py 25 369 0.2,0.3 0.2,0.5 0.5,0.5
    .venv/bin/python bench/doubt_runs.py 354 441 0.5,0.5,0.5   # WHOLE,ENDS,RUNS: AD_DOUBT too

``_ad_doubted`` in ``streams/detect/moderation.py`` reads the whole text at ``AD_DOUBT`` and the
text without its first or last clause (``DOUBT_ENDS``) and every run of clauses holding the contact
(``DOUBT_RUNS``) at the same 0.20.  For each pair given (or triple, the whole text's ``AD_DOUBT``
first) this prints, next to what ships: benign lines flagged and ads precision / recall over the
blind holdouts FIRST-LAST, and how many of the ads the white-box reviews wrote
(``tests/data/stop*_review_lines.jsonl``, lines expected ``ad`` or ``through`` in a review of ads;
stop 43's by their ``family``) stay ads.  Only texts the doubt is asked about are read again
(stop 43: 11,526 of 142,978).  Interpreted only: the compiled moderator would not see the
thresholds change.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streams.detect.moderation as moderation
from streams.detect.contacts import Contact
from streams.detect.evaluate import line_verdict, load_rows
from streams.detect.lexicon import Lexicon
from streams.detect.model import ModerationModel
from streams.detect.normalize import Normalized

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
AD_REVIEW_EXPECTS = {"ad", "through", "pass", "known_false_alarm"}


def reviewed_ads(path: Path) -> list[str]:
    """The ads a review wrote: expected ``ad``, or let ``through`` by a review of ads only (stop
    40's of risk terms is not one) or of the ``ad`` family."""
    rows = load_rows(path)
    ads_only = {str(r.get("expect")) for r in rows} <= AD_REVIEW_EXPECTS
    return [str(r["text"]) for r in rows if r.get("expect") == "ad" or (
        r.get("expect") == "through" and (ads_only or r.get("family") == "ad"))]


def main() -> None:
    first, last = int(sys.argv[1]), int(sys.argv[2])
    shipped_at = (moderation.AD_DOUBT, moderation.DOUBT_ENDS, moderation.DOUBT_RUNS)
    settings = [(shipped_at[0], *values) if len(values) == 2 else values
                for values in (tuple(float(x) for x in arg.split(",")) for arg in sys.argv[3:])]
    lexicon = Lexicon.load()
    blind = [(str(r["text"]), set(r["categories"]))  # type: ignore[call-overload]
             for n in range(first, last + 1)
             for r in load_rows(DATA / f"moderation_holdout{n}.jsonl")]
    if not moderation.__file__.endswith(".py"):
        sys.exit("run it interpreted: the compiled moderator reads its thresholds once")
    reviews = [text for path in sorted(DATA.glob("stop*_review_lines.jsonl"))
               for text in reviewed_ads(path)]
    asked: set[str] = set()
    doubted = moderation._ad_doubted

    def recording(model: ModerationModel, view: Normalized,
                  contacts: tuple[Contact, ...]) -> bool:
        asked.add(view.original)
        return doubted(model, view, contacts)

    def verdicts(texts: list[str]) -> dict[str, tuple[bool, bool]]:
        """text -> (flagged, read as an ad)"""
        out = {}
        for text in texts:
            v = line_verdict(moderation.Moderator(lexicon), text)
            out[text] = (v.verdict != "pass", "ad" in v.categories)
        return out

    moderation._ad_doubted = recording
    texts = [t for t, _ in blind] + reviews
    shipped = verdicts(texts)
    moderation._ad_doubted = doubted
    again = [t for t in texts if t in asked]
    print(f"{len(texts):,} texts, the doubt asked about {len(again):,}")
    for whole, ends, runs in [shipped_at, *settings]:
        moderation.AD_DOUBT, moderation.DOUBT_ENDS, moderation.DOUBT_RUNS = whole, ends, runs
        got = {**shipped, **verdicts(again)}
        benign = [got[t][0] for t, cats in blind if not cats]
        tp = sum(got[t][1] for t, cats in blind if "ad" in cats)
        fp = sum(got[t][1] for t, cats in blind if "ad" not in cats)
        ads = sum("ad" in cats for _, cats in blind)
        kept = sum(got[t][1] for t in reviews)
        print(f"whole {whole:.2f} ends {ends:.2f} runs {runs:.2f}  "
              f"benign flagged {sum(benign):,} of {len(benign):,}"
              f"  ads P {tp / max(1, tp + fp):.3f} R {tp / max(1, ads):.3f}"
              f"  reviews' ads still ads {kept:,} of {len(reviews):,}")


if __name__ == "__main__":
    main()
