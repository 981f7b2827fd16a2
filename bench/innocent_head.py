"""Experiment, not shipped: a learned "innocent" head that lets a flagged text pass.

    .venv/bin/python bench/innocent_head.py     # ~2 minutes: trains, prints one table

Result (2026-12-05 00:05; out of fold = each set scored by a head that never saw its author;
holdouts 170-177 were written after it and never trained on; "through" = attack lines the
rules flag and the head frees):

    guards                                   out of fold: freed   170-177 benign left  attacks
                                             benign      risky    (shipped: 46, 3.4 %)  through
    none (24+ chars, no self-harm, no ID)       165          2       24 (1.8 %)     426 / 714
    + no contact, offers only, nothing asked     58          0       40 (3.0 %)     277 / 714
    + channel signs, ads and scams only          44          0       40 (3.0 %)     150 / 714
    + goods signs, scams only                    26          0       44 (3.3 %)       0 / 714

The rules flag a benign line mostly for the scam's or the ad's words it quotes: a warning
(警惕！有人在站内发传单招兼职刷单，已经让安检扣下来交派出所了), a question about a message, a
member's own loss.  Each author words these differently, and a rule written for one batch
frees about one line of the next.  The idea tried on 2026-12-05: logistic regression over the
character n-grams of the other heads (``train`` of ``train_moderation_model.py``), trained only
on the lines the rules have something to say about (a lexicon hit, a contact or a flag by the
shipped moderator; eval, holdouts 1-169, training sets 1-4) with the target "benign", and a
flagged text passes when the head reads it as innocent at ``THRESHOLD`` (chosen out of fold:
the smallest on a 0.05 grid freeing at most 2 in 10,000 flagged risky lines).

It works on what authors write and fails against those who write against it.  Three reviews
wrote offers in warning words (``tests/data/innocent_head_attacks.jsonl``, 800 lines, each
line's categories what it really is); each round of guards (``GUARDS``) closed what the last
review found, and the next found a new shape: the answer to a question (有人问冰毒哪里能搞到，
说一下，…报“老周”就给，别被骗了哈哈), then a place and a password (别信网上的，…阿坤那有，报暗号
“老乡”).  A bag of n-grams is bought by its innocent words (说, 别, 骗, 被, 问, 哈 weigh most),
and what the head frees on natural chat — warnings with a DM word or a contact — is the very
shape an attacker writes.  So it was not shipped; the tables say how much each guard costs.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from train_moderation_model import train  # noqa: E402

from streams.detect.evaluate import load_rows  # noqa: E402
from streams.detect.lexicon import Lexicon  # noqa: E402
from streams.detect.model import LONG_TEXT_CHARS, grams  # noqa: E402
from streams.detect.moderation import (  # noqa: E402
    _DM_RECEIVED_RE,
    _INVITED_RE,
    _PRAISED_NOT_ASKED_RE,
    _REPORTED_SELLER_RE,
    _RISK_DM_RE,
    _TESTIMONIAL_RE,
    Message,
    Moderator,
    Verdict,
)
from streams.detect.normalize import normalize_views  # noqa: E402

DATA = ROOT / "tests" / "data"
TRAIN_SETS = {"eval": DATA / "moderation_eval.jsonl", "h1": DATA / "moderation_holdout.jsonl",
              **{f"h{n}": DATA / f"moderation_holdout{n}.jsonl" for n in range(2, 170)},
              **{f"t{n}": DATA / f"moderation_train{n}.jsonl" for n in range(1, 5)}}
BLIND = [DATA / f"moderation_holdout{n}.jsonl" for n in range(170, 178)]  # written after it
ATTACKS = DATA / "innocent_head_attacks.jsonl"
LAM, FOLDS, THRESHOLD = 1e-5, 8, 0.70

# Signs that a text asks something of the reader or vouches for an offer, as the reviews
# taught them (rounds 1-3); broad on purpose, they only keep a text from the head.
_ACT_NOW_RE = re.compile(
    r"才是(?:真的?|正规|官方|正品|靠谱)|真香|可以(?:来|找我|私我)?问|(?<!后)来问|"
    r"(?:赶紧|尽快|马上|抓紧|速来?|立即|立刻|快去?)(?:点|打开|登录|认证|转|联系|办|领|加|下载|注册|扫)|"
    r"(?:也|都)要配合|配合(?:一下)?(?:就|才)|没事了|"
    r"是真的(?![吗么嘛假?])|说实话|(?:哈哈|其实|并)不是|不是骗(?:人|局|子)的?(?![吗么嘛?])|"
    r"确实|(?<![a-z])[qm]\s*我|艾特我|(?:看|在|见|加)我(?:的)?(?:朋友圈|签名|主页|动态|空间|昵称)|"
    r"私下|发(?:给)?我|拉你|带你|我这|我们这|照我说|按我说|帮(?:大家|你们?)|坐庄|真的有|"
    r"(?:推|介绍)(?:荐)?给你|群里@?我(?=[,.!?~\s]|$)")
_CHANNEL_RE = re.compile(  # round 2: a question answered with a place, a password, a search
    r"哪里|哪儿|哪有|去哪|哪个|哪家|哪能|说一下|说下|统一(?:说|回复)|搜|"
    r"群(?:名片|公告|文件|昵称|主页)|昵称|置顶|主页|简介|评论区|备注|签名|朋友圈|"
    r"报[“\"'「『]|[说问][“\"'「『][^”\"'」』]{1,10}[”\"'」』]就|"
    r"(?:问|找)(?:老板|前台|经理|吧台|调酒师|值班|店员|客服)|敲[^,.!?]{0,3}门|当面|现货|现金|开盘|"
    r"填[^.!?]{0,14}?(?:就|即可|双倍|马上|才能)|先交|就能(?:下款|提现|退|领|办|拿)")
_GOODS_RE = re.compile(  # round 3: what a seller says of his goods, wherever he is found
    r"暗号|报群名|群里的|说个事|在哪|咋办|(?:那|这)(?:里|儿)?有|"
    r"能(?:办|下款|贷|借|做|开|刻|考|替|查|洗|消|拿)|下款|放款|日结|包过|当天|无抵押|不看征信|"
    r"洗白|替考|代考|代办|收(?:银行卡|微信号|卡|号)|[一每][张个天单次][^,.!?]{0,3}[0-9一二三四五六七八九十百千两]")


def _asks(text: str) -> bool:
    told = _DM_RECEIVED_RE.search(text)
    rest = text if told is None else text[: told.start()] + "，" + text[told.end():]
    return any(p.search(t) is not None for p, t in (
        (_RISK_DM_RE, rest), (_REPORTED_SELLER_RE, text), (_TESTIMONIAL_RE, text),
        (_PRAISED_NOT_ASKED_RE, text), (_INVITED_RE, text), (_ACT_NOW_RE, text)))


def _level(categories: frozenset[str] | None, asks: bool, signs: tuple[re.Pattern[str], ...],
           contacts_ok: bool) -> Callable[[str, Verdict], bool]:
    """Where the head may free a flagged text: 24+ characters, no self-harm, no ID number,
    and the guards named (hit categories, nothing asked of the reader, no sign, no contact)."""
    def may_free(text: str, verdict: Verdict) -> bool:
        cats = {h.category for h in verdict.hits}
        return (len(text) >= LONG_TEXT_CHARS and "self_harm" not in cats
                and not any(h.rule == "pattern:privacy:id_number" for h in verdict.hits)
                and (categories is None or cats <= categories)
                and (contacts_ok or not verdict.contacts)
                and not (asks and _asks(text))
                and not any(p.search(text) is not None for p in signs))
    return may_free


_OFFERS = frozenset({"ad", "fraud", "gambling", "drugs", "porn"})
GUARDS: dict[str, Callable[[str, Verdict], bool]] = {
    "none (24+ chars, no self-harm, no ID number)": _level(None, False, (), True),
    "+ no contact, offers only, nothing asked (round 1)": _level(_OFFERS, True, (), False),
    "+ channel signs, ads and scams only (round 2)":
        _level(frozenset({"ad", "fraud"}), True, (_CHANNEL_RE,), False),
    "+ goods signs, scams only (round 3)":
        _level(frozenset({"fraud"}), True, (_CHANNEL_RE, _GOODS_RE), False),
}


class Line:
    __slots__ = ("benign", "cats", "feats", "normalized", "text", "verdict", "view")

    def __init__(self, text: str, categories: set[str], lexicon: Lexicon) -> None:
        self.text = text
        self.benign = not categories
        self.cats = {"innocent"} if self.benign else set()  # the one target of ``train``
        self.normalized = normalize_views(text)[0]
        self.view = self.normalized.text
        self.feats = grams(self.view)
        self.verdict = Moderator(lexicon).classify(Message("e", 0, "g", "u", "text", text))


def target(lines: list[Line]) -> np.ndarray:
    return np.array([[1.0 if line.benign else 0.0] for line in lines])


def read(path: Path, lexicon: Lexicon) -> list[Line]:
    return [Line(str(r["text"]), set(r["categories"]), lexicon)  # type: ignore[call-overload]
            for r in load_rows(path)]


def population(lines: list[Line], lexicon: Lexicon) -> list[Line]:
    return [line for line in lines if line.verdict.verdict != "pass" or line.verdict.contacts
            or lexicon.scan(line.normalized)]


def main() -> None:
    started = time.time()
    lexicon = Lexicon.load()
    sets = {name: population(read(path, lexicon), lexicon) for name, path in TRAIN_SETS.items()}
    names = list(sets)
    folds = [[line for n in names[i::FOLDS] for line in sets[n]] for i in range(FOLDS)]
    oof: list[tuple[Line, float]] = []
    for i, fold in enumerate(folds):
        rest = [line for j, other in enumerate(folds) if j != i for line in other]
        head = train(rest, LAM, target)  # type: ignore[arg-type]
        oof += zip(fold, head.probs(fold)[:, 0], strict=True)  # type: ignore[arg-type]
    head = train([line for lines in sets.values() for line in lines], LAM, target)  # type: ignore[arg-type]
    blind = [line for path in BLIND for line in read(path, lexicon)]
    attacks = read(ATTACKS, lexicon)
    p_blind = head.probs(blind)[:, 0]  # type: ignore[arg-type]
    p_attacks = head.probs(attacks)[:, 0]  # type: ignore[arg-type]
    n_benign = sum(line.benign for line in blind)
    flagged_benign = sum(line.benign and line.verdict.verdict != "pass" for line in blind)
    flagged_attacks = sum(line.verdict.verdict != "pass" for line in attacks)
    print(f"head trained on {sum(map(len, sets.values())):,} lines ({len(sets)} sets), "
          f"threshold {THRESHOLD}; {time.time() - started:.0f} s")
    print(f"blind holdouts 170-177: {flagged_benign} of {n_benign:,} benign lines flagged by "
          f"what ships; the 800 attacks: {flagged_attacks} flagged by what ships\n")
    print(f"{'guards':52} {'out of fold: freed':>24} {'holdouts 170-177':>22} {'attacks':>11}")
    print(f"{'':52} {'benign':>13} {'risky':>10} {'benign left':>12} {'risky':>9} "
          f"{'through':>11}")
    for name, may_free in GUARDS.items():
        def freed(line: Line, p: float, guard: Callable[[str, Verdict], bool] = may_free) -> bool:
            return bool(line.verdict.verdict != "pass" and p >= THRESHOLD
                        and guard(line.view, line.verdict))
        oof_benign = sum(freed(line, p) for line, p in oof if line.benign)
        oof_risky = sum(freed(line, p) for line, p in oof if not line.benign)
        blind_benign = sum(freed(line, p) for line, p in zip(blind, p_blind, strict=True)
                           if line.benign)
        blind_risky = sum(freed(line, p) for line, p in zip(blind, p_blind, strict=True)
                          if not line.benign)
        through = sum(freed(line, p) for line, p in zip(attacks, p_attacks, strict=True))
        print(f"{name:52} {oof_benign:13,} {oof_risky:10,} "
              f"{flagged_benign - blind_benign:4} ({(flagged_benign - blind_benign) / n_benign:.1%})"
              f" {blind_risky:9} {through:5} / {flagged_attacks}")
    print(f"({time.time() - started:.0f} s)")


if __name__ == "__main__":
    main()
