"""Risk lexicon: curated terms in the DESIGN taxonomy, an allowlist, one Aho-Corasick pass.

Terms and allowlist phrases are normalised exactly like messages (``normalize_term``) and go
into one automaton, so a scan is a single pass over the lexicon view.  A hit lying entirely
inside an allowlist match (大麻 inside 大麻烦) is dropped, and so is one whose last two or more
characters begin one (出大麻 in 差点出大麻烦 · 卖大麻 in 卖大麻花: the risky word is the innocent
word's head); a hit that merely touches one stays.
ASCII terms (bet365) need non-alphanumeric neighbours so they do not fire inside longer words.
A few co-occurrence rules (``_RULES``: a person's phone or address next to a call to act on it,
a threat aimed at someone, a card game with a stake, impersonation fees, a stake on a match,
chasing losses, calls to protest, records dug up, pile-ons, hoarded pills, a one-time code asked
for, a weapon carried to where someone waits, records for sale, 冰/K仔 with delivery ...) add
``review`` hits named ``pattern:<rule>``; each runs only when the one automaton pass met one of
its cue words.  A few frames (``_FRAMES``: fiction, a report to the admins, controlled medicine
handled at work, an anti-fraud warning, 想死 after a trivial mishap, someone else's words of
self-harm passed on to carers) drop single-term hits of their categories when the whole message
has the frame and none of its guard words; their cue words ride in the same automaton, so a
frame's regex runs only where one of them was seen.

Matcher picked by measurement (``bench/detect_lexicon.py``, 100k messages, overlapping search
on pre-normalised text, one core, one run): daachorse (charwise double-array, Rust)
3.65M msg/s = 2.62x, ahocorasick-rs 2.37M msg/s = 1.70x, pyahocorasick 1.39M msg/s = 1.00x.
daachorse also reports character (not byte) offsets, which the position map needs.

Data files (``data/lexicon.tsv``, ``data/allowlist.txt``): ``term<TAB>category<TAB>severity``
with a ``# version:`` header; a custom file may also hold ``phrase<TAB>allow`` lines.  Later
files override earlier ones for the same normalised term.  A fourth column ``confirm`` marks a
term said innocently more often than not in the labelled sets (想死 after a hard day, 赌博 in
the news: ``bench/lexicon_term_stats.py`` counts them); its hit carries ``confirm=True`` and the
moderator keeps it only beside another hit or when the model reads risk in the text too.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import daachorse

from streams.detect.normalize import Normalized, normalize_term

CATEGORIES: frozenset[str] = frozenset(
    {
        "ad",
        "fraud",
        "gambling",
        "drugs",
        "porn",
        "politics",
        "violence",
        "abuse",
        "privacy",
        "self_harm",
        "custom",
    }
)
SEVERITIES: frozenset[str] = frozenset({"review", "reject"})
ALLOW = "allow"
CONFIRM = "confirm"  # the optional fourth column: a term that needs a second opinion alone


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file and line."""


@dataclass
class LexiconHit:
    """A lexicon term found in the normalised text (``start``/``end`` index ``text``). Never
    changed once made; not frozen, for the written-out ``__init__`` (``compiled.py``)."""

    category: str
    severity: str
    term: str
    start: int
    end: int
    confirm: bool  # alone in a message it needs the model's agreement (moderation.py)

    def __init__(self, category: str, severity: str, term: str, start: int, end: int,
                 confirm: bool = False) -> None:
        self.category = category
        self.severity = severity
        self.term = term
        self.start = start
        self.end = end
        self.confirm = confirm


@dataclass(frozen=True)
class _Entry:
    term: str
    category: str  # a taxonomy category, or ALLOW
    severity: str
    ascii_word: bool
    confirm: bool = False


def _read_text(path: Path | str) -> str:
    if isinstance(path, str) and path.startswith("package:"):
        name = path.removeprefix("package:")
        return resources.files("streams.detect").joinpath(f"data/{name}").read_text("utf-8")
    return Path(path).read_text("utf-8")


def _version_of(text: str) -> str:
    for line in text.splitlines():
        if line.startswith("#") and "version:" in line:
            return line.split("version:", 1)[1].strip()
    return "sha1-" + hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:10]


def _parse_line(line: str, where: str) -> tuple[str, str, str, bool] | None:
    """(term, category, severity, confirm) or None for a comment/blank; a bare phrase is an
    allow."""
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    parts = [p.strip() for p in line.split("\t")]
    if len(parts) == 1:
        return (parts[0], ALLOW, "-", False)
    category = parts[1]
    severity = parts[2] if len(parts) > 2 else "review"
    if category == ALLOW:
        return (parts[0], ALLOW, "-", False)
    if category not in CATEGORIES or severity not in SEVERITIES:
        raise LexiconError(f"{where}: bad category/severity {category!r}/{severity!r}")
    flags = parts[3:]
    if flags not in ([], [CONFIRM]):
        raise LexiconError(f"{where}: after the severity only {CONFIRM!r} may follow, "
                           f"not {' '.join(flags)!r}")
    return (parts[0], category, severity, bool(flags))


def _entries(text: str, where: str) -> Iterable[tuple[str, _Entry]]:
    for number, line in enumerate(text.splitlines(), 1):
        parsed = _parse_line(line, f"{where}:{number}")
        if parsed is None:
            continue
        term, category, severity, confirm = parsed
        key = normalize_term(term)
        if key:
            # A term of Latin letters, one word or several, matches whole words only (zisha ·
            # zi sha · kill myself: not in zi shang or upskill myself); an allowlist phrase of
            # several (zi sha teapot) covers longer words too (zi sha teapots).
            words = key if category == ALLOW else key.replace(" ", "")
            ascii_word = key.isascii() and words.isalnum()
            yield key, _Entry(term, category, severity, ascii_word, confirm)


DEFAULT_FILES = ("package:lexicon.tsv", "package:allowlist.txt")  # read before custom files


@dataclass(frozen=True)
class Lexicon:
    """An immutable, ready-to-scan lexicon; build it with ``Lexicon.load``."""

    version: str
    entries: tuple[_Entry, ...]
    _matcher: daachorse.CharwiseDoubleArrayAhoCorasick = field(repr=False, compare=False)
    # per automaton pattern (the entries, then cue words that are no entry): rules it wakes
    _cues: tuple[int, ...] = field(repr=False, compare=False)

    @classmethod
    def load(cls, *paths: Path | str, include_default: bool = True) -> Lexicon:
        """Bundled lexicon and allowlist, then each custom file (later files override)."""
        sources = [*(DEFAULT_FILES if include_default else ()), *paths]
        merged: dict[str, _Entry] = {}
        versions: list[str] = []
        for src in sources:
            try:
                text = _read_text(src)
            except (OSError, UnicodeDecodeError) as exc:
                raise LexiconError(f"{src}: {exc}") from exc
            versions.append(_version_of(text))
            merged.update(_entries(text, str(src)))
        keys = list(merged)
        entries = tuple(merged[k] for k in keys)
        cue_masks = _cue_masks()
        keys += [k for k in cue_masks if k not in merged]
        matcher = daachorse.CharwiseDoubleArrayAhoCorasick(keys)
        cues = tuple(cue_masks.get(k, 0) for k in keys)
        return cls("+".join(versions), entries, matcher, cues)

    def scan(self, normalized: Normalized) -> list[LexiconHit]:
        """Hits in the lexicon view, allowlist applied, ordered by position."""
        text = normalized.text
        if not text or not self.entries:
            return []
        hits: list[LexiconHit] = []
        allowed: list[tuple[int, int]] = []
        entries, cues, terms, wanted = self.entries, self._cues, len(self.entries), 0
        for start, end, index in self._matcher.find_overlapping(text):
            cue = cues[index]
            if cue:
                wanted |= cue
                if index >= terms:
                    continue
            entry = entries[index]
            if entry.ascii_word and not _word_bounded(text, start, end):
                continue
            if entry.category == ALLOW:
                allowed.append((start, end))
            else:
                hits.append(LexiconHit(entry.category, entry.severity, entry.term, start, end,
                                       entry.confirm))
        if allowed:
            hits = [h for h in hits if not any(_allowed_over(h, s, e) for s, e in allowed)]
        frames = wanted >> _FRAME_SHIFT
        if hits and frames:
            hits = _unframed(text, hits, frames)
        wanted &= _RULE_BITS
        if wanted:
            hits.extend(_rule_hits(text, wanted))
        hits.sort(key=lambda h: (h.start, h.end))
        return hits


# --- Frames: a message whose whole setting says a risky word is named, not meant.  Each frame
# excuses single terms (never ``pattern:`` hits, which carry their own guards) of the listed
# categories when the frame is anywhere in the message and none of its guard words is: a real
# risk line that borrows the setting (想看电影里那种杀人的刺激，我要…, 截图给群主也没用，加我…)
# brings a plan, a target, a "message me" or a contact with it and stays flagged.  A frame's cue
# words ride in the automaton like the rules' (bits above the rules'), so its regex runs only on
# a message that holds one of them and a framed hit.
_SOLICIT = (r"私我|私聊|私信|加我|加v|加微|找我|滴我|联系我|[0-9]{6,}|http|www|\.com|"
            r"[一二三四五六七八九幺零][一二三四五六七八九幺零]{5,}")


def _any_of(words: str) -> str:
    """A regex alternation of space-separated words: a frame whose setting is any one of its cue
    words lists them once, for the automaton and for its regex alike."""
    return "(?:" + "|".join(map(re.escape, words.split())) + ")"


_FICTION_WORDS = ("剧本 狼人杀 电影 影片 电视剧 美剧 韩剧 日剧 泰剧 英剧 港剧 网剧 短剧 "
                  "连续剧 小说 纪录片 综艺 动漫 番剧 漫画 剧里 剧情 这部剧 那部剧 台词 拍戏 "
                  "主角 反派 桌游")
_WARD_MEDICINE_WORDS = ("注射液 安瓿 空瓶回收 回收登记 医嘱 药房 药剂科 麻醉科 病区 交接班 "
                        "双人双锁 专柜 红处方 麻精 毒麻 精神药品 管制药品 盘点 销毁 批号 镇痛泵 "
                        "癌痛 术后")
_APPROACHED_WORDS = "私聊我 私信我 私加我 加我 加了我"
_CARE_WORDS = ("通知 报给 报告 转给 转介 告诉 跟进 看护 留意 陪着 陪他 陪她 聊了 劝 心理 社工 "
               "护士 医生 家属 热线 120 还好吗")
# Each frame: its cue words, the categories it excuses, the frame, the guard, and a word every
# excused term must hold ("" = any single term of those categories).
_FRAMES: tuple[tuple[str, frozenset[str], re.Pattern[str], re.Pattern[str], str], ...] = (
    # fiction: a murder-mystery script, a film, a novel watched or read (《血染钟楼》恶魔能杀人 ·
    # 在看一部讲诈骗集团的电影，里面杀猪盘套路太真实了)
    (_FICTION_WORDS,
     frozenset({"violence", "fraud"}),
     re.compile(_any_of(_FICTION_WORDS)),
     re.compile(_SOLICIT
                + r"|我(?:们)?(?:要|想|会|真想|也想|就要|就|今晚|明天)(?!看|追|推荐|去看|玩)"
                r"|老子|等着|找人|今晚|明天|就去|谁再|别让我|碰到|(?:杀|砍|捅|弄死)了?[他她你]|"
                r"现实(?:里|中)|真的去|带你|跟我|收益|稳赚|回本|入金|团队|赚|红包|返佣|提现|充值|投资|"
                r"理财|分销|推广"), ""),
    # a member reporting someone's post to the admins (发博彩链接的我已经截图给群主了，请群主踢一下)
    ("群主 管理 群管", frozenset({"gambling", "porn", "fraud", "drugs"}),
     re.compile(r"(?:截图|截屏|举报|反映|报告)[^。!?;\n]{0,4}?(?:给|发给|交给|报给)了?"
                r"(?:群主|管理员?|群管|管理)|(?:请|麻烦|求)(?:群主|管理员?|群管)[^。!?;\n]{0,4}?"
                r"(?:踢|删|清理|处理|移出)"),
     re.compile(_SOLICIT + r"|我这(?:里)?有|我有|我们(?:这|有)|带你|来玩|上车|入金|领|佣金|返|奖励|"
                r"红包|提现|做完|任务"), ""),
    # controlled medicine handled at work: ampoules logged back, a prescription, the ward
    # (吗啡注射液的空安瓿一定要回收登记)
    (_WARD_MEDICINE_WORDS,
     frozenset({"drugs"}),
     re.compile(_any_of(_WARD_MEDICINE_WORDS)),
     re.compile(_SOLICIT + r"|卖|出售|有货|货|便宜|一克|克|嗨|飞|high|爽|上头|溜|吸|同城|闪送|代购|"
                r"带点|搞点|弄点|来点|自己用|自己试|偷|拿回家|顺出|顺走|私下|收(?:购|药|货)|高价收|"
                r"回收(?!登记|处理|销毁)|买|价|[不免]要处方|无需处方|"
                r"不用处方|哪能|哪里|搞到|弄到|(?<![a-z])v(?![a-z])"), ""),
    # an anti-fraud warning told to the group: what the police or the bank never do, what the
    # police said (公检法不会电话让转账 · 民警提醒…不会让你转到安全账户): a scam named to be
    # avoided, with nothing asked of the reader and nobody claiming an office
    ("不会 从不 绝不 不可能 民警 警察 派出所 反诈",
     frozenset({"fraud"}),
     re.compile(r"(?:公检法|警察|民警|公安|法院|银行|客服|官方|正规[\u4e00-\u9fff]{0,4})"
                r"[^。!?;\n]{0,4}?(?:不会|从不|绝不|不可能)"
                r"|(?:民警|警察|派出所|反诈[\u4e00-\u9fff]{0,2})(?:的人)?(?:说|提醒|讲)"),
     re.compile(_SOLICIT + r"|我是|我们是|这里是|带你|跟我|追回|追损|挽回|出款|稳赚|保本|收益|"
                r"[你您]涉嫌"), ""),
    # ... or someone else's loss told with a call to be careful (被人骗去投资什么外汇平台，大家
    # 千万小心这种), with none of the scam's own asks in it (转入…, 立即…, 配合…, 你的账户…)
    ("小心 当心 注意 警惕 提防 别信 别上当 骗去 骗了",
     frozenset({"fraud"}),
     re.compile(r"(?:大家|各位|你们)(?:都|也)?(?:千万|一定)?(?:要)?(?:小心|当心|注意|警惕|提防|别信|别上当)"
                r"|(?:被人|被)骗(?:去|了)"),
     re.compile(_SOLICIT + r"|我是|我们是|这里是|带你|跟我|追回|追损|挽回|出款|解冻|稳赚|保本|"
                r"收益|日赚|月赚|入金|名额|导师|老师带|转入|转到|转至|汇入|汇到|打到|立即|马上|尽快|"
                r"配合|点击|下载|屏幕|验证码|[你您]的账户|[你您]名下|[你您]涉嫌"), ""),
    # 想死 after a trivial mishap of the day: the dog chewed the slippers, the gacha went wrong,
    # or the sender goes on (…真想死，不过想想房贷还得干); never with despair, a lasting state
    # or a means anywhere in the message
    ("狗 猫 柯基 哈士奇 二哈 泰迪 金毛 主子 崽 抽卡 "
     "十连 歪了 保底 沉船 非酋 还得 还要 明天还 照样 继续",
     frozenset({"self_harm"}),
     re.compile(r"(?:狗|猫|柯基|哈士奇|二哈|泰迪|金毛|主子|崽子?)[^。!?;\n]{0,10}?"
                r"(?:咬|拆|抓|尿|啃|挠|打翻|弄坏|弄丢)"
                r"|抽卡|十连|歪了|保底|沉船|非酋"
                r"|(?:不过|但是|可是|但)[^。!?;\n]{0,10}?(?:还得|还要|明天还|照样|继续)"
                r"(?:干|上班|搬砖|努力|加油|营业|卷|还)"),
     re.compile(r"活着|活不|没意思|解脱|撑不|结束|离婚|欠|债|没人|多余|遗书|开玩笑|认真|跳|割|药|"
                r"楼顶|天台|烧炭|一了百了|再见|告别|对不起|每天|一直|总是|经常|绝望|崩溃|抑郁|不想活|"
                r"(?:^|[,.!?\s我你他她])天"),
     "想死"),  # (想死 only: not 不想活 or a means named)
    # someone else who messaged or added the sender (有人私聊我说能查开房记录，我已截图 · 有陌生人
    # 加我说是物业 · 刚有人私信我发澳门赌场链接): told, not asked for; never with the sender's
    # own offer (我这有…, 需要的…, 找我, 价格 …)
    (_APPROACHED_WORDS,
     frozenset({"ad"}),
     re.compile(r"(?:有人|有个人|一个人|那人|那个人|陌生人|对方|骗子|客服|谁|[他她])[^,.!?;\n]{0,4}?"
                r"(?:私聊|私信|私加|加)了?我"),
     re.compile(r"我这(?:里|边)?有|需要的|要的|有意|联系我|找我|私我|扣1|名额|优惠|价格|包邮|"
                r"[0-9]元|代理|加盟"), ""),
    # someone else's words of self-harm handed on to those who care for them (病人说活着太累了，
    # 我已经报给社工和医生了 · 李奶奶又说不想活了，已经通知家属 · 那个一直说想死的大哥还好吗？我们去
    # 看看他): a care worker, a teacher or a neighbour asking for help, not the sender's own
    # intent; never with a plan or means made ready (孩子说他想死，写了遗书藏在书包里).  (The
    # view collapses repeats: 奶奶 is 奶.)
    (_CARE_WORDS,
     frozenset({"self_harm"}),
     re.compile(r"^(?=[\s\S]*?(?:(?:病人|患者|老人|老爷子|老太|[奶爷]|孩子|儿子|女儿|学生|同学|"
                r"大哥|大姐|同事|朋友|家属|阿姨|[伯叔婶]|[他她])[^。!?;,\n]{0,8}?(?:说|讲|喊|闹着|嚷着)"
                r"|(?:说|讲|喊|闹着|嚷着)[^。!?;,\n]{0,8}?的(?:病人|患者|老人|孩子|学生|大哥|大姐|"
                r"阿姨|大爷|同事)))"
                r"(?=[\s\S]*?" + _any_of(_CARE_WORDS) + ")"),
     re.compile(r"遗书|写好|准备好|买了|攒了|藏了|刀片|绳子|烧炭|安眠药|一瓶|农药|我也想|我也不想|"
                r"我(?:真的?|也|都)?(?:想死|不想活)"), ""),
)


def _unframed(text: str, hits: list[LexiconHit], frames: int) -> list[LexiconHit]:
    """The hits no frame excuses (``frames``: bit j set when frame j's cue words were seen)."""
    found = {h.category for h in hits}
    excusing = [(cats, only) for bit, (_, cats, frame, guard, only) in enumerate(_FRAMES)
                if frames >> bit & 1 and not cats.isdisjoint(found)
                and frame.search(text) is not None and guard.search(text) is None]
    if not excusing:
        return hits
    return [h for h in hits
            if not any(h.category in cats and only in h.term for cats, only in excusing)]


def _allowed_over(hit: LexiconHit, start: int, end: int) -> bool:
    """Whether the allowlist match ``start:end`` holds ``hit`` or begins in its last 2+ chars."""
    if start <= hit.start:
        return hit.end <= end
    return end > hit.end and hit.end - start >= 2


# --- Co-occurrence rules: what single terms cannot say (a person + their number, a threat
# aimed at someone, a stake on a card game).  Each rule lists cue words, one of which every
# match contains; the cues ride in the lexicon's automaton, so the one pass tells which rules
# to run and most lines run none.  A hit is ``review``, named ``pattern:<rule>``, and spans
# the match in the lexicon view.
_N = r"[0-9一二两三四五六七八九十百千万零〇幺]"  # a digit or a Chinese numeral
_CLAUSE = r"[^。!?;\n]"  # within one sentence (the view folds full-width punctuation)
_MOBILE = r"(?<![0-9])1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])"  # digits, maybe 3-4-4
_PHONE = (rf"(?:{_MOBILE}"
          r"|[一幺][三四五六七八九][零〇一二三四五六七八九幺两]{9})")
# what a wrongdoer is exposed for (the dossier rule's cues and its lookahead alike)
_GRIEVANCE_CUES = ("偷 骗 假货 投诉 乱扔 乱丢 曝光 欠钱 欠我 欠的钱 不还 "
                   "打人 骂人 渣男 渣女 小三 差评 插队 碰瓷 跑路 老赖 认准 大家去 去闹 人肉 挂出来 "
                   "跳单 逃单 赖账")
_THIRD = (r"(?:他|她|这个人|那个人|这人|那人|渣男|渣女|车主|老婆|老公|前夫|前妻|男的|女的"
          r"|叫[\u4e00-\u9fff]{2,3}(?=[,:的]))")
_EXPOSE = (r"(?:曝光|人肉|转发|身败名裂|去堵|堵[他她]|去闹|门口闹|拉横幅|随便打|骚扰|"
           r"打爆|查到了|扒出|[他她]家门口|让大家|大家去|去骂|骂[他她]|随便你们|轰炸|去[他她]单位|"
           r"搞到了|看着办|往死里|揍[他她佢]|打残[他她佢])")
# a member called by a common surname (老王, 小李) and the words that call someone mad; a slur
# must follow its 是个 at once, not after a hobby (是个跑步疯子 is praise), nor before a laugh
_SURNAME = ("[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜"
            "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯史陶黎贺"
            "顾毛郝龚邵万钱严覃武戴莫孔向汤]")
_SLUR_MAD = (r"(?:疯子|神经病|精神病|智障|弱智|脑残|疯婆子)"
             r"(?![^。!?;\n]{0,12}?(?:厉害|佩服|敬业|拼命|太强))")
_ADDRESS = (r"(?:住在|家在|家住|住址|(?<![居入常留暂同])住(?![院宿房户持手口下过了着进]))" + _CLAUSE
            + r"{0,14}?(?:[0-9]+(?:栋|幢|号楼|单元|号|室)|[0-9]{3,4}|小区|花园|公寓|街道|"
            r"[一二三四五六七八九十]期)")
# a line that warns, debunks or refuses (the money families below stay silent on it)
_NO_WARNING = (r"^(?![\s\S]*?(?:骗|别信|不要信|别买|别交|不要交|假的|谨防|小心|警惕|上当|当心"
               r"|智商税"
               r"|"
               r"忽悠|举报|辟谣|谣言|非法|套路|千万别|千万不要|报警))")
# a person named by role or pronoun (whose data a dossier lays out)
_WHOSE = (r"(?:[他她](?:的|老婆|老公|家人|孩子|女儿|儿子|爸妈)?|(?:那个|这个|那位"
          r"|这位)[^。!?;\n]{0,6}?"
          r"(?:客人|客户|买家|卖家|女的|男的|人|司机|乘客|老板|博主|业主|邻居|同事|老师|家长|骗子|学员))")
_RULES: tuple[tuple[str, str, str, re.Pattern[str]], ...] = (
    # doxxing: someone else's phone or home address, with who they are or a call to act on it
    ("privacy", "pattern:person_phone",
     "曝光 人肉 转发 身败名裂 去堵 堵他 堵她 去闹 门口闹 拉横幅 随便打 骚扰 打爆 查到了 扒出 "
     "他家门口 她家门口 让大家 住在 家在 家住 住址 挂出来 名单 真名 大家去 去骂 骂他 骂她 随便你们 "
     "轰炸 去他单位 去她单位 搞到了 看着办 栋 幢 号楼 单元 小区 花园 公寓",
     re.compile(
        rf"(?:曝光|挂出来|人肉)[^。!?;\n]{{0,30}}?(?:电话|手机|手机号)[^。!?;\n]{{0,3}}?{_PHONE}"
        # (the view folds 八八 to 八, so a number spelt in hanzi may come out short)
        r"|(?:曝光|挂出来|人肉)[^。!?;\n]{0,30}?(?:电话|手机|手机号)[^。!?;\n]{0,3}?"
        r"[一幺][三四五六七八九][零〇一二三四五六七八九幺两]{5,9}"
        rf"|名单[^。!?;\n]{{0,16}}?{_PHONE}.{{0,30}}?{_PHONE}"
        rf"|(?:骗子|渣男|渣女|小偷|老赖)[^。!?;\n]{{0,10}}?真名.{{0,40}}?{_PHONE}"
        rf"|{_THIRD}.{{0,40}}?{_PHONE}(?=.{{0,40}}?(?:{_EXPOSE}|{_ADDRESS}))"
        rf"|(?:{_EXPOSE}|{_ADDRESS}).{{0,40}}?{_THIRD}.{{0,30}}?{_PHONE}"
        rf"|{_PHONE}.{{0,10}}?{_THIRD}.{{0,20}}?{_ADDRESS}", re.S)),
    ("privacy", "pattern:person_address",
     "住在 家在 家住 住址 真名 年级 真实地址 栋 幢 号楼 单元 小区 花园 公寓",
     re.compile(
        r"真名[^。!?;\n]{0,10}?(?:住在?|家住)[^。!?;\n]{0,12}?(?:小区|花园|公寓|[0-9]+(?:栋|号|单元))"
        r"|(?:骗子|渣男|渣女|小偷|老赖|小三)[^。!?;\n]{0,30}?(?:真实|家庭)?(?:住址|家住|住在)"
        r"[^。!?;\n]{0,14}?(?:[0-9]+(?:栋|幢|号楼|单元|号|室)|小区|花园|公寓)"
        r"|真实(?:住址|地址)[^。!?;\n]{0,14}?[0-9]+(?:栋|幢|号楼|单元|号|室)"
        r"|(?:偷|小偷|骗|欺负|打了|欠)[^。!?;\n]{0,20}?叫[\u4e00-\u9fff]{2,3}[^。!?;\n]{0,12}?"
        rf"(?:小学|中学|初中|高中){_CLAUSE}{{0,4}}?{_N}+年级"
        rf"|(?:[他她]|那个|这个|老师|车主){_CLAUSE}{{0,6}}?{_ADDRESS}(?=.{{0,40}}?{_EXPOSE})"
        rf"|{_EXPOSE}.{{0,40}}?(?:[他她]|那个|这个){_CLAUSE}{{0,6}}?{_ADDRESS}"
        # a named person's dossier: name, then plate or school, then where they live, then a call
        rf"|叫[\u4e00-\u9fff]{{2,3}}(?=[,:的]).{{0,30}}?{_ADDRESS}(?=.{{0,40}}?{_EXPOSE}"
        r"(?![^。!?;\n]{0,8}?(?:玩|吃|聚|做客|拜年|帮忙|喝)))", re.S)),
    # a threat: someone is going to have their person or property destroyed
    ("violence", "pattern:threat",
     "把你 把他 把她 去把 找人把 带人把 你女儿 你儿子 你孩子 你家孩子 把那个 把这个 把那 把这 "
     "你闺女 你老婆 你老公 你家人 你爸妈 你全家 你家",
     re.compile(
        rf"(?:(?:去|要|就|会|该|得|明天|今晚|我|老子|放学后|下班后|待会|等会|迟早|早晚)把(?:你|他|她)(?:们)?(?:家|的)?"
        r"|(?:我|老子)(?:就|要|会|迟早|早晚|今天|明天|今晚){0,2}把(?:那个|这个|那|这)"
        r"(?:组长|领导|老板|经理|主管|同事|老师|室友|邻居|前任|小三|渣男|女人|男人|家伙|人|混蛋|"
        r"王八蛋|畜生|司机|乘客|客户|房东|保安|班长|新郎|新娘|教练|老东西)给?"
        rf"|(?:一起去|大家去|找人|带人)把){_CLAUSE}{{0,8}}?"
        r"(?:烧了|点了|砸了|炸了|砍了|弄死|打死|宰了|捅了|废了|收拾了|揍一顿|打一顿|打残|打断|绑了|埋了|剁了|剁成|"
        r"(?:拖|拉|带)到[^。!?;\n]{0,6}?(?:打(?![篮排羽乒网台桌棒]?球|牌|麻将|游戏|扑克|卡)|揍))"
        r"(?!.{0,20}?(?:游戏|这把|这局|排位|上分|吃鸡|王者|开黑|副本|boss))"
        r"|(?:钱|还|欠)[^。!?;\n]{0,20}?你(?:家)?(?:女儿|儿子|孩子)[^。!?;\n]{0,4}?(?:放学|上学)"
        r"[^。!?;\n]{0,4}?我(?:去接|等着|去找|在门口|在校门口)"
        # money demanded or else the family "had better be careful" (下周把钱转过来，不然你儿子
        # 上学路上小心点): extortion
        r"|(?:钱|还|欠|转)[^。!?;\n]{0,20}?(?:不然|否则|要不然?)[^。!?;\n]{0,6}?你(?:家)?的?"
        r"(?:女儿|儿子|孩子|闺女|老婆|老公|家人|爸妈|全家)[^。!?;\n]{0,10}?"
        r"(?:小心|当心|注意(?:点|安全)|出(?:点|个|什么)?事)", re.S)),
    # told not to leave, someone waiting outside (下班别走，我在门口等你 · 放学你别走，等着);
    # not a treat (下班别走啊，一起去吃火锅，我在门口等你们)
    ("violence", "pattern:wait_outside",
     "别走",
     re.compile(r"(?:下班|放学|散会|下课|出来|散场)(?:后|了)?(?:你)?(?:给我)?别走"
                r"(?:(?!一起|吃|喝|请|聚|唱|玩|庆祝|开会|加班)[^。!?;\n]){0,12}?"
                r"(?:等你(?!们)|等着|堵你|找你|收拾你|弄你|门口等)")),
    # a conditional threat: "do that again and I'll ..."
    ("violence", "pattern:if_again",
     "我就 老子就 我一定 我会",
     re.compile(
        rf"(?:再|敢){_CLAUSE}{{0,12}}?(?:我就|老子就|我一定|我会)(?!.{{0,4}}?不){_CLAUSE}{{0,8}}?"
        r"(?:弄死|打死|砍死|砍了|捅死|捅了|废了|收拾[你他她]|揍|打断|烧了|砸了|弄残|宰了|点了|"
        r"(?:拿|用)[^。!?;\n]{0,3}?(?:硫酸|刀|汽油|砖头|开水)|泼[你他她])"
        r"(?!.{0,20}?(?:游戏|这把|这局|排位|上分|吃鸡|王者|开黑|副本|boss)|.{0,4}?自己)", re.S)),
    # violence against the state's offices and officials
    ("politics", "pattern:attack_state",
     "政府 派出所 公安局 警察局 市委 当官的",
     re.compile(
        rf"(?:政府|派出所|公安局|警察局|市委|当官的){_CLAUSE}{{0,6}}?"
        r"(?:烧了|炸了|砸了|绑了|炸掉|烧掉|砸烂|爆炸|冲进去)"
        r"|(?:烧|炸|砸)(?:了|掉|毁)?(?:市|区|县|镇)?(?:政府|派出所|公安局|警察局)")),
    # a stake on a card game among members
    ("gambling", "pattern:card_stake",
     "斗地主 麻将 打牌 牌局 炸金花 扎金花 牛牛 德州 跑得快 掼蛋 推筒子 梭哈 搓麻 牌九 象棋 下棋",
     re.compile(
        rf"(?:斗地主|麻将(?!机|桌)|搓麻|打牌|炸金花|扎金花|牛牛?|德州|跑得快|掼蛋|牌九|象棋|下棋){_CLAUSE}{{0,12}}?"
        rf"(?:{_N}+(?:块|元)?一(?:炮|局|把|番|个子)|{_N}+(?:块|元)起(?!步价|送))"
        rf"|(?:斗地主|麻将|打牌|牌局|炸金花|扎金花|牛牛?|德州|跑得快|掼蛋|推筒子|梭哈|牌九|象棋|下棋){_CLAUSE}{{0,10}}?"
        rf"(?:一局|一把|一炮|一番|每局|底分|一注|一分|一盘|每盘)[^。!?;\n输赢]?{_N}+(?:块|元|起|米|w|(?=[,;。!?]|$))")),
    # impersonation: "I am your teacher/boss", then money to a code or an account
    ("fraud", "pattern:impersonation_fee",
     "资料费 会员费 年费 培训费 班费 缴费 交费 转账 转到 扫这个码 扫下面 打到 汇到 "
     "二维码 这个账户 垫一下 先垫 回头报销 给客户转",
     re.compile(
        rf"我是{_CLAUSE}{{0,10}}?(?:班主任|老师|群主|领导|[王李张刘陈杨赵黄周吴]总|老板|校长){_CLAUSE}{{0,40}}?"
        r"(?:资料费|会员费|年费|培训费|班费|缴费|交费|转账|转到|转[0-9一二两三四五六七八九十]+万|"
        r"扫这个码|扫下面|二维码|这个账户|垫一下|先垫|回头报销|给客户转)"
        rf"|我是{_CLAUSE}{{0,10}}?(?:物业|物管|居委会|社区|财务|会计|房东|管家){_CLAUSE}{{0,30}}?"
        r"(?:转到|转账到|打到|汇到)(?:这个|我的|下面的?)?(?:账户|账号|卡|银行卡)"
        r"|(?:补缴|缴纳|补交|缴费|交费)[^。!?;\n]{0,20}?(?:转到|打到|汇到)(?:这个|我的|下面的?)"
        r"(?:账户|账号|卡|银行卡)", re.S)),
    # "I'm in trouble, send money now, I'll pay it back": a friend's account taken over
    ("fraud", "pattern:urgent_transfer",
     "先转我 先帮我转 帮我先转 帮我转 转我 转给我 马上转 转到这个 借我 先借",
     re.compile(
        r"(?:先转我|先帮我转|帮我先转|帮我转|转我|转给我|马上转|转到这个)(?=.{0,40}?"
        r"(?:明天还|急用|出了点事|别打电话|在开会|别告诉|没电了|换号))"
        # "my phone fell in the toilet, this is a classmate's number, don't call, transfer …"
        r"|(?:出了点事|在开会|换号了|没电了|急用钱|别打电话|手机掉|手机坏了|手机丢了|同学的号|"
        r"朋友的号).{0,30}?"
        r"(?:先转我|先帮我转|帮我先转|帮我转|转我|转给我|马上转)"
        # money borrowed "and don't tell my wife" ("先借我两千，别跟我媳妇说")
        r"|(?:借我|先借)[^。!?\n]{0,20}?(?:别跟|别告诉|先别声张|别声张)", re.S)),
    # a refund or claim that needs the code or the screen
    ("fraud", "pattern:refund_code",
     "验证码 共享屏幕 屏幕共享 会议软件 备用金 借呗 花呗 微粒贷 金条 "
     "按我说的 按我的步骤 按我的指示 按我操作",
     re.compile(
        r"(?:退款|理赔|冻结|客服|赔偿|快递丢)(?=.{0,40}?(?:(?:提供|告诉|发给|发我|报|回复|念|说)"
        r"[^。!?]{0,6}?验证码|共享屏幕|屏幕共享|会议软件|备用金|借呗|花呗|微粒贷|金条))"
        # a subsidy or a fee "refunded" by following the caller in a payment app
        r"|(?:退款|退费|补贴)[^。!?;\n]{0,20}?(?:银联|云闪付|支付宝|微信)[^。!?;\n]{0,4}?"
        r"按我(?:说的|的步骤|的指示)?操作", re.S)),
    # "deposit 10k, withdraw 30k"
    ("fraud", "pattern:deposit_multiplier",
     "能提 可提 提现 万提 千提 百提 十提 元提 块提 "
     "0提 1提 2提 3提 4提 5提 6提 7提 8提 9提 提出来",
     re.compile(
        rf"充(?:值)?{_N}+(?:块|元)?能?提(?:现)?{_N}+"
        rf"|充{_N}+(?:块|元|千|万)进去{_CLAUSE}{{0,12}}?(?:提出来|提现|能提){_N}+")),
    # a farewell next to a way out (intent, not hyperbole)
    ("self_harm", "pattern:farewell",
     "这些年的照顾 谢谢大家这些年 对不起大家 替我照顾 拜托你们了 跳下去",
     re.compile(
        r"(?:这些年的照顾|谢谢?大家这些年|对不起大家|替我照顾|拜托你们了)(?=.{0,60}?"
        r"(?:解脱|再也不回来|不在了|安眠药|跳下去|离开这个))"
        r"|(?:解脱|再也不回来|不在了|安眠药|跳下去).{0,60}?"
        r"(?:这些年的照顾|谢谢?大家这些年|对不起大家|替我照顾|拜托你们了)"
        r"|跳下去.{0,6}?(?:就不痛|就解脱|就什么都不用|一了百了)", re.S)),
    # 品茶 slang: "tea" with a girl's age
    ("porn", "pattern:tea_age",
     "品茶 喝茶",
     re.compile(r"(?:品茶|喝茶)[^。!?]{0,16}?(?:1[6-9]|2[0-5])岁")),
    # drug code words (冰糖 叶子 邮票 蘑菇 糖果) with what they do or how they are sold
    ("drugs", "pattern:drug_code",
     "冰糖 叶子 邮票 蘑菇 糖果 那批糖",
     re.compile(
        r"(?:冰糖|叶子|邮票|蘑菇|那批糖果?)[^。!?;\n]{0,20}?(?:你懂的|懂的上车|效果贼|劲大|劲儿大|劲太大|纯度|飞一|飞起来|飞了|嗨一|嗨翻|"
        r"high|上头|吸了)"
        r"|(?:(?:冰糖|叶子|邮票).{0,8}?(?:冰糖|叶子|邮票|蘑菇|糖果)|(?:蘑菇|糖果).{0,8}?(?:冰糖|叶子|邮票))"
        r".{0,12}?(?:到了|到货|有货|都有|量大|老客户|嗨|high)", re.S)),
    # "约吗" with a price list or a room
    ("porn", "pattern:hookup_offer",
     "约吗 约不约",
     re.compile(r"约(?:吗|不约)[^。!?;\n]{0,20}?(?:全套|酒店等|开房|包夜|快餐|上门)"
                r"|约(?:吗|不约)[?,]?[^。!?;\n]{0,6}?[0-9一二三四五六七八九两百千]+(?:全套|包夜|一次)")),
    # asking for / offering "that kind of" video or site
    ("porn", "pattern:that_kind",
     "那种视频 那种网站 那种片 那种资源 那种小视频 那种小电影 那种网址",
     re.compile(r"那种(?:视频|网站|片|资源|小视频|小电影|网址)[^。!?;\n]{0,15}?(?:自拍|你懂|懂的|发我|私我|分享)"
                r"|(?:谁有|有没有人要|有没有人有|求)[^。!?;\n]{0,4}?那种(?:视频|网站|片|资源|小视频|小电影|网址)")),
    # "I'll kill that scumbag"
    ("violence", "pattern:kill_someone",
     "杀了那 杀了这 弄死那 弄死这 砍死那 砍死这 捅死那 捅死这",
     re.compile(r"(?:杀了|弄死|砍死|捅死)(?:那个|这个)(?:渣男|贱人|畜生|王八蛋|混蛋|狗东西|人渣|小三|"
                r"贱女人|婊子)")),
    # an investment that "guarantees"
    ("fraud", "pattern:guaranteed_investment",
     "投资 挖矿 理财 比特币 虚拟币 usdt 股票 炒股 基金 合约 量化 新币 年化 被套 炒币 币圈 跟着老师",
     re.compile(r"(?:投资|挖矿|理财|比特币|虚拟币|usdt|股票|炒股|基金|合约|量化|新币|年化|被套|炒币|币圈|跟着老师)"
                r".{0,20}?(?:保证你|包回本|一个月回本|一年买房|躺着赚|保证[^。!?;\n]{0,6}?(?:回本|解套|收益|翻倍)|"
                r"(?<!不)(?<!不能)保本(?![吗么嘛?])|(?<!不)稳赚|包赚|翻[0-9一二三四五六七八九十几]+倍)"
                r"|年化[0-9]{3,}%", re.S)),
    # someone's private records to be exposed or handed around
    ("privacy", "pattern:leak_records",
     "聊天记录 病历 身份证 私照 裸照 私密照 住址 手机号 工作单位 私密视频 私房视频",
     re.compile(r"(?:[他她]|这个人|那个人|小三|渣男|那个女的|那个男的)(?:的)?(?:[\u4e00-\u9fff]{1,4}?[和的])?"
                r"(?:私密视频|私房视频)[^。!?;\n]{0,4}?(?:在我这|在我手上|我有)"
                r"|(?:[他她]|这个人|那个人|小三|渣男|那个女的|那个男的)(?:的)?(?:[\u4e00-\u9fff]{1,4}?和)?"
                r"(?:聊天记录|病历|身份证|私照|裸照|私密照|住址|家庭住址|手机号|工作单位)[^。!?;\n]{0,20}?"
                r"(?:曝光|发群里|随便用|公开|挂出来|让大家看|大家看|大家转发|大家认准)"
                r"|(?:曝光|发群里|挂出来)[^。!?;\n]{0,10}?[他她](?:的)?(?:聊天记录|病历|身份证|私照|裸照)")),
    # a pact
    ("self_harm", "pattern:pact",
     "一起结束",
     re.compile(r"一起结束.{0,15}?(?:约|时间|地点)", re.S)),
    # a stake placed on a platform ("在平台下了两千")
    ("gambling", "pattern:platform_stake",
     "平台 台子",
     re.compile(rf"(?:平台|台子)上?(?:下了|押了|投了|输了|赢了){_N}+(?!{_N}*(?:块|元)?的?单)")),
    # a group of people called names
    ("abuse", "pattern:group_slur",
     "来的就是 来的都是 人就是 人都是 人全是",
     re.compile(r"(?:农村|乡下|外地|河南|东北|安徽|四川|湖南|广西|新疆)(?:来的|人)(?:就是|都是|全是)"
                r"(?:没素质|素质低|素质差|骗子|小偷|垃圾|穷鬼|土鳖)")),
    # a person described with insults
    ("abuse", "pattern:insult_person",
     "这个人 这种人 这女的 这男的 这人 看看她 看看他 这个宝妈 这个女人 这个男人 这个老太 这个老头",
     re.compile(r"(?:这个人|这种人|这女的|这男的|这人|看看?她|看看?他|这个宝妈|这个女人|这个男人|这个老太|"
                r"这个老头)[^。!?;\n]{0,15}?(?:又丑又胖|丑八怪|蠢得要死|蠢死了|没脑子|不要脸|"
                r"活该)")),
    # --- fifth round: families met in investment, gaming, exam, workplace, shop and fan talk
    # harm to a person with a time, a resolve or a weapon ("迟早捅他一刀", "去泼他硫酸")
    ("violence", "pattern:harm_person",
     "捅他 捅你 捅她 砍他 砍你 砍她 泼他 泼你 泼她 弄死你 弄死他 弄死她 打断他 打断你 "
     "堵他 堵你 堵她 "
     "烧了他 烧了你 烧了她 砸了他 砸了你 砸了她",
     re.compile(
        r"(?:迟早|早晚|明天|今晚|周[一二三四五六日末]|下周|等着|出来就|我要|我会|一定|非得|就去)"
        rf"{_CLAUSE}{{0,12}}?"
        r"(?:捅|砍|泼|弄死|打断|烧了|砸了|堵(?=[你他她](?!要|签名|合影|拍照)))(?:你|他|她)(?:们)?(?:一刀|几刀|硫酸|汽油|全家|的腿|腿|家|的店)?"
        r"(?!.{0,20}?(?:游戏|这把|这局|排位|上分|吃鸡|王者|开黑|副本|boss|野怪|队友|塔|兵线|打野|中路|上路|下路|"
        r"对面|英雄|技能|装备|大招))", re.S)),
    # a gang called up against someone ("叫了十几个人堵你", "找几个兄弟去…打断")
    ("violence", "pattern:gang_up",
     "找几个 叫几个 叫上 叫了 喊了 喊上 带几个 带上 谁跟我一起去 跟我一起去",
     re.compile(
        rf"(?:找|叫|喊|带)(?:了|上)?(?:几|十几|几十|一帮|一群|{_N}+)个?(?:兄弟|人|哥们)"
        rf"{_CLAUSE}{{0,20}}?(?:堵[你他她]|打[你他她]|砍|揍|收拾[你他她]|打断|废了|见到就打|见一次打一次|"
        r"去[你他她](?:们)?(?:家|公司|单位|店)?(?:里|楼下|门口)?闹)"
        r"|(?:打死|砍死|弄死|揍他|揍她|打他|打她)[^。!?;\n]{0,10}?(?:谁跟我|跟我一起去)", re.S)),
    # a weapon carried to a place where people are ("带把刀去公司")
    ("violence", "pattern:armed",
     "带把刀 带刀 带上刀 带着刀 带把斧头 汽油都买好 炸了 炸掉 放火 纵火 泼油漆",
     re.compile(
        r"(?:带(?:把|上|着)?(?:刀|斧头|砍刀)|汽油都买好)[^。!?;\n]{0,12}?"
        r"(?:找他|找你|找她|公司|学校|单位|年会|谁惹|砍|捅|烧|谁死)"
        r"|汽油都买好.{0,20}?烧"
        r"|(?:去|到)(?:你|他|她)(?:们)?家[^。!?;\n]{0,2}?(?:放火|纵火|泼油漆)"
        r"|(?:我要|我会|我想|明天|迟早)(?:去)?炸(?:了|掉)(?:这个|这栋|那个|你们|他们)?(?:楼|学校|公司|商场|医院|地铁|大楼|你家|他家|她家)",
     re.S)),
    # chasing losses: money lost at a table, a casino or a site, to be won back
    ("gambling", "pattern:chase_losses",
     "赢回来 翻本 回本 输光 输了 开箱 提现 一炮 翻盘 捞回来",
     re.compile(
        # money gone (a salary, savings, tens of thousands) and a plan to win it back
        r"输(?:光|掉|完|了)了?[^。!?;\n]{0,5}?"
        rf"(?:工资|存款|积蓄|彩礼|房租|生活费|学费|房贷|钱|{_N}+(?:万|千|w))"
        r"[\s\S]{0,30}?(?:翻盘|赢回来|捞回来|回本)|"
        rf"(?:输了|输光|亏了){_N}+(?:块|元|千|万|w)[^。!?;\n]{{0,15}}?(?:赢回来|翻本)"
        r"|(?:澳门|赌场|葡京|威尼斯人|金沙|赌桌|台子|梭哈)[^。!?;\n]{0,10}?(?:输了|输光|赢回来|翻本|回本)"
        r"|(?:搏|赌|押)[^。!?;\n]{0,4}?(?:输光|输了)[^。!?;\n]{0,10}?(?:回本|翻本|赢回来)"
        rf"|开箱[^。!?;\n]{{0,12}}?(?:充了{_N}|回本|网站|平台)"
        r"|(?:捕鱼|打鱼|街机|老虎机|棋牌|炸金花)[^。!?;\n]{0,8}?(?:可以提现|能提现|可提现|一元一炮)"
        rf"|(?:捕鱼|打鱼)[^。!?;\n]{{0,10}}?一炮{_N}+(?:块|元|毛)")),
    # a stake on a match ("谁开盘？我押JDG五千")
    ("gambling", "pattern:match_stake",
     "开盘 我押 我压 押了 压了 押注 下注 du球 赌球 主胜 客胜 让球 大小球 盘口 串关 波胆",
     re.compile(
        r"(?:谁|哪里|哪个|哪家|有没有人)开盘"
        r"|^(?=.*?(?:比赛|lpl|kpl|lck|世界杯|欧冠|nba|战队|球赛|决赛|电竞))"
        rf".*?(?:押|压|下注)(?:了)?[a-z\u4e00-\u9fff]{{1,8}}?(?:赢|胜|输)?{_N}+"
        r"(?:块|元|千|万|k|w)"
        rf"|(?:买|押|压)(?:了)?{_N}+(?:块|元|千|万|w)?(?:的)?(?:主胜|客胜|让球|大球|小球|大小球)"
        r"|(?:哪个|哪家|哪里的?)盘口"
        r"|(?:押|压|买|下)(?:了|注)?(?:大小球|让球|主胜|客胜|串关|波胆)", re.S)),
    # leaders' nicknames with a public act; calls to overthrow or resist; rallies
    ("politics", "pattern:agitation",
     "拉横幅 统一穿 一起穿 包子 维尼 庆丰 推翻 打倒 反抗 造反 起义 翻墙 墙外 罢工 罢课 罢市 罢运 "
     "静坐 游行 上街 六月 集会 讨说法 下台 必亡 坦克 抗议 示威 请愿 举牌",
     re.compile(
        r"(?:那个|习)包子(?:又)?(?:出来)?(?:讲话|说话|发话|训话|视察|连任)"
        r"|(?:包子|维尼|庆丰)帝"
        r"|天安门[^。!?;\n]{0,8}?坦克|坦克[^。!?;\n]{0,8}?天安门"
        r"|(?:民主|自由|独裁|暴政)[^。!?;\n]{0,15}?(?:周[一二三四五六日末]|明天|今晚)(?:去)?"
        r"(?:上街|游行|静坐|集会)"
        r"|(?:习近平|总书记|共产党|中共|gcd|共匪|独裁者|维尼熊?|庆丰|习包子|刁近平|xjp)"
        r"[^。!?;\n]{0,3}?(?:下台|必亡|滚蛋|去死)"
        r"|(?:都|一起|大家|集体)(?:去)?(?:拉横幅|举牌|静坐|示威|抗议)[^。!?;\n]{0,4}?(?:去|到)?"
        r"(?:市|区|县|省)?(?:政府|市委|省委|信访局|教育局|住建局|区委|县委|大使馆|领事馆)"
        r"|(?:去|到)[^。!?;\n]{0,6}?(?:政府|市委|省委|信访局|住建局|大使馆|领事馆)(?:门口|前|外面?)?"
        r"(?:抗议|示威|游行|静坐|拉横幅|请愿)"
        r"|(?:要求|让|逼)领导人下台|领导人(?:赶紧|早该|快|滚)下台"
        r"|推翻(?:它|他们|这个|政权|体制|政府|共产党|gcd|专制|独裁|中共|暴君|暴政|独裁者)"
        r"|打倒(?:政权|体制|政府|共产党|gcd|专制|独裁|中共|暴君|暴政|独裁者)"
        r"|(?:体制|政权|政府|zf|共产党|gcd|中共|当官的)[^。!?;\n]{0,20}?(?:推翻|造反|起义|不反抗|起来反抗)"
        r"|(?:翻墙|墙外)[^。!?;\n]{0,12}?(?:真相|洗脑)"
        r"|(?:全国|全体|所有|工厂|学生们?|工人们?|同学们?|大家|各地)[^。!?;\n]{0,10}?"
        r"(?:一起|都|统一|同时|明天|今晚|周[一二三四五六日])(?:去)?(?:罢工|罢课|罢市|罢运|上街|静坐|集会)"
        r"|(?:站出来|上街|静坐|罢工)[^。!?;\n]{0,20}?(?:纪念|让上面|让政府|看我们的力量)"
        r"|纪念[^。!?;\n]{0,6}?(?:六月的事|六月那件事|八九|那年的事)"
        r"|(?:政府|市委|信访局|教育局|区委|县委)[^。!?;\n]{0,6}?(?:拉横幅|静坐|聚集|讨说法)"
        r"[^。!?;\n]{0,10}?(?:大家|都来|一起|集合)"
        r"|(?:一起|都|大家)去?(?:市|区|县)?(?:政府|市委|信访局|教育局|区委|县委)[^。!?;\n]{0,6}?"
        r"(?:拉横幅|静坐|聚集|讨说法)"
        r"|(?:统一|一起)(?:穿|戴|举)[^。!?;\n]{0,8}?(?:去|到)[^。!?;\n]{0,4}?"
        r"(?:广场|政府|市委)", re.S)),
    # personal records dug up and posted ("人肉出来了，学号…宿舍…", an ID number)
    ("privacy", "pattern:dug_up",
     "人肉 扒到 扒出 开盒 查到了 身份证 在哪上班 住哪 通讯录 发出来 挂出来 就能查 可以查 能查到 "
     "拍到 偷拍 曝光 挂出 家长 学生的 学生电话 业主 车主 客户的 客户电话 客户资料 客户信息 股民 "
     "宝妈 "
     "患者",
     re.compile(
        r"(?:人肉|扒到|扒出|开盒|查到了)[^。!?;\n]{0,40}?"
        r"(?:学号|身份证|宿舍|家住|住在|单位|地址|(?<![0-9])1[3-9][0-9]{9}(?![0-9]))"
        # an anonymous member unmasked: "我查到了，真名…"
        r"|查到了[^。!?;\n]{0,2}?(?:真名|真实姓名)"
        r"|身份证(?:号)?[^0-9]{0,3}[0-9]{17}[0-9x]"
        r"|(?:在哪上班|住哪|住在哪|家在哪|家地址|电话)[^。!?;\n]{0,4}?(?:我)?都?查到了"
        r"|通讯录[^。!?;\n]{0,10}?[\u4e00-\u9fff]{2,3}[^0-9]{0,2}(?<![0-9])1[3-9][0-9]{9}"
        r"|(?:家地址|住址|家庭住址)[^。!?;\n]{0,6}?(?:都)?(?:发出来|挂出来|公开|曝光)"
        r"|(?:手机号|姓名|名字|身份证号|车牌号?)[^。!?;\n]{0,6}?(?:就能|就可以|能|可以)查(?:到|出)"
        r"(?:住址|开房|身份|行踪|位置|户籍|地址|家在哪)"
        r"|(?:拍到|偷拍)(?:了)?[他她][^。!?;\n]{0,12}?(?:进酒店|去酒店|开房|进宾馆)[^。!?;\n]{0,10}?"
        r"(?:发群里|曝光|挂出来)"
        r"|(?:曝光|挂出)[^。!?;\n]{0,8}?(?:老赖|这个人|骗子|渣男|小三)[^。!?;\n]{0,10}?"
        r"(?:身份证|电话|手机号|住址|地址)(?:和|如下|是|:)"
        r"|(?:买|收(?![集到藏拾获])|出售|卖)(?:一批)?[^。!?;\n]{0,6}?(?:家长|学生|业主|车主|客户|股民|宝妈|患者)(?:的)?"
        r"(?:电话|手机号|信息|资料|名单)", re.S)),
    # an address posted with a call to go there
    ("privacy", "pattern:address_call",
     "地址 家住 住址 住在",
     re.compile(
        r"(?:地址|家住|住址|住在)[^。!?;\n]{0,25}?[0-9]+(?:号|栋|单元|室|号楼)"
        r"[^。!?;\n]{0,30}?(?:大家(?:都|一起)?去|一起去|都去|寄点东西|骚扰|堵他|堵她|"
        r"上门(?:找|闹|堵))(?![^。!?;\n]{0,8}?(?:玩|吃饭|聚|做客|拜年|帮忙))")),
    # fans or members sent at someone ("大家去打爆他电话", "让她天天被骚扰")
    ("abuse", "pattern:pile_on",
     "骂死 网暴 冲了 冲他 冲她 轰炸 被骚扰 被网暴 被骂",
     re.compile(
        r"(?:大家|一起|姐妹们|兄弟们|集美们|都)[^。!?;\n]{0,6}?(?:去)?"
        r"(?:骂死|网暴|冲了|冲|轰炸)(?:他|她)(?!的?(?:新|榜|数据|销量|作品|歌|专辑|超话|直播|视频|店))"
        r"|让(?:他|她)[^。!?;\n]{0,4}?被(?:骚扰|网暴|人肉|电话轰炸)")),
    # self-harm: pills hoarded, a last goodbye, "how to die", incitement
    ("self_harm", "pattern:intent",
     "死得快 死得最快 死不痛苦 死得不痛苦 死得没 死得轻松 "
     "不回来了 分给你们 送给你们 留给你们 不在了 已经走了 我走了 攒够 "
     "攒了 攒齐 结束吧 告个别 告别 怎么死 去死 楼顶 "
     "跳下去 跳了 跳进去 找条河 找条江 吃多少 一次全吃 一次都吃 一口气吃 一口气全吃 一口气都吃 "
     "天台 桥上 江边 想消失",
     re.compile(
        r"(?:想|打算|准备|干脆|不如)[^。!?;\n]{0,10}?(?:楼|天台|楼顶|河|江|桥|湖)[^。!?;\n]{0,4}?"
        r"跳(?:下去|了|进去)(?![^。!?;\n]{0,3}?(?:舞|绳|水|操))"
        r"|(?:今晚|今天|明天|马上|现在|这就)就?(?:去|要)?从[^。!?;\n]{0,14}?(?:楼|天台|楼顶|河|江|桥|湖|阳台|窗)"
        r"[^。!?;\n]{0,4}?跳(?:下去|进去)(?![^。!?;\n]{0,3}?(?:舞|绳|水|操|游|蹦|玩))"
        r"|吃多少(?:片|粒|颗|盒|瓶)[^。!?;\n]{0,10}?(?:(?<!不)会死|能死|致死|才死|才会死|睡过去|不醒|没有?痛苦|不痛苦)"
        r"|找条(?:河|江)跳"
        r"|药[^。!?;\n]{0,12}?(?<!别)(?<!不要)(?<!不能)(?<!不可)(?<!千万别)(?:一次|一口气)(?:全|都)?吃(?:了|下去|掉|光)"
        r"|(?:天台|楼顶|桥上|江边|河边)上?[^。!?;\n]{0,4}?不想(?:下去|下来|回去)了"
        r"|(?:撑不下去|活不下去|不想活)[^。!?;\n]{0,10}?想消失"
        r"|想消失[^。!?;\n]{0,6}?(?:别找我|不要找我)|"
        rf"(?:药|安眠药)[^。!?;\n]{{0,4}}?攒(?:够|齐|了{_N}+(?:个月|天|周|瓶|盒|片|粒))"
        r"(?![^。!?;\n]{0,4}?(?:疗程|按时|吃完))|"
        r"攒够[^。!?;\n]{0,3}?(?:药|安眠药)"
        r"|(?:撑不下去|活不下去|不想活|没脸活|攒够)[^。!?;\n]{0,15}?(?:今晚|今天|明天)?就?结束吧"
        r"|(?:没脸活|不想活|活不下去|撑不下去|活着没意思)[^。!?;\n]{0,15}?(?:告个别|告别|永别|最后一次)"
        r"|去死[^。!?;\n]{0,10}?(?:楼顶|跳楼|天台|河在|绳子)"
        r"|(?:如果|要是)[^。!?;\n]{0,10}?(?:没回|没上线|联系不上|没消息)[^。!?;\n]{0,10}?"
        r"(?:我不在了|我已经走了|就是我走了)"
        r"|(?:哪种|什么|怎样|怎么)(?:样的)?(?:方式|方法|办法)?死(?:得快|得最快|不痛苦|没痛苦|得不痛苦|"
        r"得没痛苦|得没有痛苦|得轻松)"
        r"|(?:江边|河边|楼顶|天台|桥上)[^。!?;\n]{0,8}?(?:不回来了|再也不回)"
        r"(?![^。!?;\n]{0,10}?(?:住|玩|酒店|民宿|露营|旅游|钓鱼|烧烤))"
        r"|(?:东西|遗物|存款|积蓄|猫|狗)[^。!?;\n]{0,6}?(?:分给|送给|留给)你们[^。!?;\n]{0,15}?"
        r"(?:不用找我|别找我|再见|永别|照顾好)", re.S)),
    # porn: hotel cards, a streamer stripping, "yp" prices
    ("porn", "pattern:offer",
     "小卡片 脱衣 脱光 yp 可脱 能脱 空虚寂寞 新到 新来",
     re.compile(
        r"(?:酒店|宾馆)[^。!?;\n]{0,8}?小卡片[^。!?;\n]{0,10}?(?:电话|打过|服务|叫过|上门|多少钱)"
        r"|主播[^。!?;\n]{0,8}?(?:脱衣|脱光)"
        r"|(?:一对一|视频聊天|裸聊|视频)[^。!?;\n]{0,8}?(?:(?:可脱|能脱)(?![产水卸离敏毛])|脱给你看)"
        r"|空虚寂寞[^。!?;\n]{0,6}?(?:私聊|私我|加我|约)"
        r"|(?:会所|足浴|按摩|spa|水疗)[^。!?;\n]{0,8}?(?:新到|新来)[^。!?;\n]{0,8}?(?:妹子|学生妹|嫩模)"
        r"|(?<![a-z])yp(?![a-z])[^。!?;\n]{0,6}?(?:一次|多少钱|包夜|哪里有)")),
    # drugs at a party ("搞点k，派对要用", "带了点粉…一起嗨")
    ("drugs", "pattern:party_drugs",
     "派对 包厢 嗨 蹦迪 纯度 合法 出冰 有冰 卖冰 咳嗽药水 止咳水 溜的 飞的 冰和 和k k和 冰跟 "
     "吸了 吸一口 缅甸 金三角",
     re.compile(
        r"(?:搞点|弄点|整点|来点|带了?点|有点|渠道)(?:k|粉|冰|叶子|货)(?![a-z歌的色底丝条饮水块淇棍镇啤红可])"
        r"[^。!?;\n]{0,15}?(?:派对|包厢|一起嗨|嗨|high|蹦迪|飞)"
        r"|(?:这批|那批|上批)(?:冰|粉|k|叶子)[^。!?;\n]{0,4}?纯度"
        r"|(?:有没有|谁)[^。!?;\n]{0,2}?(?:溜|飞)的[^。!?;\n]{0,6}?(?:今晚|一起|组局|老地方|找我)"
        r"|(?:冰|k|叶子|邮票)(?:和|跟)(?:冰|k|叶子|邮票|糖果|蘑菇)[^。!?;\n]{0,6}?(?:都有|到货|有货)"
        r"|吸(?:了)?(?:一口|几口|一点)[^。!?;\n]{0,6}?(?:上头|飘|high|飞起来)[^。!?;\n]{0,8}?(?:比烟|爽)"
        r"|(?:缅甸|金三角)[^。!?;\n]{0,8}?货[^。!?;\n]{0,8}?纯(?:的|度|货)"
        r"|(?:咳嗽药水|止咳水|止咳糖浆)[^。!?;\n]{0,8}?(?:飘|high|嗨|上头|飞)"
        r"|(?:有没有人|谁|哪里|求|^|(?<=[,.!?;\s]))(?:出|有|卖)冰(?![a-z的色底丝条饮水块淇棍镇啤红可箱柜沙糖激鞋场雹棒壶了])"
        r"|(?:大麻|dama|da ma|叶子)[^。!?;\n]{0,8}?合法[^。!?;\n]{0,10}?"
        r"(?:带点|带回|买点|抽|搞点)", re.S)),
    # fraud: a one-time code or a password asked for; prize needing a fee; shop deposits
    ("fraud", "pattern:code_or_fee",
     "验证码 密码发 密码私发 密码告诉 运费 手续费 保证金 代开 个群 空投 解锁 才能退款 才能解冻 "
     "才能提现 才能收款 才能到账 "
     "鉴定费 评估费 上拍费 包装费 改签 退票 航班取消 替考 代考 包过 保过 押金 会员费 入会费 "
     "套现 在国外 出国 出事了 住院了 先充值 需要充值 先交 先缴 需要交 要交 需交 缴纳 借你 借我 "
     "中奖 抽中 六位数 那串数字 短信码 动态码 体验会 保健品 定金 "
     "被抓了 车祸",
     re.compile(
        r"(?:发你的|收到的|给你发的|填错)[^。!?;\n]{0,6}?(?:六位数|那串数字|短信码|动态码)"
        r"[^。!?;\n]{0,12}?(?:发我|发给我|截个?图|告诉我)"
        r"|(?:体验会|保健品|讲座)[^。!?;\n]{0,12}?(?:交|缴)[^。!?;\n]{0,6}?(?:押金|定金)"
        r"|(?:押金|定金)[^。!?;\n]{0,12}?全(?:额)?退(?:还)?[^。!?;\n]{0,6}?(?:还送|送|返)"
        r"|(?:你|把|刚收到|收到的)[^。!?;\n]{0,10}?验证码[^。!?;\n]{0,3}?"
        r"(?:发我|发给我|告诉我|截图给我|报给我)(?!手机|邮箱|短信)"
        r"|(?:账号|卡号)[^。!?;\n]{0,4}?密码[^。!?;\n]{0,4}?(?:发我|发给我|私发|告诉我)"
        r"|(?:抽中|中奖|幸运)[^。!?;\n]{0,30}?(?:先付|只需付|付|先交|交|缴纳|支付|承担)[^。!?;\n]{0,6}?"
        r"(?:运费|手续费|税)"
        r"|借(?:你的|我)?(?:银行卡|卡|身份证|支付宝)[^。!?;\n]{0,6}?(?:用一下|用几天)[^。!?;\n]{0,6}?"
        r"(?:给你|报酬|佣金|一天)"
        r"|(?:店铺|平台)[^。!?;\n]{0,20}?保证金[^。!?;\n]{0,12}?(?:先交|要交|需交|得交|才能|开通|解冻|缴纳)"
        r"|(?:店铺|平台)[^。!?;\n]{0,20}?(?:没开通|未开通|冻结)[^。!?;\n]{0,6}?保证金"
        r"|代开[^。!?;\n]{0,6}?发票"
        r"|空投[^。!?;\n]{0,15}?(?:钱包|授权|助记词)"
        r"|(?:开通|缴纳|交|充值)[^。!?;\n]{0,8}?(?:才能|解锁)(?:退款|解冻|提现|收款|到账)"
        r"|提现[^。!?;\n]{0,6}?(?:需要|要先|得先|先)(?:充值|交|缴)"
        r"|(?:先交|需交|要交|收)(?:鉴定费|评估费|上拍费|包装费)"
        r"|(?:改签|退票|航班取消)[^。!?;\n]{0,20}?(?:链接|银行卡|验证码|加客服|私下处理|私聊)"
        r"|(?:兼职|打字员|点赞|手工活|在家做|宝妈)[^。!?;\n]{0,20}?"
        rf"(?:先交|要交|需交|需要交|缴纳|先付|(?:押金|会员费|入会费){_N}+(?:元|块))"
        r"|(?:医保卡|社保卡|公积金)[^。!?;\n]{0,10}?套现"
        r"|(?:房东|卖家|车主|本人)(?:人)?(?:在国外|出国了?)[^。!?;\n]{0,20}?"
        r"(?:(?:打到|转到|汇到)(?:这个|我的)?(?:账户|卡|账号)|先(?:付|转|打)|转我)"
        r"|(?:孩子|儿子|女儿|你爸|你妈|家人|老公|老婆)[^。!?;\n]{0,10}?(?:出事了|住院了|被抓了|车祸)"
        r"[^。!?;\n]{0,15}?(?:转|打|汇)[^。!?;\n]{0,6}?(?:万|千|钱|卡|账户)"
        r"|(?:替考|代考|包过|保过)[^。!?;\n]{0,10}?(?:保证过|包过|不过退|全额退|不过全退)"
        rf"|转发(?:到)?{_N}+个群[^。!?;\n]{{0,6}}?(?:即可领|就能领|就送|领取|免费)", re.S)),
    # --- seventh round (2026.12.7): families met in wedding, homeowner, driver, fishing, gym,
    # overseas-student, hometown and livestream groups (the view collapses hanzi repeats, so
    # 小姐姐 is written 小姐, 时时彩 时彩, 妹妹 妹)
    # lying in wait with a weapon: where/when + 等/堵/蹲 him + a knife ("带刀鱼" is a fish)
    ("violence", "pattern:lie_in_wait",
     "带刀 带把刀 带着刀 带上刀 带好刀 带斧头 带砍刀 带钢管 带家伙 带好家伙 带棍子",
     re.compile(
        r"(?:等|堵|蹲)着?(?:你|他|她)(?:们)?[^。!?;\n]{0,8}?"
        r"带(?:把|上|着|好)?(?:刀|斧头|砍刀|钢管|家伙|棍子)(?![鱼叉具片])(?![^。!?;\\n]{0,6}?(?:切|削|水果|西瓜|蛋糕|菜|肉))"
        r"|带(?:把|上|着|好)?(?:刀|斧头|砍刀|钢管|家伙|棍子)(?![鱼叉具片])(?![^。!?;\\n]{0,6}?(?:切|削|水果|西瓜|蛋糕|菜|肉))"
        r"[^。!?;\n]{0,10}?(?:等|堵|蹲|找)着?(?:你|他|她)")),
    # wishing death on someone or their family ("就该拉出去枪毙", "全家死光")
    ("violence", "pattern:death_wish",
     "枪毙 毙了 千刀万剐 五马分尸 全家",
     re.compile(
        r"(?:就该|应该|该|早该)(?:被)?(?:拉出去)?(?:枪毙|毙了|千刀万剐|五马分尸)"
        r"|拉出去(?:枪毙|毙了)"
        r"|全家(?:都|人)?(?:别活|都得死|一个都别想活)")),
    # violence for hire ("找人打架，一人两百")
    ("violence", "pattern:hired_violence",
     "打架 打人 砍人 教训人 讨债 平事 出气",
     re.compile(
        r"(?:找人|帮人|替人|代人?|专业)(?:打架|打人|砍人|教训人?|讨债|出气|平事)"
        r"(?![^。!?;\n]{0,3}?(?:违法|犯法|犯罪))[^。!?;\n]{0,20}?"
        rf"(?:一人|每人|{_N}+(?:块|元|百|千|一个)|出场费|价格|价钱|需要的|找我|私聊|私我)"
        r"(?![^。!?;\n]{0,8}?(?:违法|犯法|坐牢|被抓|报警))")),
    # controlled weapons offered ("弓弩…射程", "气枪出", "仿真枪…私聊")
    ("violence", "pattern:weapon_sale",
     "弓弩 弩箭 仿真枪 气枪 钢珠枪 钢珠弩 猎枪 火药枪 枪支 管制刀具 军刺 电击器 甩棍",
     re.compile(
        r"(?:弓弩|弩箭|仿真枪|(?<![打充吹])气枪|钢珠枪|钢珠弩|猎枪|火药枪|枪支|管制刀具|军刺|电击器|甩棍)"
        r"[^。!?;\n]{0,16}?(?:出售|都有|包过安检|出(?=[,.!?;、\s]|$)|卖|有货|现货|包邮|专用|射程|威力|打穿|私聊|私我|"
        r"看我头像|价格)")),
    # leaders' nicknames with contempt ("包子又出来丢人", "维尼…也配当领导人")
    ("politics", "pattern:leader_nickname",
     "维尼 包子 庆丰 xjp 刁近平 习禁评 总加速师",
     re.compile(
        r"(?:维尼熊?|包子|庆丰|xjp|刁近平|习禁评|总加速师)(?:又(?:出来|跑出来|在)[^。!?;\n]{0,4}?"
        r"(?:丢人|丢脸)|[^。!?;\n]{0,12}?(?:也配|配当|领导人|独裁|当皇帝|称帝|连任|祸国|殃民))")),
    # censored events: "新疆的事外网都曝光了", "国内全删了，快转发"
    ("politics", "pattern:censored_event",
     "外网 墙外 全删 删光 删干净",
     re.compile(
        r"(?:新疆|西藏|藏区|香港|六四|天安门|集中营)[^。!?;\n]{0,8}?(?:外网|墙外)[^。!?;\n]{0,8}?"
        r"(?:曝光|真相|都有|报道)"
        r"|(?:国内|墙内)(?:全|都)?(?:删了|删光|删干净|全删)[\s\S]{0,12}?"
        r"(?:转发|扩散|传出去|保存)", re.S)),
    # a passport number posted about someone ("他的护照号码E…")
    ("privacy", "pattern:passport",
     "护照",
     re.compile(r"(?<!我)(?<!我的)护照(?:号码?|号)(?:是|为)?[:]?\s*(?<![a-z])[a-z]{1,2}[0-9]{7,8}(?![0-9])")),
    # personal records for sale ("面单数据一毛一条", "家长信息出售")
    ("privacy", "pattern:data_sale",
     "面单 快递单 个人信息 公民信息 客户资料 客户信息 业主信息 家长信息 学生信息 车主信息 "
     "开房记录 户籍信息 手机号 手机号码 股民",
     re.compile(
        r"(?:面单|快递单|个人信息|公民信息|客户资料|客户信息|业主信息|家长信息|学生信息|车主信息|股民信息|"
        r"手机号码?|开房记录|户籍信息)(?:数据|资料|名单)?[^。!?;\n]{0,8}?"
        r"(?:出售|打包卖|低价卖|批量卖|出(?=[,.!?;\s]|$)|"
        rf"{_N}+(?:毛|分|块|元)(?:钱)?一条|量大从优)"
        r"(?![^。!?;\n]{0,8}?(?:违法|犯法|犯罪|判刑|被抓|报警))")),
    # self-harm: going to join the dead, can't endure any more ("不想再熬了，去陪他们")
    ("self_harm", "pattern:join_the_dead",
     "去陪 不想再熬 熬不下去 不想再撑 撑不下去",
     re.compile(
        r"(?:走了|去世|不在了|过世|离开了|没了)[\s\S]{0,30}?(?:今晚|今天|这就|马上|也)就?去陪"
        r"(?:他们|他|她)(?!玩|吃|逛|过|旅|住|聊|几天)"
        r"|(?:不想再熬|熬不下去|不想再撑|撑不下去)[^。!?;\n]{0,3}?[\s\S]{0,15}?"
        r"(?:去陪(?:他们|他|她|爸妈)(?!玩|吃|逛|过|旅|住|聊)|解脱|一了百了|离开这个世界)", re.S)),
    # self-harm: following someone's suicide (听说群里那个老哥自杀了，…我也想 · 偶像都走了，
    # 追随他去 · 新闻说有个学生跳河了，下一个就是我: stop 43's reviews, which passed before)
    ("self_harm", "pattern:follow_the_dead",
     "我也想 我也要 我也该 我也快 追随 一样 下一个 轮到我 也想去陪 也该去陪",
     re.compile(
        r"(?:自杀|跳楼|跳河|跳江|跳海|轻生|割腕|烧炭|上吊)[\s\S]{0,33}?"
        # (the wish ends its clause or names the going: 我也想 · 我也该走了 — not 我也要提醒大家 ·
        # 我也快下班了 · 我也想好好活下去 · 轮到我值班了: a review of the first version)
        r"(?:我也(?:想|要|该|快)(?:走|去|死|跳|解脱|了结|跟|随|陪)?(?:了|吧|啊)?(?=[,.!?;~。…]|$)"
        r"|我也(?:想|要|该|快)(?:走|去死|跳|解脱|了结|跟着|随他|随她|陪他|陪她)|追随"
        r"|(?:跟|像|和)(?:他|她|他们|她们)一样(?:走|去|死|解脱|了结)"
        r"|下一个(?:就)?是我|轮到我了?(?=[,.!?;~。…]|$)|也(?:想|该)去陪)"
        r"|(?<![不别])(?:想|要)(?:跟|像|和)(?:他|她|他们|她们)一样"
        r"(?:自杀|跳楼|跳河|跳江|跳海|轻生|割腕|烧炭|上吊)", re.S)),
    # self-harm: cutting ("手腕上又多了几道", "疼的时候才觉得活着", "拿刀划自己")
    ("self_harm", "pattern:cutting",
     "手腕 胳膊 手臂 大腿 才觉得 才感觉 才知道 划自己 割自己 划手腕",
     re.compile(
        r"(?:手腕|胳膊|手臂|大腿)上?又?(?:多了|划了|割了)[^。!?;\n]{0,2}?(?:几|一|两|三|好几)道"
        r"(?![^。!?;\n]{0,8}?(?:猫|狗|抓|划痕|刮|纸|被))"
        r"|疼(?:的时候)?才(?:觉得|感觉|知道)(?:自己)?(?:还)?活着"
        r"|(?:拿|用)(?:刀|刀片|美工刀|小刀)(?:划|割)(?:自己|手腕|手臂|胳膊)"
        r"|(?:划|割)(?:自己|手腕)(?:才|就)(?:舒服|好受|平静)")),
    # drugs: 冰 / K仔 with delivery or "in the know", spiked drinks, "那批白的", craving
    ("drugs", "pattern:drug_delivery",
     "有冰 出冰 卖冰 到冰 来点冰 搞点冰 k仔 加料 加了料 听话水 失忆水 催情水 蒙汗药 贴舌头 舌下 "
     "飞了 飞一 嗨了 嗨一 那批 这批 上批 戒不掉 戒不了",
     re.compile(
        r"(?:有|出|卖|到了?|来点|搞点)冰(?![箱柜淇棍镇块啤红可沙糖激鞋场雹棒山川雪美粉皮水饮凉茶])"
        r"[^。!?;\n]{0,6}?(?:纯度|同城|闪送|懂的|送货|包送|到付|一克|克|老地方|货好)"
        r"|^还?有冰(?:吗|么|没|不)[?]*$"
        r"|k仔[^。!?;\n]{0,10}?(?:有需要|需要的|要的|有货|到货|私|滴|头像|主页|一包|克|嗨|飞)"
        r"|(?:有|要|卖|出|来点|搞点|整点)k仔"
        r"|(?:加料|加了料|听话水|失忆水|催情水|蒙汗药)[^。!?;\n]{0,12}?(?:睡得沉|睡死|没知觉|断片|"
        r"不省人事|一包|一瓶|懂吧|懂的|无色无味)"
        r"|邮票[^。!?;\n]{0,20}?(?:贴舌头|舌下|致幻)"
        r"|(?:那个|这个|上次的?|那种)(?:糖|药丸|丸子|小药片)[^。!?;\n]{0,6}?(?:飞了|飞一|嗨了|嗨一|high了)"
        r"|(?:这批|那批|上批)(?:白的|白粉|冰(?![箱柜块])|粉(?![丝底饼条])|k|叶子)[^。!?;\n]{0,4}?"
        r"(?:被查|被抄|被端|出事|纯度|劲大)"
        r"|嗨了[\s\S]{0,24}?(?:粉|冰|叶子|k)(?:的)?劲儿?(?:太|真|好|很|有点)?大"
        r"|(?:戒不掉|戒不了)(?![^。!?;\n]{0,2}烟)[^烟。!?;\n]{0,3}?[^烟。!?\n]{0,10}?不吸(?!烟)"
        r"[^。!?;\n]{0,4}?(?:难受|受不了|发抖)", re.S)),
    # gambling: lottery "plans" to follow ("彩票…包中计划，跟单")
    ("gambling", "pattern:lottery_plan",
     "彩票 时彩 pk10 飞艇 快三 六合彩 双色球 大乐透 北京赛车",
     re.compile(
        r"(?:彩票|时彩|pk10|飞艇|快三|六合彩|双色球|大乐透|北京赛车)[^。!?;\n]{0,20}?"
        r"(?:计划|跟单|包中|必中|内部数据|内部资料|稳赚|导师)")),
    # porn: explicit streams and chat ("直播间尺度大", "寂寞…陪聊"), bathhouse "全套",
    # "约吗？附近的"
    ("porn", "pattern:explicit_offer",
     "尺度 陪聊 全套 半套 特殊服务 活儿不错 活不错 活好 约吗 约么 约不约",
     re.compile(
        r"(?:直播间?|主播|陪聊|裸聊|小姐)[^。!?;\n]{0,6}?尺度(?:大|很大|超大|无上限)"
        r"|尺度(?:大|很大|超大)的?(?:直播|陪聊|小姐)"
        r"|(?:寂寞|空虚|小姐|妹)[^。!?;\n]{0,8}?(?:在线)?陪聊"
        r"|陪聊[^。!?;\n]{0,8}?(?:尺度|可脱|看样|福利)"
        r"|(?:洗浴|足浴|按摩|会所|桑拿|洗脚城|spa)[^。\n]{0,20}?(?:有全套(?![的设用洗护])|半套|特殊服务|"
        r"大保健)"
        r"|(?:妹子|小姐|姑娘|那个女的)[^。!?;\n]{0,6}?活儿?(?:不错|真好|很好|一流)"
        r"|约(?:吗|么|不约)[?,]?附近的?(?=[,.!?\s]|$|妹|小姐|美女|帅哥|寂寞|单身)"
        r"|附近的?(?:妹子|小姐|美女|寂寞|单身)[^。!?;\n]{0,4}?约(?:吗|么|不)", re.S)),
    # fraud: stock "teachers" and their VIP groups, task scams, pig butchering
    ("fraud", "pattern:stock_teacher",
     "老师 涨停 牛股 荐股 带单 加助理 vip群 内部群",
     re.compile(
        r"(?:跟着|跟)[^。!?;\n]{0,4}?老师[^。!?;\n]{0,12}?(?:做短线|抓涨停|吃了?[^。!?;\n]{0,4}?涨停|"
        r"牛股)"
        r"|(?:涨停|牛股|荐股|短线|带单)[\s\S]{0,40}?"
        r"(?:vip群|内部群|加助理|助理微信|找助理)", re.S)),
    ("fraud", "pattern:task_scam",
     "领任务 垫资 垫付 冲榜 打榜 刷榜",
     re.compile(
        r"(?:扣1|回复1|私我|加我|滴我)[^。!?;\n]{0,3}?领任务"
        rf"|垫(?:资|付){_N}+[^。!?;\n]{{0,3}}?返{_N}+"
        r"|(?:冲榜|打榜|刷榜|冲个榜)[^。!?;\n]{0,10}?(?:垫资|垫付)")),
    ("fraud", "pattern:pig_butchering",
     "这条鱼 这头猪 这只猪 肥猪 收网 感情到位 感情到了 养猪",
     re.compile(
        r"(?:这条鱼|这头猪|这只猪|肥猪|养的猪|养的鱼)[\s\S]{0,30}?(?:进平台|上平台|收网|可以杀|该杀|宰了|充值)"
        r"|感情(?:到位|到了)[\s\S]{0,20}?(?:进平台|上平台|收网|上分|充值)", re.S)),
    # abuse aimed at a person: "你是残废吗", "是瞎了吧", "长那样也好意思", "一坨屎", "早点进棺材"
    ("abuse", "pattern:insult_you",
     "残废 瞎子 聋子 傻子 白痴 弱智 智障 脑残 废物 神经病 瞎了 也好意思 还好意思 一坨 滚出 进棺材 "
     "入土 什么玩意 你妈的 老东西",
     re.compile(
        r"你是(?:不是)?(?:残废|瞎子|聋子|傻子|白痴|弱智|智障|脑残|废物|神经病)"
        r"|(?:是|眼)瞎了(?:吧|吗|眼)|瞎了(?:你的)?狗眼"
        r"|长(?:成)?(?:那样|这样|这副样子|这德行|那德行)[^。!?;\n]{0,3}?(?:也好意思|还好意思|还敢|也配)"
        r"|(?:就是|简直是|像)一坨(?:屎|狗屎|垃圾|翔)"
        r"|滚出(?:这个|我们|本)(?:组|群|公司|部门|班|小区|项目)"
        r"|(?:早点|赶紧|早日|怎么还不|快点)(?:进棺材|入土)"
        r"|你(?:最|真|太|好|也太)(?:装|能装|恶心|贱|作|虚伪)[^。!?;\n]{0,6}?(?:什么玩意|什么东西)"
        r"|(?:^|[,.!?])你妈的(?=[,.!?])"
        r"|老东西[^。!?;\n]{0,10}?(?:倚老卖老|进棺材|去死|滚)")),
    # eighth round (2026.12.8): families from holdouts 9/10, in our own words in the tests
    # at the water or the roof's edge, with no way back ("我在江边了，别劝我")
    ("self_harm", "pattern:brink",
     "江边 河边 海边 湖边 楼顶 天台 顶楼 桥上 别劝我",
     re.compile(
        r"(?:江边|河边|海边|湖边|楼顶|天台|顶楼|桥上)[^。!?;\n]{0,24}?"
        r"(?:别劝我|不要劝我|一直走进去|走进水里|没那么可怕|不可怕了|跳下去)"
        r"|别劝我[^。!?;\n]{0,16}?(?:江边|河边|海边|湖边|楼顶|天台|顶楼|桥上)")),
    # cutting as a habit ("刀片藏好了，今天又划了")
    ("self_harm", "pattern:cutting",
     "刀片 美工刀 小刀 又划",
     re.compile(
        r"(?:刀片|美工刀|小刀)[^。!?;\n]{0,20}?(?:又划|划手腕|划了好几|划自己)"
        r"|又划[^。!?;\n]{0,10}?(?:刀片|美工刀|小刀)", re.S)),
    # a tipster's winning streak on picks ("跟单的扣1，昨天连红五场", "计划连红八把")
    ("gambling", "pattern:tip_streak",
     "连红",
     re.compile(rf"连红{_N}+(?:场|把|单|期|串|局)")),
    # 菠菜 (博彩) won or lost on
    ("gambling", "pattern:spinach_stake",
     "菠菜",
     re.compile(r"菠菜[^。!?;\n]{0,3}?(?:赢了|输了|上岸|回血|充了|下注|提现)")),
    # all in on a match ("主队让一球半，我梭哈了")
    ("gambling", "pattern:all_in_match",
     "梭哈 全梭 全押",
     re.compile(
        r"(?:主队|客队|让[一二两半]球|这场|比赛|英超|西甲|意甲|德甲|世界杯|欧冠|nba|赔率|场球|内幕)"
        r"[^。!?;\n]{0,16}?(?:梭哈|全梭|全押)"
        r"|(?:梭哈|全梭|全押)[^。!?;\n]{0,6}?(?:主队|客队|这场|比赛)")),
    # the boss's "new account" ("我是你们李总，先加下我新号")
    ("fraud", "pattern:boss_new_account",
     "我是你",
     re.compile(
        r"我是你们?的?(?:[\u4e00-\u9fff]总|领导|老板|经理|主任|校长|班主任)"
        r"[\s\S]{0,40}?(?:新号|新微信|加(?:一?下)?(?:我|这个))")),
    # people's data offered in bulk ("有人要业主信息吗，电话姓名都有" · "车主名单 电话全在这")
    ("privacy", "pattern:data_for_sale",
     " ".join(f"{who}{of}{what}" for who in ("家长", "业主", "车主", "客户", "学生", "会员",
                                             "股民", "患者", "宝妈")
              for of in ("", "的") for what in ("信息", "资料", "数据", "名单")),
     re.compile(
        r"(?:有人要|谁要|要的|出|卖|打包)[^。!?;\n]{0,6}?"
        r"(?:家长|业主|车主|客户|学生|会员|股民|患者|宝妈)的?(?:信息|资料|数据|名单)"
        r"|(?:家长|业主|车主|客户|学生|会员|股民|患者|宝妈)的?(?:信息|资料|数据|名单)"
        r"[^。!?;\n]{0,16}?(?:电话|手机|姓名)[^。!?;\n]{0,8}?(?:全在|都在|全有|都有|一条)")),
    # a veiled threat to someone's car, home or child ("小心你的车，出了事可别怪我")
    ("violence", "pattern:veiled_threat",
     "小心你",
     re.compile(
        r"小心你(?:的|家的?)?(?:车|房子|店|孩子|女儿|儿子|家人|老婆|老公)[^。!?;\n]{0,24}?"
        r"(?:别怪我|可别怪|后果自负|出点什么事)")),
    # a stock-tip room ("老师每天推三只票，带大家吃了两个板")
    ("fraud", "pattern:stock_tips",
     "每天推 免费推 带大家吃 带你吃 带你们吃",
     re.compile(
        rf"(?:每天|免费)推{_N}*(?:只|支|个)?(?:票|牛股|股票)"
        rf"|带(?:大家|你们?)吃了?{_N}+个(?:板|涨停)")),
    # a deposit to "activate" earnings ("先充一百激活，每天签到就给钱")
    ("fraud", "pattern:activation_deposit",
     "激活 解冻",
     re.compile(rf"先充{_N}+(?:块|元)?(?:钱)?(?:激活|解冻|开通)")),
    # a "lonely" lure ("附近的小哥哥寂寞吗", "好想要 哥哥来嘛，我一个人在家"); the view reads
    # 哥哥 as 哥 (as it reads every hanzi run), so neither a brother (表哥来嘛，今晚家里没人)
    # nor a delivery man (同城的小哥哥送蛋糕特别准时，加我微信…) is enough: loneliness or
    # desire must be named
    ("porn", "pattern:lonely_lure",
     "哥",
     re.compile(
        r"(?:附近的?|同城的?)小?哥(?![们儿])[^。!?;\n]{0,10}?(?:寂寞|空虚|来找我)"
        r"|(?:想要|寂寞|空虚)[^。!?;\n]{0,6}?小?哥(?![们儿])[^。!?;\n]{0,3}?来嘛"
        r"[^。!?;\n]{0,10}?(?:一个人在家|家里没人)")),
    # someone's family watched, to force a debt ("你老婆几点接孩子我都清楚，识相的…")
    ("violence", "pattern:family_watched",
     "你老婆 你老公 你女儿 你儿子 你孩子 你爸妈 你家人",
     re.compile(
        r"你(?:老婆|老公|女儿|儿子|孩子|爸妈|家人)[^。!?;\n]{0,16}?"
        r"(?:我都清楚|我都知道|我也知道|我清楚得很)"
        r"(?=[\s\S]{0,30}?(?:识相|还钱|把钱还|小心|等着))")),
    # --- holdouts 11/12 families -----------------------------------------------------------
    # money to "my personal account" by someone speaking for an office (财务, 园里, 医院)
    ("fraud", "pattern:personal_account",
     "个人账户 个人账号 私人账户 私人账号 个人银行卡 个人卡 个人支付宝 我个人 我私人",
     re.compile(
        r"(?:转|打|汇|交|付)(?:到|进|给|入)?我(?:的)?(?:个人|私人)"
        r"(?:账户|账号|银行卡|卡|支付宝|(?=,?(?:不走|别走|不用走)))")),
    # certificates without the exam ("焊工证不用考直接出，全网可查", "代办结婚证，全国通用")
    ("fraud", "pattern:fake_cert",
     "不用考 不考试 免考 无需考试 全国通用 可查",
     re.compile(
        r"(?:不用考|不考试|免考|无需考试)(?:试)?[^。!?;\n]{0,2}?(?:直接出|直接拿|包过|拿证|出证)"
        r"|证(?:书|件)?[^。!?;\n]{0,12}?(?:全国通用|全网可查)"
        r"|(?:办|代办|出证|直接出)[^。!?;\n]{0,12}?(?:民航局|学信网|人社局|官网|官方|国网)可查")),
    # a miracle cure: a product that "cures" or replaces the medicine
    ("fraud", "pattern:miracle_cure",
     "秘方 神药 特效药 保健品 能量杯 量子 磁疗 纳米",
     re.compile(
        r"(?:秘方|神药|特效药|保健品|能量杯|量子|磁疗|纳米)[^。!?\n]{0,24}?"
        r"(?:(?<!不能)(?<!无法)(?<!没法)(?<!不可能)根治|(?<![没不难法])治好了?(?:癌|糖尿病|高血压|上千|上万|几千)|"
        r"治愈(?:癌|糖尿病|高血压)|停(?:掉)?胰岛素|西药[^。!?;\n]{0,3}?停|不开刀|不化疗|"
        r"(?:就能|能|可以)降(?:三高|血糖|血压)|比吃?药(?:还)?管用|"
        r"(?:糖尿病|高血压|癌症|痛风|乙肝|三高)[^。!?;\n]{0,4}?(?<![没不难法])(?:彻底|完全)?"
        r"(?<![没不难法])(?:治好|治愈|断根|根治))")),
    # well-paid "customer service" jobs in the scam-compound countries
    ("fraud", "pattern:overseas_job",
     "柬埔寨 缅甸 老挝 妙瓦底 西港 菲律宾 迪拜",
     re.compile(
        r"(?:高薪|月薪|年薪|包机票|招聘|招人|客服|打字员|日结)[^。!?\n]{0,30}?"
        r"(?:柬埔寨|缅甸|老挝|妙瓦底|西港|菲律宾|迪拜)"
        r"|(?:柬埔寨|缅甸|老挝|妙瓦底|西港|菲律宾|迪拜)[^。!?\n]{0,20}?"
        r"(?:高薪|月薪|包机票|招聘|客服|打字员)")),
    # a damaged car sold as sound ("泡水车洗干净了，说是准新车")
    ("fraud", "pattern:disguised_goods",
     "泡水车 事故车 火烧车 调表车 翻新机 套牌车 走私车 盗抢车",
     re.compile(
        r"(?:套牌车|走私车|盗抢车)[^。!?\n]{0,12}?(?:便宜|低价|处理|出售|有货|要的|手续不全)|"
        r"(?:泡水车|事故车|火烧车|调表车|翻新机)[^。!?\n]{0,20}?(?:说是|说成|当成|冒充|当作|谎称|就说)"
        r"[^。!?;\n]{0,4}?(?:一手|准新|新车|全新|原装|无事故|没事故)")),
    # odometers wound back, accident and repair records wiped (not the news of a fine for it)
    ("fraud", "pattern:odometer",
     "调表 改里程 调里程 改公里数 调公里数 事故记录 出险记录 维保记录 公里",
     re.compile(
        rf"(?:(?:表|里程)(?:调|改)(?:回|到|成|少)了?{_N}+万?公里|调表(?!格)|改里程|调里程|改公里数|调公里数|(?:消|洗|清|删|改)(?:除)?(?:事故|出险|维保)记录)"
        r"(?![^。!?\n]{0,12}?(?:被罚|被查|被抓|违法|犯法|罚款|判刑|坐牢|曝光))")),
    # cheating told by the one who does it: the cheat named (假冒 · 过期 · 改日期 · 多报) or
    # someone cheated (a customer, a buyer, the platform) and a deception told, the gain, and the
    # boast that nobody can tell (差价写进备注，平台看不出来 · 成本二十卖两百，谁查得出来 ·
    # 收完就换号，谁找得到我).
    # Not a victim's story or a warning (被…骗了，儿子都不知道 · 小心), not the news of one caught,
    # and not the household's small secrets a review wrote 71 of (胡萝卜打成泥，孩子吃不出来 · 礼物
    # 藏衣柜，老公不知道 · 补墙补得看不出来，省了请师傅的钱): the family, a pet or a surprise.
    ("fraud", "pattern:cheat_undetected",
     "看不出 查不出 没人发现 查得出 看得出 发现不了 吃不出 喝不出 不知道 没人查 看出来 查不到 "
     "找得到 不会发现 察觉不 认不出 分不出 没被发现 没人知道 神不知鬼不觉 不留痕迹 吃得出 尝不出 "
     "鬼知道 谁会去看 没起疑 蒙在鼓里 瞧不出 分辨不出 没发觉 没察觉 检测不出",
     re.compile(
        r"^(?![\s\S]*(?:被[^,.!?;\n]{0,12}?骗|骗子|上当|别信|小心|注意|举报|曝光|黑心|缺德|坑人|被抓|"
        r"被查|判刑|罚款|违法|犯法|新闻|听说|惊喜|礼物|生日|魔术|愚人节|求婚|整蛊))"
        r"(?![\s\S]*(?:孩子|宝贝|娃|老公|老婆|媳妇|我妈|我爸|爸妈|家里人|全家|猫|狗|同事|邻居|观众|"
        r"朋友)[^,.!?;\n]{0,4}?(?:看不出|吃不出|喝不出|不知道|没发现|认不出|分不出|察觉不))"
        # the cheat named, or someone cheated and a deception told (a customer word alone is
        # honest trade: 补得看不出来 · 扎完了患者都不知道 · 燕麦奶拿铁顾客喝不出来, a second
        # review's 100 lines)
        r"(?=[\s\S]*(?:假冒|冒充|过期|偷来|偷的|当(?:成|作)?(?:新|正品|真|野生)|充当|以次充好|掺|调包|"
        r"p(?:过|一下)的?(?:发票|票|单|账|合同|病历|证|截图|日期|金额)|"
        r"改(?:了|个|一下)?(?:日期|金额|价|表|数)|多报|虚报|假(?:的|货|发票|合同|病历|证)|高仿|a货|"
        r"翻新(?:机|货|的?(?:电池|零件))|换标|贴(?:个|成|上)|定金|删号|换号|差价|回扣|私吞|挪用)"
        r"|(?=[\s\S]*(?:顾客|客户|客人|买家|业主|平台|老板|公司|财务|保险|乘客|老人|老头|老太|团员|家长|"
        r"学员|患者|病人|监理|系统|银行|税务|物业|会计|家委会|外行|新手|不懂行|冤大头|外地人|消费者|游客|"
        r"车主))"
        r"(?=[\s\S]*(?:其实|偷|悄|瞒|冒|假(?![肢发牙期日设])|当(?:成|作)|当[^,.!?;\n]{0,4}卖|"
        r"换成了?(?!原厂|原装|新)|偷换|少放|兑了?[^,.!?;\n]{0,3}水|一半是|掺|充当|充数|充好|调(?:包|回)|"
        r"(?:里程|公里|表|数|日期)[^,.!?;\n]{0,3}调|改(?:了|个|过)|动了?点?手脚|做了?手脚|做平|夹了|过期|"
        r"剩|隔夜|染|刷机|淀粉|照(?:卖|收)|照样(?:卖|收|接)(?!得)|串通|多报|多收|缺斤|短两|"
        r"绕(?:了|路|远)(?!开)|仿|翻新(?:机|货)|p过的?(?:发票|票|单)|贴(?:个|成|上)|骗(?!孩子|娃)|"
        r"用便宜的|便宜货|报贵|换掉|打卡|没(?:有)?(?:方子|处方)|多给钱)))"
        # (and not a seller who told the customer: 标签上写了 · 顾客都知道 · 维修记录都给了)
        r"(?![\s\S]*(?:(?:顾客|客户|客人|买家)(?:都|也)知道|写明|标签(?:上)?写|标了|"
        r"(?<![没不])(?:全|都)说了|讲清楚|说了维修|维修(?:记录|单)))"
        # the gain (a saving within 40 characters of whom it is made on: unbounded, a long text of
        # customer words with no gain took quadratic time)
        r"(?=[\s\S]*(?:赚|挣|多卖|差价|多赔|多报|多拿|收了(?!个?快递)|(?:顾客|客户|店里|成本|业主|平台|"
        r"公司)[^\n]{0,40}?省|卖(?![相萌力惨])|分你|分成(?![两几0-9一二三四五六七八九十]|半)|三七分|到手|拿钱|"
        r"定金|报销|骗(?!孩子|娃|他说|她说)|白食|白吃|白拿))"
        r"[\s\S]*?(?:看不出来?|查不出来?|没人发现|谁(?:也|都)?(?:查|看)(?:得|不)出|发现不了|吃不出来?|"
        r"喝不出来?|(?:根本|都|他们|她们|他|她|谁也|也)不(?:知道|会知道)|没人查|谁能看出|查不到|"
        r"谁找得到|不会发现|察觉不到?|认不出来?|分不出来?|没(?:人|被)发现|没人知道|神不知鬼不觉|"
        r"不留痕迹|哪(?:吃|喝|看)得出|尝不出|鬼知道|谁会去看|没起疑|蒙在鼓里|瞧不出|分辨不出|"
        r"没(?:发觉|察觉)|检测不出)")),
    # a fee paid by scanning first, for a meter or an account ("先扫码付198押金")
    ("fraud", "pattern:scan_deposit",
     "扫码付 先扫码 解封",
     re.compile(
        r"(?:燃气|天然气|水表|电表|煤气|社保|医保)[^。!?\n]{0,16}?(?:先扫码|扫码付|先付|先交|先转)"
        r"[^。!?;\n]{0,8}?(?:押金|保证金|上门费|手续费)"
        r"|(?:冻结|封号|封禁|违规)[^。!?\n]{0,20}?(?:缴纳|交|支付|付)[^。!?;\n]{0,4}?解封")),
    # "congratulations, you're selected": a fee, handed to the sender
    ("fraud", "pattern:selected_fee",
     "恭喜 入选 选中",
     re.compile(
        r"(?:恭喜|入选|选中)[^。!?\n]{0,30}?(?:报名费|服装费|手续费|保证金|培训费|押金|税费)"
        r"[^。!?\n]{0,12}?(?:交给我|转给我|转我|发我|交我|打给我)")),
    # paid likes or mileage: "点赞关注就能赚钱，一单3元" and a fee before the work
    ("fraud", "pattern:paid_clicks",
     "点赞 刷里程 刷步数 材料费 工服费",
     re.compile(
        r"(?:点赞|关注|刷里程|刷步数|看广告)[^。!?;\n]{0,8}?(?:就能赚|就可以赚|能赚钱|赚钱|日赚|一天轻松|换奖励)"
        r"(?=[^。!?\n]{0,30}?(?:一单|当天结|日结|拉你|进群|任务群|加v|加我|[0-9一二两三四五六七八九十百]+(?:元|块)))"
        r"|(?:日赚|日结|一天赚|在家|兼职)[^。!?\n]{0,20}?(?:先交|需先交|要先交|先付)[^。!?;\n]{0,4}?"
        r"(?:材料费|工服费|押金|会员费|入会费|保证金|培训费|激活费)")),
    # medical-insurance money spent on groceries for a cut ("医保卡帮顾客刷成日用品")
    ("fraud", "pattern:benefit_card_cashout",
     "医保卡 社保卡 医保",
     re.compile(
        r"(?:医保卡|社保卡|医保)[^。!?;\n]{0,12}?(?:刷成|换成|刷日用品|刷生活用品|买日用品|兑现|换现金|"
        r"提现|刷米面油|刷化妆品)(?![^。!?;\n]{0,6}?(?:违法|犯法|骗保|被查|被抓))"
        r"|(?:医保卡|社保卡|医保)[^。!?;\n]{0,30}?套现(?![^。!?;\n]{0,6}?(?:违法|犯法|骗保|被查|被抓))")),
    # no real name for a SIM card, a phone number or an account
    ("fraud", "pattern:no_real_name",
     "实名",
     re.compile(
        r"(?:免|不用|无需|不需要|不要)实名(?:认证)?的?(?:流量卡|手机卡|电话卡|银行卡|卡|号|账号)"
        r"|(?:手机卡|电话卡|流量卡|银行卡|手机号|微信号|账号)[^。!?;\n]{0,6}?(?:免|不用|无需|不需要)实名")),
    # a screen shared or a meeting app downloaded for a refund
    ("fraud", "pattern:screen_share",
     "共享屏幕 屏幕共享 云会议 会议软件",
     re.compile(
        r"(?:订单异常|重复扣费|扣费|退款|理赔|自动续费|百万保障)[^。!?\n]{0,30}?"
        r"(?:共享屏幕|屏幕共享|下载[^。!?;\n]{0,6}?会议|会议软件)"
        r"|(?:共享屏幕|屏幕共享|会议软件|云会议)[^。!?\n]{0,20}?(?:退款|理赔|退费)")),
    # betting odds on a fight or a game ("押它赢的一赔二", "斗狗…下注")
    ("gambling", "pattern:odds",
     "一赔 斗狗 斗鸡 斗蛐 奖池 赢全部",
     re.compile(
        rf"(?:押|压|买|下注)[^。!?;\n]{{0,6}}?(?:赢|输|胜)的?[^。!?;\n]{{0,4}}?一赔{_N}"
        r"|(?:斗狗|斗鸡|斗蛐)[^。!?\n]{0,20}?(?:押|压|下注|赌|一赔)"
        rf"|(?:奖池|赢全部|赢家通吃)[^。!?\n]{{0,20}}?(?:每人|一人)(?:押|压|下注)(?!金){_N}+"
        rf"|(?:每人|一人)(?:押|压|下注)(?!金){_N}+[^。!?\n]{{0,20}}?(?:奖池|赢全部|赢家通吃)")),
    # a stake on tonight's match ("这场BLG我压了三千")
    ("gambling", "pattern:this_match_stake",
     "这场 这局 决赛",
     re.compile(
        r"(?:这场|这局|今晚的?比赛|决赛)[^。!?;\n]{0,8}?(?:押|压|下注)(?![金力缩])了?"
        rf"{_N}*(?:百|千|万|块|元|k|w)(?![^。!?;\n]{{0,4}}?(?:斤|公斤|kg|分钟))")),
    # a game whose winnings cash out ("能提现的捕鱼游戏")
    ("gambling", "pattern:cashout_game",
     "提现",
     re.compile(r"(?:能|可以?)提现的(?:捕鱼|打鱼|街机|棋牌|麻将|斗地主|牛牛?|炸金花|老虎机)")),
    # stimulants taken to stay up or to play ("考前吃阿德拉", "比赛前吃一片利他林")
    ("drugs", "pattern:stimulant_misuse",
     "阿德拉 阿得拉 adderall 利他林 莫达非尼 聪明药",
     re.compile(
        r"(?:阿德拉|阿得拉|adderall|利他林|莫达非尼|聪明药)[^。!?\n]{0,20}?"
        rf"(?:熬夜|考前|通宵|提神|顶{_N}+个?小时|托人|国外带|代购|不睡|反应速度|学习效率|嗨)"
        r"|(?:熬夜|考前|通宵|比赛前|打比赛|备考|复习)[^。!?\n]{0,12}?(?:吃|磕|来)[^。!?;\n]{0,4}?"
        r"(?:阿德拉|阿得拉|adderall|利他林|莫达非尼|聪明药)")),
    # codeine syrup drunk with soda, anaesthetics tried for the high, poppies bled, weed rolled
    ("drugs", "pattern:diverted_drug",
     "可待因 止咳水 咳嗽药水 止咳糖浆 咳嗽糖浆 舒泰 氯胺酮 丙泊酚 依托咪酯 罂粟 "
     "卷着抽 卷起来抽 卷了抽",
     re.compile(
        r"(?:止咳水|咳嗽药水|止咳糖浆|咳嗽糖浆|可待因)[^。!?\n]{0,24}?"
        rf"(?:兑雪碧|兑可乐|兑饮料|加雪碧|当饮料|一次买{_N}+瓶|一口气喝)"
        r"|(?:舒泰|氯胺酮|丙泊酚|依托咪酯)[^。!?\n]{0,20}?(?:自己试|试了一?点|飘了?|嗨|飞了)"
        r"|罂粟[^。!?;\n]{0,12}?(?:割|浆|熬|尝|泡水|煮)"
        r"|(?:种|晒干|晒)[^。!?\n]{0,12}?(?<!烟)(?:草|叶子)[^。!?\n]{0,16}?(?:卷着抽|卷起来抽|卷了抽)")),
    # something taken to stay up all night, coffee and tea aside
    ("drugs", "pattern:stay_awake",
     "精神一整晚 精神一晚上 一整晚不困 一晚上不困 通宵不困 精神得很 一宿不困",
     re.compile(
        r"(?:来点|来口|溜点|吸点|吸了|溜了|磕了|整点)[^。!?\n咖茶红烟酒氧槟饮牛水药]{0,8}?"
        r"(?:精神一整晚|精神一晚上|一整晚不困|一晚上不困|通宵不困|精神得很|一宿不困)")),
    # explicit sex described ("上床了，她叫得…", "开房，一晚上做了三次", "比在床上还刺激")
    ("porn", "pattern:sex_described",
     "开房 上床 床上 做爱 按在",
     re.compile(
        r"(?:开房(?!间)|上床(?!睡)|做爱)[^。!?\n]{0,20}?"
        rf"(?:做了{_N}+次|干了{_N}+次|叫(?:得|声)|腿都软|呻吟)"
        r"|比在?[^。!?;\n]{0,3}?床上还?(?:刺激|爽)"
        r"|(?:把|将)[她他]按在[^。!?;\n]{0,6}?(?:干|操|日)")),
    # filming someone bathing or changing, sex outdoors recorded
    ("porn", "pattern:voyeur",
     "洗澡 换衣服 上厕所 打野战",
     re.compile(
        r"(?:女工|女的|她|女生|女同事|邻居|室友|女顾客|那个女)[^。!?\n]{0,10}?(?:洗澡|换衣服|上厕所)"
        r"[^。!?\n]{0,16}?(?:拍了|录了|偷拍|拍下|录下|偷看)"
        r"|打野战[^。!?\n]{0,12}?(?:录|拍|视频)"
        r"|(?:看见|看到|撞见|一对)[^。!?;\n]{0,8}?打野战")),
    # nude on camera, a stash of porn, escorts ("可出台", "陪你过夜")
    ("porn", "pattern:nude_stash_escort",
     "不穿 一丝不挂 全裸 小电影 岛国 出台 过夜",
     re.compile(
        r"(?:不穿衣服|啥都不穿|什么都不穿|一丝不挂|全裸)[^。!?;\n]{0,10}?(?:自摸|试内衣|镜头前|直播)"
        r"|(?:主播|镜头前)[^。!?;\n]{0,8}?(?:啥都不穿|什么都不穿|一丝不挂|全裸)"
        rf"|{_N}+(?:g|个g|t)的?(?:小电影|岛国|av|黄片|毛片)"
        r"|硬盘里[^。!?;\n]{0,10}?(?:小电影|岛国|av|黄片|毛片)"
        r"|(?:夜场|ktv|公关|陪酒|妹|小姐|女孩|佳丽)[^。!?\n]{0,20}?(?:可出台|能出台|陪你?过夜|包夜)")),
    # regime change wished for ("这个政权迟早完蛋", "搞一次颜色革命"), a cult's call
    ("politics", "pattern:regime_change",
     "政权 体制 共产党 中共 颜色革命 军国主义 南京",
     re.compile(
        r"(?:政权|体制|共产党|中共)[^。!?;\n]{0,6}?(?:迟早|早晚|快|马上|就该|必须)[^。!?;\n]{0,2}?"
        r"(?:完蛋|垮|倒台|灭亡|亡|解体)"
        r"|(?:该|应该|需要|必须|咱们|我们)[^。!?;\n]{0,6}?(?:搞|来|发动)[^。!?;\n]{0,4}?颜色革命"
        r"|颜色革命[^。!?;\n]{0,4}?(?:才行|救中国|吧)"
        r"|军国主义[^。!?;\n]{0,4}?(?:有什么错|没错|挺好|万岁|才对)"
        r"|南京(?:那事|那件事|大屠杀)[^。!?;\n]{0,6}?(?:翻篇|早该忘|是假的|编的|活该|不存在)")),
    # a threat sworn to ("…打断腿，我说到做到", "…捅你，不开玩笑")
    ("violence", "pattern:threat_vow",
     "说到做到 不开玩笑 不是开玩笑 没开玩笑",
     re.compile(
        r"(?:打断|捅|砍|弄死|打死|砸烂|砸死|开瓢|废了|宰了|毒死)[^。!?\n]{0,20}?"
        r"(?:说到做到|不开玩笑|不是开玩笑|没开玩笑)"
        r"(?![^。!?\n]{0,20}?(?:游戏|这把|这局|排位|上分|吃鸡|王者|开黑|副本|boss))")),
    # a blunt weapon to someone's head ("拿U型锁砸烂他脑袋", "钢管给他开瓢", "抄家伙")
    ("violence", "pattern:blunt_weapon",
     "u型锁 钢管 酒瓶 砖头 板砖 铁棍 扳手 锤子 开瓢 砸烂 抄家伙",
     re.compile(
        r"(?:钢管(?!舞)|u型锁|酒瓶子?|砖头|板砖|铁棍|扳手|锤子)[^。!?\n]{0,12}?"
        r"(?:开瓢|砸烂|砸死|往[他她你]?头上|爆头|打断[他她你])"
        r"|(?:给|把)[他她你][^。!?;\n]{0,4}?开瓢"
        r"|砸烂(?:他|她|你)的?(?:脑袋|头|狗头)"
        r"|(?:出去|一会|待会|走)[^。!?;\n]{0,4}?抄家伙"
        r"|抄家伙[^。!?;\n]{0,10}?(?:往头上|砍|干他|干死)")),
    # poison or petrol bought for someone ("毒药买好了，拌在肉里", "汽油准备好了，看她还…")
    ("violence", "pattern:prepared_harm",
     "买好了 准备好了 备好了 下毒",
     re.compile(
        r"(?:毒药|农药|敌畏|百草枯|毒鼠强|老鼠药|耗子药)[^。!?;\n]{0,8}?(?:买好了|准备好了|备好了)"
        r"[^。!?\n]{0,20}?(?:拌|放[^。!?;\n]{0,4}?(?:饭|菜|水|肉|杯)|扔|下到|毒死|给[他她]吃|"
        r"(?:倒进|倒在|掺进|混进|加进|下在)[^。!?;\n]{0,2}?[他她你])"
        r"(?![^。!?\n]{0,20}?(?:老鼠|耗子|蟑螂|虫子|蚂蚁))"
        r"|(?:汽油|硫酸|炸药)[^。!?;\n]{0,8}?(?:买好了|准备好了|备好了)[^。!?\n]{0,20}?"
        r"(?:看[他她你]|让[他她你]|烧|泼|等着)"
        r"|我(?:就|要|会|得)?[^。!?;\n]{0,4}?[他她它你]的?(?:饭|水|菜|酒|杯|碗|食盆)里下毒")),
    # a way out at hand and despair next to it ("人也没意思，买了两瓶百草枯")
    ("self_harm", "pattern:method_ready",
     "百草枯 敌畏 安眠药 烧炭 连人带车 塔吊 冲下去 阳台",
     re.compile(
        r"(?:没意思|不想活|活着|解脱|撑不下去|抑郁|崩溃|绝望|死光了|活够了)[\s\S]{0,30}?"
        r"(?:买了|买好|准备好|备好|囤了|攒了)[^。!?;\n]{0,6}?(?:百草枯|敌畏|安眠药|农药|炭|老鼠药)"
        r"|(?:买了|买好|准备好|备好|囤了|攒了)[^。!?;\n]{0,6}?(?:百草枯|敌畏|安眠药|烧炭)[\s\S]{0,20}?"
        r"(?:撑不下去|不想活|没意思|解脱|活够了|活不下去)"
        r"|(?:想|打算|准备|干脆|不如)[^。!?;\n]{0,10}?"
        r"(?:阳台|塔吊|窗户|窗台|悬崖|山上|盘山路|山路|高架|大桥|楼上|楼顶|天台)[^。!?;\n]{0,4}?"
        r"(?:跳|冲)(?:下去|下来|进去)(?![^。!?;\n]{0,3}?(?:舞|绳|水|操|伞))"
        r"(?![^。!?\n]{0,10}?(?:开玩笑|说笑|开个玩笑))"
        r"|(?:想|打算|准备|干脆|要)[^。!?;\n]{0,4}?连人带车[^。!?;\n]{0,4}?(?:冲|开进|跳|扎进)"
        r"|(?:爬上|爬到|站到|站在)(?:塔吊|楼顶|天台|大桥|桥上|楼上|高压塔|电线杆)[^。!?\n]{0,24}?"
        r"(?:跳下去|跳楼)", re.S)),
    # lists of people for sale ("报名者名单，姓名电话身份证全有，一万多条")
    ("privacy", "pattern:data_dump",
     "名单 复印件 数据",
     re.compile(
        r"(?:名单|数据|信息|复印件)[^。!?;\n]{0,12}?(?:姓名|电话|手机号?|身份证|住址|预产期)"
        r"[^。!?;\n]{0,12}?(?:都有|全有|齐全|全在)"
        rf"(?=[^。!?\n]{{0,30}}?(?:{_N}+多?(?:万|千)?条|出售|卖|要的|需要的|谁要|价格|打包|必备))"
        r"|名单出售|出售[^。!?;\n]{0,10}?名单"
        r"|(?:数据|名单)[^。!?;\n]{0,4}?(?:带|含|附)(?:电话|手机号|身份证|住址)"
        r"(?=[^。!?\n]{0,30}?(?:出售|卖|要的|需要的|谁要|价格|打包|必备|[0-9]+条))"
        r"|(?:出售|谁要|打包|低价)[^。!?;\n]{0,12}?(?:身份证复印件|身份证照片|手持身份证)"
        # (a count under ten only with a sale after it: 身份证复印件5份，带签名，便宜出 sells;
        # 带身份证复印件和两张一寸照 is a form's list, holdout 201)
        rf"|(?:身份证复印件|身份证照片|手持身份证)[^。!?;\n]{{0,12}}?"
        rf"(?:(?:[0-9]{{2,}}|{_N}*[十百千万]{_N}*)多?(?:份|张|套)|出售|打包"
        rf"|{_N}多?(?:份|张|套)(?=[^。!?\n]{{0,30}}?(?:出售|卖|便宜|价|{_N}+一(?:份|张|套)"
        rf"|一(?:份|张|套){_N}+|开户|注册|实名|私|滴|要的|需要的|男女|打包|手机号)))")),
    # --- holdouts 13/14 and the two training sets (2026.12.10): families that recur across
    # them, written in our own words in tests/unit/test_moderation_h1314_risk.py
    # a fee to a staff member's own account, a "new payment group", or money asked from a new
    # number ("转到王老师个人账户", "原群解散，加新的缴费群", "这是我新号，学费转给我")
    ("fraud", "pattern:new_account_fee",
     "个人账户 个人账号 私人账户 私人账号 个人微信 私人微信 个人银行卡 私人银行卡 个人卡 私人卡 "
     "个人支付宝 私人支付宝 缴费群 收费群 交费群 原群 原来的群 原来那个群 旧群 "
     "新号 新微信 换号 这个号",
     re.compile(
        r"(?:老师|财务|会计|班主任|园长|校长|教务)[^。!?;\n]{0,4}?的?(?:个人|私人)"
        r"(?:账户|账号|银行卡|卡|微信|支付宝)"
        r"|新建?的?(?:缴费|收费|交费)群(?=[\s\S]{0,40}?(?:转给|转到|作废|解散|停用|扫码|二维码|缴纳|转账|交))"
        r"|(?:原|旧)(?:来)?(?:的|那个)?群[^。!?;\n]{0,6}?(?:即将)?(?:解散|作废|停用)(?=[\s\S]{0,40}?(?:费|转账|扫码))"
        r"|(?:新号|新微信|换号了?|新加的这个号)[\s\S]{0,40}?"
        r"(?:转给我|转我|转过来|转[^。!?;\n]{0,6}?(?:过去|给我)|借我|打给我|汇给我|转给客户|给客户转)",
     re.S)),
    # an office's notice: an odd fee, or a deposit or fine with a threat ("先交审核费",
    # "缴纳保证金，不交的取消资格", "缴纳罚款到以下账户，否则移交公安")
    ("fraud", "pattern:official_fee",
     "审核费 评估费 激活费 认证费 清关费 解冻费 保证金 罚款 整改费 关税",
     re.compile(
        r"(?:缴纳|先交|需交|要交|需要交|预交|补交|需缴|先缴|请缴|交)[^。!?;\n]{0,10}?"
        r"(?:审核费|评估费|激活费|认证费|清关费|解冻费|信誉保证金"
        r"|(?:保证金|罚款|整改费|关税)(?=[\s\S]{0,30}?(?:否则|不交的?|过期作废|取消[^。!?;\n]{0,4}?资格|"
        r"恢复|解封|移交|免于|放行|以下账户|下面的账户)))", re.S)),
    # a text dressed as an office's notice (【交警】, 【法院】) that wants a fine or fee paid now
    ("fraud", "pattern:office_notice_pay",
     "交警 交管 车管 公安 法院 检察院 税务 海关 社保局 医保局",
     re.compile(
        r"【(?:交警|交管|车管|公安|法院|检察院|税务|海关|社保局|医保局)(?:(?!提醒|提示|温馨)[^】\n]){0,6}】"
        r"(?![^。!?;\n]{0,4}?(?:提醒|提示|温馨))[\s\S]{0,60}?"
        r"(?:立即|马上|尽快|今日内|当天内|[0-9]+小时内)(?:缴纳|缴费|缴清|支付|补缴|转账|付款)")),
    # a fixed monthly return on money put in ("投一万每月返一千", "保底月分红")
    ("fraud", "pattern:fixed_return",
     "投 预存 保底 月收益",
     re.compile(
        rf"(?:投(?:资|入|一份)?|预存)[^。!?;\n]{{0,2}}?{_N}+(?:万|千|百|块|元)[^。!?;\n]{{0,6}}?"
        r"(?:每月|每个月|月|每天|每周|一个月|每年)"
        rf"[^。!?;\n]{{0,2}}?(?:返息?|分红|收益|回报|利息)[^。!?;\n]{{0,2}}?(?:{_N}+|百分之)"
        rf"|投入?{_N}+(?:万|千|百|块|元)?返{_N}+"
        r"|保底[^。!?;\n]{0,4}?(?:月|年)?分红"
        rf"|月收益{_N}+%")),
    # task scams: clicks, follows and screenshots paid per order ("点赞关注，一单5元")
    ("fraud", "pattern:click_task",
     "点赞 关注 补单 高佣 进阶任务 打分 评分",
     re.compile(
        r"^(?=[\s\S]*?(?:日结|当天结|当场结|佣金|兼职|赚|招聘|招募|结算|任务|副业|宝妈|在家))[\s\S]*?"
        r"(?:点赞|关注|评论|收藏|打分|评分)[^。!?;\n]{0,12}?(?:一单|一组|每单|每组|[一每]个(?:赚|给|返))[^。!?;\n]{0,2}?"
        rf"{_N}+(?:-{_N}+)?(?:元|块)"
        rf"|(?:关注|点赞)[^。!?;\n]{{0,10}}?截图[^。!?;\n]{{0,8}}?(?:领|给|返)[^。!?;\n]{{0,2}}?{_N}+(?:块|元)"
        r"|(?:关注|点赞)[^。!?;\n]{0,10}?截图[^。!?;\n]{0,8}?佣金"
        r"|点赞(?:赚钱|赚米|的副业|副业)"
        r"|(?:高佣|进阶)任务|点赞员|关注员"
        r"|补单[^。!?;\n]{0,10}?(?:本金|返|佣金)", re.S)),
    # the card's secrets asked for ("卡背面三位数", "回复身份证号及验证码", "点开填银行卡密码")
    ("fraud", "pattern:card_secrets",
     "卡背面 背面三位 验证码 卡号 密码 身份证号",
     re.compile(
        r"卡?背面(?:的)?(?:三位|3位)"
        r"|(?:回复|发|填|提供|告诉|报)[^。!?;\n]{0,6}?(?:身份证号?|姓名|银行卡号|卡号)[^。!?;\n]{0,6}?"
        r"(?:及|和|与|、|加)[^。!?;\n]{0,10}?(?:验证码|银行卡号|卡号|银行卡密码|密码)"
        r"|(?:点进去|点开|链接)[^。!?;\n]{0,8}?填[^。!?;\n]{0,12}?(?:银行卡号|卡号|银行卡密码|密码)"
        r"|填写?[^。!?;\n]{0,4}?(?:手机号|姓名)[^。!?;\n]{0,4}?(?:和|及|、)[^。!?;\n]{0,4}?身份证号"
        r"[^。!?;\n]{0,10}?(?:抽奖|领取|免费)"
        # the reader's own ID and code "sent to" a staff member, or their child's ID for a fee
        # paid on their behalf (把身份证号、卡号和验证码发给工作人员 ·
        # 回复孩子姓名和身份证号，帮您代缴)
        r"|把[^。!?;\n]{0,14}?(?:身份证号|银行卡号|卡号)[^。!?;\n]{0,14}?验证码[^。!?;\n]{0,3}?"
        r"(?:发给|发我|告诉|给|发到|发在|报给)"
        r"|(?:回复|提供|发)[^。!?;\n]{0,6}?姓名[^。!?;\n]{0,3}?(?:及|和|与|、)身份证号"
        r"[^。!?;\n]{0,12}?(?:代缴|代办|代交|帮您|帮你)")),
    # a fake customer service: account "at risk", points expiring, a parcel held, a refund
    # "channel", losses recovered, a boss in a meeting
    ("fraud", "pattern:fake_service",
     "存在风险 异常 冻结 违规 被限制 清零 扣留 扣了 扣押 认证后 核验后 验证后 退费通道 退费专员 "
     "理赔部 追损 协助追回 都能追回 在开会 不方便接电话 开会不方便 免抵押 免征信 召回 质量问题 "
     "丢了 丢失",
     re.compile(
        r"(?:存在风险|存在异常|异常|冻结|违规|被限制)[^。!?;\n]{0,20}?(?:请|立即)[^。!?;\n]{0,24}?"
        r"(?:联系[^。!?;\n]{0,4}?专员|访问|点击|核验|认证|提交资料)"
        r"|积分[^。!?;\n]{0,10}?(?:清零|过期|到期|作废)[^。!?;\n]{0,20}?(?:兑换现金|换现金|兑现|兑换[^。!?;\n]{0,6}?(?:元|现金))"
        r"|海关[^。!?;\n]{0,10}?(?:扣留|扣了|扣押)[^。!?;\n]{0,30}?专员"
        r"|(?:余额|积分)[^。!?;\n]{0,10}?清零[^。!?\n]{0,20}?(?:点击|立即办理)"
        r"|(?:召回|质量问题)[^。!?\n]{0,20}?(?:联系|加)客服[^。!?;\n]{0,10}?(?:赔偿|补偿)"
        r"|(?:召回|质量问题)[^。!?\n]{0,20}?(?:(?:三倍|双倍|十倍)(?:赔偿|退款|理赔)|"
        r"(?:赔偿|退款|理赔)(?:三倍|双倍|十倍))"
        r"|(?:包裹|快递)[^。!?;\n]{0,8}?(?:丢了|丢失)[^。!?\n]{0,16}?加[^。!?;\n]{0,4}?(?:微信|qq)"
        r"[^。!?;\n]{0,8}?(?:理赔|赔偿)"
        r"|(?:认证|核验|验证)后?才能(?:收款|提现|到账|解冻)"
        r"|退费(?:通道|专员)|官方理赔部|(?:专业)?追损|协助追回|(?:被骗|损失)[^。!?;\n]{0,6}?都能追回"
        r"|(?:在开会|开会不方便|不方便接电话)[\s\S]{0,30}?(?:打过去|转过去|汇过去|转账|打款)"
        r"|(?:打过去|转过去|汇过去)[\s\S]{0,30}?(?:在开会|开会不方便|不方便接电话)"
        r"|免(?:抵押|征信)[^。!?;\n]{0,4}?(?:免(?:抵押|征信)|秒批|秒下|放款|下款|最高)", re.S)),
    # documents made to order ("毕业证都能做，学籍网可查", "出生证明都能办，同号同档",
    # "假流水、假收入证明", "出入境记录可改", "驾驶证扣分代消")
    ("fraud", "pattern:fake_docs",
     "都能做 都能办 都可以做 都可以办 能办 同号同档 可查 假流水 假收入证明 假学历 假文凭 代做 可改 "
     "代消 代扣 高仿护照 高仿身份证 高仿证件 不用考 假发票 假的 消分",
     re.compile(
        r"(?:毕业证|学历|文凭|证书|出生证明|准生证|驾驶证|驾照|护照|签证|流水|收入证明|房产证|结婚证|"
        r"离婚证|病假条|诊断证明|运输证|资格证)[^。!?;\n]{0,12}?"
        r"(?:都能做|都能办|都可以做|都可以办|能办|同号同档|联网可查|学籍网可查|学信网可查)"
        r"|假(?:流水|收入证明|学历|文凭|毕业证)"
        r"|代做[^。!?;\n]{0,4}?流水|假发票|假的[^。!?;\n]{0,4}?报销"
        r"|(?:出入境记录|学籍|档案|征信)(?:都)?可(?:以)?改"
        r"|(?:扣分|驾照分|驾驶证分)[^。!?;\n]{0,6}?(?:可代消|代消|代扣)|代消分|消分代办"
        rf"|帮[^。!?;\n]{{0,2}}?消分|消分[^。!?;\n]{{0,6}}?一分{_N}+"
        r"|高仿(?:护照|身份证|证件|驾照|签证)"
        rf"|不用考试?[^。!?;\n]{{0,6}}?{_N}*天?(?:拿证|出证|包过)")),
    # a fee before the job starts ("入职前交体检费服装费", "交押金能进厂")
    ("fraud", "pattern:job_fee",
     "入职 上岗 面试通过 录用 签约 能进",
     re.compile(
        r"(?:入职|上岗|面试通过|录用|签约)[^。!?;\n]{0,10}?(?:前|需|要|得)[^。!?;\n]{0,4}?(?:先)?(?:交|缴)"
        r"[^。!?;\n]{0,8}?(?:费|押金)"
        rf"|交{_N}+(?:块|元)?(?:押金|费)[^。!?;\n]{{0,4}}?能进[^。!?;\n]{{0,8}}?(?:编|厂|单位)")),
    # a landlord away who posts the keys, a pet "given away" for the freight
    ("fraud", "pattern:remote_deal",
     "寄钥匙 送养 免费送 领养免费 免费领养",
     re.compile(
        r"(?:押金|房租|定金)[^。!?;\n]{0,20}?(?:转|打|汇)[\s\S]{0,16}?寄钥匙"
        r"|(?:送养|免费送|领养免费|免费领养)[^。!?;\n]{0,12}?(?:只收|收|付)[^。!?;\n]{0,4}?(?:运费|托运费|检疫费)",
     re.S)),
    # cutting or burning oneself, told as done ("割了两刀手腕", "刀片划了几道，看着血…")
    ("self_harm", "pattern:self_injury",
     "手腕 刀片 美工刀 小刀 烫自己 烟头 在手上 割手 割腕 又划 又割 手臂 胳膊 大腿 划自己 割自己",
     re.compile(
        rf"(?:割|划)了?[^。!?;\n]{{0,3}}?(?:几|两|三|好几|{_N}+)(?:刀|道|下)[^。!?;\n]{{0,2}}?手腕"
        r"|手腕[^。!?;\n]{0,6}?(?:割|划)了?[^。!?;\n]{0,3}?(?:几|好几|[两三四五六七八九十]|[2-9]|[0-9]{2})"
        r"(?:刀|道)(?![^。!?;\n]{0,8}?(?:猫|狗|抓|划痕|刮|口子|纸|被))"
        rf"|(?:刀片|美工刀|小刀)[^。!?;\n]{{0,4}}?(?:划|割)了[^。!?;\n]{{0,3}}?(?:几|两|三|好几|{_N}+)"
        r"(?:刀|道|下)"
        r"|(?:拿|用)刀在(?:手|手腕|胳膊|手臂|腿|大腿)上(?:划|割)"
        rf"|又(?:划|割)了[^。!?;\n]{{0,3}}?(?:几|两|三|好几|{_N}+)(?:道|刀|下)"
        r"(?=[^。!?\n]{0,12}?(?:血|疼|痛|疤))"
        r"|(?:烟头|打火机)[^。!?;\n]{0,3}?烫(?:自己|手臂|胳膊)"
        r"|烟头[^。!?;\n]{0,4}?(?:按在|摁在|烫)(?:自己|手背|手臂|胳膊|手腕)"
        r"|(?:当着|当面)[^。!?;\n]{0,10}?割(?:手|腕)"
        r"|(?:手腕|手臂|胳膊|大腿)[^。!?\n]{0,10}?(?:是我)?自己(?:割|划)的"
        r"|(?:刀|刀片|剪刀|美工刀|小刀|玻璃)[^。!?;\n]{0,2}?(?:划|割)了?自己"
        r"|(?:浴缸|水放好|热水|遗书|不想活|撑不下去)[^。!?\n]{0,16}?刀片[^。!?;\n]{0,3}?(?:也|都)?准备好了")),
    # pills swallowed and survived, pills counted out ("吞了一把药，洗胃没死成")
    ("self_harm", "pattern:overdose",
     "洗胃 没死成 抢救 够了 吞了",
     re.compile(
        rf"(?:又|我(?![爸妈爷奶哥姐弟妹家儿女老公婆孩]))[^。!?;\n]{{0,4}}?(?:吞|吃)了[^。!?;\n]{{0,4}}?(?:一把|一瓶|整瓶|一整瓶|一盒|{_N}+片|{_N}+粒)"
        r"[\s\S]{0,20}?(?:洗胃|没死成|抢救)"
        r"|吞了(?:几十|一把|一瓶|整瓶|一整瓶|一盒|[二三四五六七八九]十)[^。!?;\n]{0,2}?的?(?:安眠)?药"
        rf"|(?:数了|攒了|囤了|存了)[^。!?;\n]{{0,12}}?{_N}+(?:片|粒)[^。!?;\n]{{0,6}}?够了", re.S)),
    # charcoal and a sealed room or car
    ("self_harm", "pattern:charcoal",
     "炭",
     re.compile(r"^(?![\s\S]*?(?:烧烤|烤肉|火锅|通风|开窗|打开))[\s\S]*?炭[\s\S]{0,16}?(?:门窗|封上|封好|封死|胶带|密封|车里烧(?!烤)|"
                r"在车里(?:烧|点)(?!烤))", re.S)),
    # asking how, looking for company ("割哪里快", "zs的方法", "无痛离开", "自杀互助")
    ("self_harm", "pattern:method_ask",
     "zs 自杀 无痛 割哪 划哪",
     re.compile(
        r"(?:割|划)(?:哪里|哪儿|哪个位置|什么位置)[^。!?;\n]{0,6}?(?:快|不疼|不痛|死)"
        r"|(?:(?<![a-z])zs(?![a-z])|自杀)[^。!?;\n]{0,3}?的?(?:方法|群|互助|方式|教程)"
        r"|无痛(?:离开|走掉|死去?)")),
    # a height looked down from, a roof checked, last words from the roof
    ("self_harm", "pattern:height_checked",
     "往下看 看下去 上去看过 去看过 没锁 最后想 不下来了 楼顶 天台 顶楼",
     re.compile(
        r"(?:阳台|楼顶|天台|顶楼|桥上|窗台|窗边|楼上)[^。!?\n]{0,24}?(?:往下看|看下去)[^。!?\n]{0,16}?"
        r"(?:没那么高|也不高|不算高|不怎么高)"
        r"|^(?=[\s\S]*?(?:挂了|完了|撑不|不想活|没意思|欠了|走了|去陪|太累|结束))[\s\S]*?"
        r"(?:(?:楼顶|天台|顶楼)的?门[^。!?;\n]{0,4}?没锁|(?:楼顶|天台|顶楼)[^。!?;\n]{0,8}?(?:上去看过|去看过))"
        r"|(?:天台|楼顶|桥上|江边|河边)[^。!?\n]{0,16}?最后想(?:跟|对|和)"
        r"|(?:山|悬崖|楼顶|天台)[^。!?;\n]{0,8}?我?就不下来了"
        r"|(?:就|要)从[^。!?;\n]{0,6}?(?:楼顶|天台|顶楼)(?:跳)?下去", re.S)),
    # to the water, for the last time ("没脸见人，今晚就去江边", "往水库中间走，不回来了")
    ("self_harm", "pattern:to_the_water",
     "江边 河边 海边 湖边 中间走 深处走 楼顶 天台 桥上",
     re.compile(
        r"(?:今晚|今天|明天|待会|等会|这就)[^。!?;\n]{0,12}?就?去(?:江边|河边|海边|湖边)"
        r"(?=[\s\S]{0,20}?(?:这辈子|活够了|永别|一了百了|对不起(?:家里|爸妈|大家|孩子|老婆|老公|妈|爸)))"
        r"|(?:没脸|活够|撑不下去|这辈子够了|不想活|活不下去)[\s\S]{0,30}?就?去(?:江边|河边|海边|湖边)"
        r"|(?:江边|河边|海边|湖边|楼顶|天台|桥上)[\s\S]{0,20}?(?:这辈子够了|活够了|永别了)"
        r"|(?:往|向)(?:水库|河|湖|江|海)(?:中间|中心|深处)走[^。!?;\n]{0,10}?(?:不回来|再也)",
     re.S)),
    # things given away, last log-in, the pet handed on ("装备都送你们，别找我")
    ("self_harm", "pattern:giving_away",
     "送给 送你们 托付 留给 分给 上线 该做的事 不醒 麻烦谁 拜托大家 先走一步 撑不下去 不想活 "
     "活不下去 太累了 对不起 永远的那种 我走了 上的疤 交给你们",
     re.compile(
        r"(?:装备|账号|猫|狗|存款|东西)[^。!?;\n]{0,10}?都?(?:送给|送你们|托付给|留给|分给)[\s\S]{0,30}?"
        r"(?:不会再上线|最后一次上线|别找我|不用找我|该做的事|下辈子|再也不)"
        r"|(?:最后一次上线|不会再上线|不再上线)[\s\S]{0,30}?(?:装备|账号)[^。!?;\n]{0,6}?(?:送|给)"
        r"|(?:托付|送人)[\s\S]{0,16}?该做的事(?:都|也)?(?:做完|办完)了"
        r"|(?:撑不下去|不想活|活不下去|太累了)[\s\S]{0,30}?(?:猫|狗|孩子)[^。!?;\n]{0,8}?(?:麻烦|拜托|托付)"
        r"|(?:拜托大家|托付给)[\s\S]{0,30}?(?:太累了|撑不下去|不醒的那种|再也不醒)"
        r"|睡一觉[^。!?;\n]{0,4}?(?:不醒的那种|再也不醒|永远不醒)"
        r"|(?:交给|托付给)你们了[\s\S]{0,10}?(?:我要走了|要走了|永别|再见了)"
        r"|(?:下线|睡|走)[^。!?;\n]{0,4}?永远的那种"
        r"|我走了[^。!?;\n]{0,10}?(?:拿到保险|保险金|赔偿金)"
        r"|(?:手臂|手腕|胳膊|大腿)上的疤[^。!?\n]{0,20}?(?:停不下来|又多了|越来越多)"
        r"|对不起(?:爸妈|妈|爸)[\s\S]{0,40}?(?:先走一步|下辈子|不会再)", re.S)),
    # doxxing: a grievance, the person's number, plate, address or school, and a call to act
    ("privacy", "pattern:grievance_dossier",
     "看着办 找他 找她 直接去 大家见了 认不认识 拜访 明天公布 贴出来 发出来 等他 等她",
     re.compile(
        r"^(?=[\s\S]*?(?:举报|差评|骂人|偷了|欠薪|欠钱|欠我|欠一屁股|不给钱|跑路|骗了|黑粉|不拴绳|打人))"
        rf"(?=[\s\S]*?(?:{_MOBILE}|"
        r"0[0-9]{2,3}-[0-9]{7,8}|"
        r"车牌|[0-9]+(?:栋|幢|号楼|单元|号|区)|学校|单位|公司|工号|手机尾号|ip在|孩子在))[\s\S]*?"
        r"(?:看着办|去找[他她]|找[他她]聊|想找[他她]的|直接去|大家见了|认不认识|拜访|"
        r"谁想[^。!?;\n]{0,6}?找[他她]|明天公布|贴出来|全发出来|发出来了|去[^。!?;\n]{0,6}?等[他她])"
        r"|车牌[\s\S]{0,40}?[0-9]+(?:栋|幢|号楼|单元)[\s\S]{0,30}?(?:直接去|去找[他她]|看着办|找[他她]聊)"
        r"|[0-9]+(?:栋|幢|号楼|单元)[\s\S]{0,40}?车牌[\s\S]{0,30}?(?:直接去|去找[他她]|看着办|找[他她]聊)",
     re.S)),
    # everyone's numbers exported, records traded, someone's daily routine watched
    ("privacy", "pattern:records_traded",
     "导出 名单 数据 档案 联系方式 通讯录 四要素 每天几点 装了摄像头 本名 真名 在哪个",
     re.compile(
        r"(?:群里|群成员|所有人|全群|群友)[^。!?;\n]{0,8}?(?:手机号|电话|联系方式|微信号)[^。!?;\n]{0,6}?"
        r"(?:都|全)?导出来?了"
        r"|(?:名单|数据(?!线)|档案|联系方式|通讯录|四要素)[^。!?;\n]{0,16}?"
        rf"(?:{_N}+多?万?条|按届卖|有人收|出售|打包|私聊价格|价格私聊|可以买)"
        r"|(?<!我家)(?:[他她]|那家|那个|小孩|孩子)每天几点(?:出门|放学|下班|回家|上班|出来)[^。!?;\n]{0,14}?"
        r"(?:我都知道|我都清楚|都拍下来|都记下来|我都拍|都摸清)"
        r"|[他她]家门口装了?摄像头"
        r"|(?:真面目|曝光)[\s\S]{0,30}?(?:本名|真名)[\s\S]{0,30}?(?:老家|电话|住)"
        r"|[他她]的?(?:女儿|儿子|孩子)在哪个?(?:学校|班)[\s\S]{0,12}?(?:去找|找到)")),
    # sex bought at a foot bath, a salon, a sauna ("足浴做了个全套", "发廊八十块快餐")
    ("porn", "pattern:sex_venue",
     "足浴 足疗 洗浴 桑拿 发廊 洗头房 按摩 会所 spa 美容院 洗脚城 私教",
     re.compile(
        r"(?:足浴|足疗|洗浴|桑拿|发廊|洗头房|按摩店|按摩院|会所|spa|美容院|洗脚城|私教)[^。!?\n]{0,24}?"
        r"(?:(?:做|来|点|要)了?个?全套|全套[^。!?;\n]{0,4}?(?:小妹|妹子|到位)|小妹服务|"
        rf"{_N}+(?:块|元)?快餐|快餐{_N}+|有妹子|新来的妹子|全是[^。!?;\n]{{0,2}}?妹子|一条龙|"
        r"happy ?ending|全套(?=$|[,.!?;~])|"
        rf"加钟(?=[^。!?;\n]{{0,8}}?(?:你懂|暗示|项目|{_N}+))|加钟项目|能过夜|你懂的)"
        r"|按摩[^。!?;\n]{0,16}?能过夜"
        rf"|(?:足浴|足疗|洗浴|桑拿|发廊|洗头房|会所|洗脚城)[^。!?\n]{{0,12}}?(?:小妹|妹子|美女)[^。!?;\n]{{0,4}}?"
        rf"{_N}+(?:块|元)?一次"
        r"|(?:会所|桑拿|洗头房|发廊)[^。!?\n]{0,12}?(?:新到|新来)[^。!?\n]{0,12}?活儿?好")),
    # paying for sex ("叫小姐被抓", "站街的", "找个妹子开房")
    ("porn", "pattern:paid_sex",
     "叫小姐 叫了 站街 做那个的 开房 做鸡 酒店等 过夜",
     re.compile(
        r"叫了?(?:几个|个|两个)?小姐[^。!?;\n]{0,6}?(?:被抓|罚|多少钱|一次|包夜|上门)"
        r"|站街(?:女|的)"
        r"|(?:做那个的|做鸡的?)[^。!?;\n]{0,10}?(?:多少钱|一次)"
        r"|(?:找|约)个?(?:妹子|小姐|女人)[^。!?;\n]{0,4}?开房"
        r"|约(?:吗|么)[?,.]?[^。!?;\n]{0,10}?酒店等"
        r"|(?:妹子|小姐|陪唱|陪酒)[^。!?;\n]{0,10}?(?:带出去|出台)过夜")),
    # gore shared, animals tortured on video
    ("violence", "pattern:gore_share",
     "脑浆 内脏 肠子 虐猫 虐狗 分尸 满脸是血 血肉模糊 头破血流 尸体 两截 几截 两段",
     re.compile(
        r"^(?=[\s\S]*?(?:视频|图|发群里|别点|勿看|胆小))[\s\S]*?"
        r"(?:脑浆|内脏|肠子)[^。!?;\n]{0,4}?(?:都|全)?(?:出来|流出来|流了?一地|淌了?一地)"
        r"|(?:碾|压|砍|撞)成(?:两|几)(?:截|段|半)"
        r"|虐(?:猫|狗)视频[^。!?;\n]{0,10}?(?:无码|全程|要看|要的|私|发)"
        r"|分尸(?:现场|视频)"
        r"|(?:满脸是血|血肉模糊|头破血流)[^。!?;\n]{0,8}?(?:太爽|真爽|解气)"
        r"|尸体(?:照片|视频|图)[^。!?;\n]{0,10}?(?:流出|要看|头都没了)", re.S)),
    # running someone down, poisoning or hitting whoever comes ("我开车直接撞过去",
    # "毒死一个算一个", "砸到谁算谁")
    ("violence", "pattern:indiscriminate",
     "撞过去 撞死 撞上去 一个算一个 谁算谁",
     re.compile(
        r"(?:再|敢|让我|哪天|要是|下次)[^。!?\n]{0,20}?开车[^。!?;\n]{0,3}?(?:直接)?撞(?:过去|死[他她你]|上去)"
        r"|(?:毒死|砸死|砸到|撞死|捅死|砍死|炸死|打到|撞到)(?:一个算一个|谁算谁)"
        r"(?![^。!?\n]{0,8}?(?:别乱说|这种话|会被抓|违法))")),
    # weapons made at home, shown off for hurting people ("教你们做弩", "改装…能炸开门")
    ("violence", "pattern:weapon_made",
     "教你 教大家 改装 自制 打穿 射穿 电棍 电击器 炸开",
     re.compile(
        r"(?:教你们?|教大家)(?:做|自制|改装)[^。!?;\n]{0,4}?(?:弩|枪|炸药|炸弹|弹弓|火药|雷管)"
        r"|(?:弩|火药枪|钢珠枪|气枪|炸药|炸弹|雷管|火药)[^。!?;\n]{0,6}?(?:改装|自制)[^。!?;\n]{0,4}?"
        r"(?:教学|教程|方法|视频)"
        r"|(?:改装|自制)的?[^。!?;\n]{0,4}?(?:弩|枪|炮|炸药|炸弹|弹弓|烟花|鞭炮|火药|那玩意)[^。!?;\n]{0,10}?"
        r"(?:炸开|炸穿|射穿|打穿)"
        r"|(?:弩|枪|炮|炸药|烟花|鞭炮|火药|弹弓)[^。!?;\n]{0,4}?(?:改装|自制)[^。!?;\n]{0,10}?(?:炸开|炸穿|射穿|打穿)"
        r"|(?:弹弓|弩)[^。!?;\n]{0,12}?(?:打穿|射穿)(?=[^。!?\n]{0,12}?(?:防身|打人|出售|包邮|私|要的|神器))"
        r"|电(?:棍|击器)[^。!?;\n]{0,10}?(?:电晕|防身)")),
    # more threats: blown up, set on fire, made to disappear, a finger cut off, "watch your
    # back, my men are waiting", "pay or we smash the shop"
    ("violence", "pattern:threat_more",
     "稀巴烂 稀烂 粉碎 放把火 放火 点把火 消失 不得安宁 小心点 剁他 剁她 剁你 刀把 随便捅 随便砍 "
     "就砸 就砍 卸胳膊 卸腿 你家住哪 知道你家 兄弟们都在 在外面等着 带好家伙 "
     "陪葬 往死里 套麻袋 一条腿 一只手 的命 打烂 打爆 撕烂 你儿子 你女儿 你孩子",
     re.compile(
        r"炸(?:他|她|你)(?:们)?个?(?:稀巴烂|粉碎|稀烂)"
        r"|(?:在|去|到)(?:你|他|她)(?:们)?(?:的|家)?[\u4e00-\u9fff]{0,3}?(?:上|里|门口)?(?:放把火|放火|点把火)"
        r"|让(?:他|她|你)(?:全家)?(?:消失(?!在)|不得安宁|陪葬)"
        r"|(?:你家住哪|知道你家|兄弟们都在|在外面等着|带好家伙)[\s\S]{0,20}?(?:小心点|等着)"
        r"|(?:出门|晚上)小心点[\s\S]{0,24}?(?:兄弟们|带好家伙|我知道你家)"
        r"|剁(?:他|她|你)(?:一根|几根|两根)?(?:手指|手|腿|脚)"
        r"|(?:拿|用)刀把(?:你|他|她)[^。!?;\n]{0,4}?(?:剁|砍|捅)"
        r"|随便(?:捅|砍)死?几个(?![价刀])"
        r"|不(?:交|给)就(?:砸|砍)"
        r"|卸(?:胳膊|腿)"
        r"|往死里(?:揍|打)|套麻袋"
        r"|买(?:他|她)(?:一条腿|一只手|的命)"
        r"|(?:打烂|打爆|撕烂)(?:你|他|她)(?:那张|的)?[^。!?;\n]{0,2}?脸"
        r"|(?:欠钱|还钱|不还)[\s\S]{0,20}?你(?:儿子|女儿|孩子)在[^。!?;\n]{0,12}?"
        r"(?:学校|小学|中学|班|年级)", re.S)),
    # a group of people called names ("湖南的学员都是垃圾素质", "同性恋都是变态")
    ("abuse", "pattern:group_slur_more",
     "同性恋 基佬 信耶稣 信教的 穆斯林 女司机 微商 残废 乡下人 农村人 外地人 学员 "
     "河南 东北 安徽 四川 湖南 湖北 广西 新疆 江西 山东 福建 甘肃 贵州 云南",
     re.compile(
        r"(?:同性恋|基佬|信耶稣的|信教的|穆斯林|女司机|微商的?|残废|乡下人|农村人|外地人|"
        r"(?:河南|东北|安徽|四川|湖南|湖北|广西|新疆|江西|山东|福建|甘肃|贵州|云南)(?:的学员|来的|人|的))"
        r"[^。!?;\n]{0,2}?(?:都是|就是|全是)(?:垃圾|变态|骗子|脑子进水|脑残|傻逼|傻子|蠢货|人渣|畜生|"
        r"小偷|马路杀手|骗子婊|婊子|没素质|素质差)")),
    # a person compared to filth, told to get lost, called names to their face
    ("abuse", "pattern:insult_more",
     "跟屎 像屎 跟粪坑 像粪坑 跟鬼 像鬼 跟猪 像猪 跟狗屎 跟垃圾 像垃圾 丢人 滚一边 滚回去 滚出去 "
     "你个 你这个 别出门",
     re.compile(
        r"(?:跟|像)(?:屎|粪坑|鬼|猪食?|狗屎|垃圾)一样[^。!?;\n]{0,10}?(?:还有脸|还好意思|恶心|臭)"
        r"|(?:菜狗|残废|废物|垃圾|空军佬|丑八怪|肥猪|舔狗|沙雕)[^。!?;\n]{0,12}?"
        r"(?:别出来丢人|就别出门|丢人现眼|滚一边|滚回去|滚出去)"
        r"|你(?:个|这个)(?:缩头乌龟|长舌妇|扑街|沙雕|废物|贱人|蠢货|傻逼|肥猪|死胖子|丑八怪|舔狗|撒谎精)")),
    # sedatives without a prescription, ward opioids from the black market
    ("drugs", "pattern:rx_free",
     "安定 阿普唑仑 地西泮 三唑仑 艾司唑仑 氯硝西泮 佐匹克隆 唑吡坦 镇静药 安眠药 曲马多 杜冷丁 "
     "吗啡 芬太尼",
     re.compile(
        r"(?:安定(?!医院|门|团结|下来|的)|阿普唑仑|地西泮|三唑仑|艾司唑仑|氯硝西泮|佐匹克隆|唑吡坦|镇静药|"
        r"安眠药|曲马多)[^。!?\n]{0,20}?"
        rf"(?:不需要处方|不用处方|无需处方|不查处方|不要处方|没有?处方也|没处方照样|无处方|不用去医院开|"
        rf"不用医院开|不去医院开|医院不给开|一盒{_N}+|一板{_N}+)"
        r"|(?:黑市|私下)[^。!?;\n]{0,6}?(?:弄|买)了?点?(?:杜冷丁|吗啡|芬太尼|曲马多|安定)")),
    # drugs taken or sold in slang ("整两口k", "溜一口冰", "锡纸烫…比直接吸劲大",
    # "叶子二百一克", "测不出的兴奋剂")
    ("drugs", "pattern:drug_slang_use",
     "一口 两口 几口 锡纸 点麻 测不出 查不出 检测不出 检不出 一克 叶子 好货 提神 加料 加了料 白粉",
     re.compile(
        r"(?:整|来|吸|溜|抽|嗑)了?(?:一|两|几)口(?:k(?![a-z])|冰(?![淇激棍块水可饮镇啤])|麻(?![辣])|叶子|粉)"
        r"|锡纸[^。!?;\n]{0,6}?(?:烫|烤)[^。!?;\n]{0,12}?(?:吸|劲大|上头)"
        r"|(?:买|弄|搞)了?点麻[^。!?;\n]{0,16}?抽"
        r"|(?:兴奋剂|尿检|药检)[^。!?;\n]{0,6}?(?:测不出|查不出|检测不出|检不出)"
        rf"|(?:叶子|冰|(?<![a-z])k|(?<!蛋)白粉)[^。!?;\n]{{0,10}}?{_N}+(?:块|元)?一克(?![^。!?;\n]{{0,6}}?(?:茶|肥|菜))"
        r"|叶子[^。!?;\n]{0,12}?(?:直发|安全隐蔽|隐蔽发货)"
        r"|(?:云南|缅甸)[^。!?;\n]{0,4}?(?:带了?点|带的|直发的?)好货"
        r"|提神的?(?:白色)?(?:小药片|粉|丸)(?![丝条])"
        r"|加了?料的?[^。!?;\n]{0,4}?(?:烟油|烟弹|电子烟)"
        r"|(?<!蛋)白粉(?!病)[^。!?;\n]{0,4}?(?:质量|纯度|有货|价格)")),
    # stakes and odds in their everyday shapes ("一局五百谁输谁付", "上分一比十",
    # "借网贷去赌", "每人押两百全拿走", "赔十倍")
    ("gambling", "pattern:stake_more",
     "谁输谁 上分 下分 筹码 捕鱼 去赌 去冲 再上 都接 单关 串关 竞猜 一竿 一注 押了 我押 每人押 "
     "每人压 菠菜 二十一点 各下 各押 抵押 庄还是闲 闲还是庄 全梭 骰子 下了",
     re.compile(
        rf"一局{_N}+(?:块|元|百|千)?[^。!?;\n]{{0,6}}?谁输谁(?:付|给|掏)"
        rf"|(?:上分|下分|筹码)[^。!?;\n]{{0,4}}?一比{_N}+(?![^。!?;\n]{{0,4}}?(?:的|教程|攻略))"
        rf"|捕鱼[^。!?;\n]{{0,12}}?(?:充了?{_N}*[百千万]|爆了{_N}+)"
        r"|(?:抵押|借了?|网贷|贷款|卖了)[^。!?;\n]{0,12}?去(?:赌|冲(?!浪))"
        r"|抵押[^。!?;\n]{0,10}?(?:翻本|输光)"
        rf"|下了{_N}+(?:块|元|千|万)?[^。!?;\n]{{0,2}}?(?:赌|押|买)[^。!?;\n]{{0,8}}?(?:赢|胜|输)"
        r"|庄还是闲|闲还是庄|(?:工资|积蓄|存款|家底)全梭"
        rf"|骰子[^。!?;\n]{{0,6}}?一点{_N}+|菠菜大?平台"
        r"|(?:输|连黑)[^。!?;\n]{0,20}?借[^。!?;\n]{0,6}?钱再上"
        r"|(?:让[0-9.一二两半]+球?|让球)[^。!?;\n]{0,10}?(?:上多少都接|都接)"
        r"|(?:竞猜|单关|串关)[^。!?;\n]{0,12}?(?:盘口|水位)"
        rf"|(?:一竿|一注|押(?!金))[^。!?;\n]{{0,20}}?赔{_N}+倍"
        rf"|每人(?:押|压){_N}+[^。!?;\n]{{0,16}}?(?:全拿走|通吃|全归|拿走)"
        r"|菠菜[^。!?;\n]{0,4}?盘口"
        r"|二十一点[^。!?;\n]{0,6}?(?:搏一搏|赌|下注|梭哈)"
        rf"|各(?:下|押)了?{_N}+")),
    # June Fourth mourned, strikes and sit-ins at gates, petitions, white paper, rule rejected
    ("politics", "pattern:dissent_more",
     "六四 八九 达赖 罢工 罢运 停跑 停工 罢课 请愿 静坐 抗议 示威 拉横幅 上访 不承认 中南海 "
     "颜色革命 汉人 白纸 被删 炼功 变天 维吾尔 藏人 新疆人 门口堵 举牌 停运 不给说法 "
     "不给个说法 也配当领导",
     re.compile(
        r"(?:六四|八九)[^。!?;\n]{0,12}?(?:点蜡|悼念|纪念|烛光|屠杀)"
        r"|(?:点蜡|悼念)[^。!?;\n]{0,8}?(?:六四|八九)"
        r"|达赖[^。!?;\n]{0,10}?(?:才是|领袖|万岁)"
        r"|(?:罢工|罢运|停跑|停工|罢课)[^。!?;\n]{0,12}?(?:堵(?:厂|门|路|公司)|抗议|门口|拉横幅)"
        # a sit-in called at a party or government office ("所有人去县委静坐")
        r"|(?:去|到)[^。!?;\n]{0,4}?(?:县委|省委|市委|区委|县政府|市政府|区政府|镇政府|乡政府|政府|"
        r"信访局|信访办)(?:门口|大门)?(?:静坐|示威|请愿)"
        r"|(?:门口|广场)[^。!?;\n]{0,4}?(?:下跪请愿|请愿|静坐|示威)"
        r"|拉横幅[^。!?;\n]{0,6}?反对"
        r"|(?:停运|停工|罢工|罢运)[^。!?;\n]{0,20}?门口|不给(?:个)?说法不走|也配当领导"
        r"|(?:政府|市委|信访局|派出所)门口堵|(?:举牌|拉横幅)[^。!?;\n]{0,6}?讨(?:个)?说法"
        r"|上访[^。!?;\n]{0,12}?(?:横幅|喇叭|越多越好)|全村[^。!?;\n]{0,6}?上访"
        r"|不承认[^。!?;\n]{0,4}?(?:现在的)?政府"
        r"|(?:中南海|上面那位)[^。!?;\n]{0,8}?(?:都该|该)被?(?:审判|枪毙|下台|清算)"
        r"|颜色革命[^。!?;\n]{0,4}?(?:才是|是中国)"
        r"|(?:维吾尔|藏人|新疆人)[^。!?;\n]{0,8}?(?:站起来反抗|起来反抗)|把汉人赶出去"
        r"|白纸[^。!?;\n]{0,12}?(?:广场|散步|天安门)|(?:天安门|广场)[^。!?;\n]{0,8}?带?白纸"
        r"|(?:高层|内幕)[^。!?;\n]{0,10}?(?:就会被删|会被删|马上被删)"
        r"|集体炼功|炼功[^。!?;\n]{0,8}?(?:暗号|别带手机)"
        r"|(?:国家|中国)[^。!?;\n]{0,4}?(?:早该|该)变天")),
    # money redirected: a new payee account, a personal account "below", a child hurt and money
    # wired at once, "this is a classmate's phone, I need 3000"
    ("fraud", "pattern:redirected_payment",
     "收款账户 新账户 旧账户 个人账户 个人账号 受伤 摔伤 伤了 手术 出事 住院 车祸 急需 我是 "
     "统一转 家里出事 我个人 我私人 收款码",
     re.compile(
        r"新的?收款账户|打到新账户|旧账户已?冻结"
        r"|请[^。!?;\n]{0,10}?(?:转|打|汇)(?:至|到|入)(?:以下|下面的?|下方)?(?:个人|私人)(?:账户|账号|银行卡)"
        r"|(?:孩子|儿子|女儿)[^。!?;\n]{0,16}?(?:受伤|摔伤|伤了|出事|住院|车祸|手术)[\s\S]{0,20}?(?:立刻|马上|立即|赶紧)(?:汇|转|打)"
        rf"|(?:同学的号|朋友的号|新号|换号|手机摔坏|手机坏了|手机丢了)[\s\S]{{0,20}}?急需{_N}+"
        r"|家里出事了?[^。!?;\n]{0,10}?(?:先转|转她|转他|借我)"
        r"|我是[^。!?;\n]{0,10}?(?:新来的|新的?)[^。!?;\n]{0,8}?(?:老师|班主任|财务)[\s\S]{0,40}?"
        r"(?:收款码|缴纳|转给我|转我)"
        r"|我是[^。!?;\n]{0,10}?(?:物业|物管|居委会|社区|燃气|电力|供电|自来水)[\s\S]{0,30}?(?:预交|先交|交|缴)"
        r"[^。!?;\n]{0,8}?(?:押金|费)[^。!?;\n]{0,10}?转我"
        r"|(?:费|款)[^。!?;\n]{0,20}?统一转(?:到|给)我这边"
        r"|(?:费|款)[^。!?;\n]{0,8}?(?:改由|由)我(?:个人|私人)代?收"
        # a "new" payment code for a fee, and not the old one
        r"|新(?:的|嘅)?收款码[\s\S]{0,24}?(?:学费|班费|资料费|培训费|书费)[\s\S]{0,24}?"
        r"(?:不要|别|唔好|勿)再?(?:转|打|扫|付)", re.S)),
    # a miracle product with a refund promise ("七天瘦十斤，无效退款", "能根治糖尿病")
    ("fraud", "pattern:miracle_refund",
     "无效 不节食 根治 包好 包治",
     re.compile(
        r"^(?=[\s\S]*?(?:药|贴|胶囊|茶))[\s\S]*?"
        rf"(?:{_N}+天瘦{_N}+斤[^。!?;\n]{{0,12}}?(?:不节食|不运动|无效)"
        r"|(?:瘦|摘眼镜|根治|治好|断根|包好)[^。!?;\n]{0,16}?无效(?:全额)?(?:全退|退款|退钱))"
        r"|(?:神药|特效药|偏方|秘方)[^。!?;\n]{0,20}?无效(?:全额)?(?:全退|退款|退钱)"
        r"|(?:能|可以)根治(?:糖尿病|高血压|癌症|近视|痛风|乙肝)(?![吗么?])"
        r"|(?:特效药|神药)[^。!?;\n]{0,4}?(?:包好|包治)", re.S)),
    # a promised multiple ("至少翻倍", "上所就是百倍", "三天涨十倍", "中签率百分百")
    ("fraud", "pattern:promised_multiple",
     "翻倍 百倍 十倍 千倍 倍 中签率 内部消息 内部价 必拉 负责 亏了算 亏了归",
     re.compile(
        r"(?:(?:至少|起码|保底|稳)翻倍"
        rf"|(?:至少|起码|就是|稳|必)[^。!?;\n]{{0,2}}?(?:百倍|十倍|千倍|翻{_N}+倍)"
        rf"|{_N}+天(?:涨|翻){_N}+倍"
        r"|中签率百分之?百"
        rf"|必拉{_N}+个?(?:板|涨停)|亏了(?:算|归)?(?:他|我|老师)(?:的|负责)"
        r"|内部(?:消息|价)[^。!?;\n]{0,20}?(?:埋伏|认购|上所|翻倍))"
        r"(?![^。!?;\n]{0,8}?(?:不可信|别信|不能信|骗人|是假的|瞎猜|别当真|吗|么|\?))")),
    # virtual goods paid first, identities rented, subsidies claimed through a link, a downline
    ("fraud", "pattern:shady_trade",
     "先付款后发 实名 刷脸 点链接 点击链接 点这个 点下方 点击下方 扫码 下线越多 换汇通道 换u "
     "运费 邮费 领材料 领原料 越多 垫付本金 会议 缅北 自动扣费 外挂 收u u商 拉一个人",
     re.compile(
        r"(?:游戏币|皮肤|账号|购物卡|卡密|点卡|点券|钻石|金币|q币|礼品卡|充值卡)[^。!?;\n]{0,30}?先付款后发"
        r"|(?:收|租|买)[^。!?;\n]{0,4}?实名的?(?:微信|支付宝|账号|手机卡|银行卡)"
        rf"|刷脸(?:认证)?[^。!?;\n]{{0,4}}?一次{_N}+|帮[^。!?;\n]{{0,4}}?做实名"
        r"|(?:补贴|补助|助学金|退税)[^。!?;\n]{0,20}?(?:点(?:击)?(?:链接|这个|下方)|扫码)[^。!?\n]{0,20}?(?:领|填)"
        r"|下线越多"
        r"|换汇通道|(?:帮人|代)换u(?![a-z])|(?<![a-z])(?:收u|u商)(?![a-z])"
        r"|拉一个人[^。!?;\n]{0,4}?(?:奖|返|提成)"
        r"|(?:中奖|抽中|领奖)[^。!?;\n]{0,30}?(?:先付|支付|付)[^。!?;\n]{0,6}?(?:运费|邮费)"
        rf"|押金{_N}+(?:元|块)?[^。!?;\n]{{0,2}}?领(?:材料|原料)"
        r"|垫付[^。!?;\n]{0,4}?越多[^。!?;\n]{0,4}?返|垫付本金[^。!?;\n]{0,4}?返"
        r"|(?:退款|理赔|退费)[^。!?\n]{0,30}?下载[^。!?;\n]{0,6}?会议"
        r"|缅北[^。!?\n]{0,20}?(?:包吃住|月入|坐飞机|报销)"
        r"|外挂[^。!?;\n]{0,16}?(?:检测不到|检测不出|不封号)"
        r"|(?:百万保障|百万医疗)[^。!?;\n]{0,16}?自动扣费"
        r"|自动扣费[^。!?\n]{0,12}?(?:取消|关闭)[^。!?;\n]{0,6}?(?:加客服|联系客服|按提示)")),
    # porn in text, films, nude sets and "men only" nights
    ("porn", "pattern:porn_more",
     "h文 h漫 h本 特殊影片 那种片 一丝不挂 私房照 裸照 私密照 男士 男宾 露骨 全脱 尺度看价格 "
     "做那个事 寂寞 空虚 福利群 资源群 深夜福利 午夜福利",
     re.compile(
        r"(?<![a-z])h(?:文|漫|本)(?![件档])"
        r"|(?:提供|全是|都是|有)(?:特殊|那种)(?:影片|片子)"
        rf"|一丝不挂[^。!?;\n]{{0,8}}?(?:{_N}+(?:块|元)|打包|出售)"
        r"|(?:卖|出)[^。!?;\n]{0,8}?(?:私房照|裸照|私密照)"
        r"|(?:男士|男宾)[^。!?;\n]{0,6}?(?:专属|保健)[^。!?;\n]{0,8}?(?:夜间节目|女技师|年轻女)"
        r"|床戏细节|写得太露骨|(?:可以|能)全脱|尺度看价格"
        r"|(?:私密照|裸照|私房照)[^。!?;\n]{0,10}?(?:谁有|出钱|求)"
        r"|做那个事[^。!?;\n]{0,8}?多少钱"
        r"|(?:寂寞|空虚)[^。\n]{0,16}?(?:同城交友|约会|可见面|真实可见|附近的人都在等你|等你来)"
        rf"|(?:福利|资源)群[^。!?;\n]{{0,10}}?(?:入群|进群|解锁)[^。!?;\n]{{0,2}}?{_N}+"
        r"|(?:深夜|午夜)福利[^。!?;\n]{0,6}?(?:懂的|私)")),
    # drugs: a puff "like flying", stamps licked, quoted code words traded
    ("drugs", "pattern:drug_code_more",
     "像飞 飞一样 飞起来 舔 bing 面粉 糖果 白的 小树枝 奶茶 一针",
     re.compile(
        r"(?:抽|吸)(?:一口|一下)[^。!?;\n]{0,6}?(?:像飞|飞一样|飞起来)"
        r"|邮票[^。!?;\n]{0,10}?(?:舔一下|舔|彩虹)"
        r"|(?:打了|扎了)一针[\s\S]{0,10}?(?:还在飞|飞了|上头)|上头了[\s\S]{0,10}?(?:打了|扎了)一针"
        r"|(?<![a-z])bing(?![a-z])[^。!?;\n]{0,4}?(?:纯货|有货|纯度)"
        r"|[\"“「『](?:面粉|糖果|白的|小树枝|奶茶|提神的粉)[\"”」』][^。!?;\n]{0,12}?"
        r"(?:要货|提成|有货|还有吗|一单|渠道|一克)")),
    # more stakes: a small stake scorned, a poker table's buy-in, a lottery that "triples"
    ("gambling", "pattern:stake_raise",
     "太小 没意思 买入 带入 快三",
     re.compile(
        rf"{_N}+块钱?一(?:炮|个子|局|把)[^。!?;\n]{{0,4}}?(?:太小|太没意思|没意思)"
        rf"|德州[^。!?;\n]{{0,10}}?局[^。!?;\n]{{0,10}}?(?:买入|带入)[^。!?;\n]{{0,2}}?{_N}+"
        rf"|快三[^。!?;\n]{{0,12}}?翻{_N}+倍")),
    # abuse: cursing "until she quits", a tortoise or a pig "still dares"
    ("abuse", "pattern:abuse_more",
     "骂到 跟乌龟 像乌龟",
     re.compile(
        r"骂到[你他她]?[^。!?;\n]{0,6}?为止"
        r"|(?:跟|像)乌龟一样[^。!?;\n]{0,10}?(?:还有脸|还好意思)")),
    # self-harm: a way to end it on the road or the water ("油门踩到底就都结束了")
    ("self_harm", "pattern:ending_it",
     "都结束了 就结束了 一了百了",
     re.compile(r"(?:高架|油门|踩到底|冲下去)[^。!?;\n]{0,10}?(?:就都结束了|就结束了|一了百了)")),
    # people's numbers offered to businesses; someone else's chats read by software
    ("privacy", "pattern:people_numbers",
     " ".join([*(f"{who}{of}{what}"
                 for who in ("家长", "业主", "车主", "学生", "考生", "股民", "患者")
                 for of in ("", "的") for what in ("电话", "手机号")),
               "看对方 监控对方 查看对方 偷看对方"]),
     re.compile(
        r"(?:家长|业主|车主|学生|考生|股民|患者)的?(?:电话|手机号)[^。!?;\n]{0,12}?(?:需要的|要的|谁要|出售)"
        r"|(?:看|监控|查看|偷看)对方(?:的)?(?:微信|聊天|聊天记录|定位)")),
    # --- holdout 15 (2026.12.11): scams told as a role plus a money ask, written in our own
    # words in tests/unit/test_moderation_h15.py
    # a role claimed or relayed ("我是房东…", "导师让我通知…"), then money to a card, a group
    # collection, a payee code or "me"; a new channel for an old fee ("改成群里扫码交")
    ("fraud", "pattern:role_money_ask",
     "我是 让我通知 让我转告 这张卡 这个账户 群收款 收款码 扫码交 扫码缴 改成 改为",
     re.compile(
        r"(?:我是[^。!?;\n]{0,6}?(?:房东|护士长|导师|主任|经理|领导|老板|[\u4e00-\u9fff]总|班主任|校长|"
        r"财务|会计|新来的|新换的)"
        r"|(?:导师|老师|领导|老板|[\u4e00-\u9fff]总|班主任|主任|校长|护士长|经理)让我(?:通知|转告)"
        r"|(?:新号|新微信|换了号|换号了))"
        r"(?=[\s\S]{0,50}?"  # (a look-ahead: the hit is the role, not the money words)
        r"(?:(?:转|打|汇|交)[^。!?;\n]{0,8}?(?:到|进|入)(?:这张卡|这个账户|这个卡|群收款|下面的?收款码)"
        rf"|(?:转|打|汇)(?:给我|过来)|先?帮我先?转{_N}+|转{_N}+(?:块|元)?到"
        r"|(?:下面|这个|下方)的?收款码))"
        r"|(?:改成|改为|改由)[^。!?;\n]{0,6}?(?:群里|私人|个人|我)[^。!?;\n]{0,4}?(?:扫码|转账|收)(?:交|缴)?"
        r"(?=[\s\S]{0,30}?收款码)", re.S)),
    # a benefit or an office's card, then the card, the ID or the screen handed over in the
    # group or to a private WeChat ("补贴…把银行卡拍照发上来", "社保卡…身份证号和卡背面的数字")
    ("fraud", "pattern:benefit_data_ask",
     "补贴 补助 社保 医保 退税 养老金 公积金 高龄福利 老年福利 老人福利",
     re.compile(
        r"(?:补贴|补助|社保|医保|退税|养老金|公积金|(?:高龄|老年|老人)福利)[\s\S]{0,50}?"
        r"(?:(?:银行卡|身份证|卡号|卡背面|密码)[^。!?;\n]{0,10}?(?:拍照发|拍照片发|发上来|发群里|发到群|"
        r"发我|发给我|告诉我|私发|报给我)"
        r"|卡背面的?(?:数字|三位数|三位)|加[^。!?;\n]{0,16}?微信[^。!?;\n]{0,20}?登记(?:银行卡|身份证|卡号)"
        r"|屏幕共享|共享屏幕"
        # the ID or card number read out on a call to a 'hotline' to be registered or paid
        r"|报(?:上|一下)?(?:你的)?(?:身份证|银行卡|卡号)号?码?[^。!?;\n]{0,4}?(?:即可|就能|就可以|才能)"
        r"(?:登记|领取|领|到账|发放))", re.S)),
    # a prize or a sponsor's gift that only needs the postage ("只需支付邮费", "转19.9运费就送")
    ("fraud", "pattern:postage_prize",
     "邮费 运费",
     re.compile(
        r"(?:抽奖|抽中|中奖|中了|幸运|赞助|福利|官方合作|价值)[\s\S]{0,40}?"
        rf"(?:只需|只要|先|转|付|支付)[^。!?;\n]{{0,4}}?{_N}*(?:元|块)?(?:邮费|运费)"
        r"(?![^。!?;\n]{0,6}?(?:自理|自付|到付|我出))", re.S)),
    # a stake named by its unit without the game ("十块一个子", "二十块的底"), a book opened on a
    # match with its odds ("我开个盘，一赔一点五"), a real-money table, wages staked on a throw
    ("gambling", "pattern:stake_unit",
     "一个子 块的底 元的底 块钱的底 一赔 真钱局 真钱场 赌上",
     re.compile(
        rf"{_N}+(?:块|元)钱?一个子"
        rf"|{_N}+(?:块|元)钱?的底(?![价薪裤衫子部线座色气层])"
        r"|(?:开个?盘|开了个?盘|坐庄|当庄)[^。!?;\n]{0,20}?(?<!假)一赔"
        r"|真钱(?:局|场)"
        r"|赌上[^。!?;\n]{0,6}?(?:工资|房子|家当|积蓄|全部身家|老婆本|彩礼)"
        r"|(?:工资|房子|家当|积蓄|老婆本|彩礼)[^。!?;\n]{0,4}?赌上")),
    # a "stay-awake" pill or a "flying" supply offered to night workers and drivers
    # ("进口提神药，比咖啡猛", "犯困就吃那个小药丸", "需要飞行的…货好")
    ("drugs", "pattern:stay_awake_pill",
     "提神药 提神丸 小药丸 飞行的",
     re.compile(
        r"(?:提神药|提神丸|小药丸)(?=[^。!?\n]{0,30}?(?:不困|比咖啡|比红牛|猛|熬夜|通宵|一宿|神器|都吃))"
        r"|(?:犯困|熬不住|熬夜|夜班|通宵|跑长途)[^。!?\n]{0,20}?(?:进口|那个|这种)(?:提神药|提神丸|小药丸)"
        r"|(?:需要|要)飞行的[^。!?\n]{0,12}?(?:货|闪送|同城)")),
    # a beating promised on sight or arranged ("见一次打一次", "找人…人也打一顿"); poison put in
    # someone's cup or food ("水杯里加点氰化钾", "我就下毒"); an edged knife offered
    ("violence", "pattern:beating_or_poison",
     "打一次 打一顿 下毒 氰化钾 毒药 老鼠药 农药 敌畏 百草枯 砒霜 开刃 开了刃",
     re.compile(
        r"见(?:到)?一次打一次"
        r"|(?:找人|叫人|叫几个|人也|约出来|拖出去)[^。!?;\n]{0,10}?打一顿"
        r"|(?:水杯|杯子|饭里|饭菜|茶里|汤里|水里|饮料|花盆)[^。!?;\n]{0,6}?(?:加点|放点|下点|投|撒|放)"
        r"[^。!?;\n]{0,4}?(?:氰化钾|毒药|老鼠药|农药|敌畏|百草枯|砒霜)"
        r"|(?:我|老子)(?:就|要|去|明天|今晚)?下毒"
        r"|开了?刃的?(?:砍刀|刀|匕首|直刀|军刀)[^。!?\n]{0,12}?(?:谁要|便宜出|出售|转让|要的)")),
    # people's data exposed: a list with phones offered, a patient's record photographed for the
    # group, a found account followed by a call to go after the person, a debtor's home and phone
    ("privacy", "pattern:exposed_records",
     "名单 病历 化验单 检查报告 诊断书 扒到 人肉到 欠我",
     re.compile(
        r"(?:业主|家长|车主|客户|学生|会员|病人|患者|住户)的?(?:名单|信息|资料)和?(?:电话|手机号)"
        r"[^。!?;\n]{0,10}?(?:谁要|要的|出售|发群里)"
        r"|(?:病历|化验单|检查报告|诊断书)[^。!?;\n]{0,6}?(?:拍了|拍下来|截图)[^。!?;\n]{0,6}?"
        r"(?:发群|发你们|发出来|曝光)"
        r"|(?:扒到|人肉到|查到)[\s\S]{0,40}?(?:大家冲|冲他|冲她|一起骂|去骂|打电话骂)"
        r"|欠(?:我|钱|款)[^。!?\n]{0,20}?(?:车牌|身份证|家在|家住|住在)[\s\S]{0,40}?"
        r"(?:电话|手机)[^。!?\n]{0,4}?1[3-9][0-9]{9}")),
    # a deepfake nude or film ("没穿衣服的图…合成的", "小电影…脸换的很真"); sex bought on the road
    ("porn", "pattern:deepfake_or_bought",
     "合成 换脸 脸换 小姐 包过夜",
     re.compile(
        r"(?:没穿衣服|裸照|裸体|小电影|不雅|脱光)[\s\S]{0,30}?(?:合成|换脸|脸换)"
        r"|(?:合成|换脸)[^。!?;\n]{0,8}?(?:没穿衣服|裸照|裸体|小电影|不雅视频|脱光)"
        r"|叫了?个小姐[^。!?\n]{0,12}?(?:包夜|过夜|全套|[0-9一二两三四五六七八九十百千]+(?:块|元|百))"
        r"|包过夜")),
    # a fee paid through a code or a link, with a threat to those who do not pay
    # ("请扫码缴纳，不交的影响孩子分班")
    ("fraud", "pattern:code_fee_threat",
     "不交的 不交 不缴",
     re.compile(
        r"(?:扫码|扫这个码|扫下面|二维码|收款码|点击链接|链接)[^。!?;\n]{0,8}?[,]?"
        r"不(?:交|缴)的?[^。!?;\n]{0,6}?(?:影响|取消|踢|停|不能|后果)")),
    # a whole trade or group called filth ("都是一群骗钱的垃圾", "臭民工"), death wished on a
    # person ("老东西…怎么还不死"), a woman called 破鞋
    ("abuse", "pattern:slur_wish_death",
     "一群 臭民工 臭农民 臭打工 还不死 破鞋",
     re.compile(
        r"(?:都是|全是|就是)一群[^。!?;\n]{0,6}?(?:垃圾|人渣|畜生|废物|败类|蛆)"
        r"|臭(?:民工|农民|打工的)"
        r"|(?:怎么|咋|为什么|为啥)还不(?:去)?死(?![机心角亡])"
        r"|(?:离了婚的|这种|这个|那个|你个|你这)破鞋(?!子)")),
    # money paid first to "his designated account" ("运费先付一半到指定账户当押金")
    ("fraud", "pattern:prepay_designated",
     "指定账户",
     re.compile(r"(?:先付|先交|先转|预付|先打)[^。!?;\n]{0,10}?(?:到|进|入)[^。!?;\n]{0,4}?指定账户")),
    # --- holdout 17 (2026.12.13): families written in our own words in
    # tests/unit/test_moderation_h17_risk.py
    # a fee notice that ends in "pay me": an office's or a class's fee per head, to the sender
    # or a code below ("每户交280…转给我登记", "资料费每人186，请扫描下方二维码缴费"), or the
    # same fee asked again after a "system fault" ("需重新缴纳")
    ("fraud", "pattern:fee_to_sender",
     "资料费 教辅费 餐费 伙食费 书本费 教材费 报名费 服装费 保险费 班费 辅导费 补课费 春游费 "
     "秋游费 安装费 燃气费 物业费 维修费 登记费 材料费 工本费 每户交 每家交 每户缴 每家缴 "
     "重新缴 重新支付 重新交 重新付",
     re.compile(
        r"^(?![\s\S]*?(?:冒充|骗|警惕|核实|别信|不要信|垫|aa|平摊|均摊|公众号|小程序))"
        r"[\s\S]*?(?:(?:资料|教辅|餐|伙食|书本|教材|报名|服装|保险|班|辅导|补课|春游|秋游|安装|燃气|"
        r"物业|维修|登记|材料|工本)费|(?:每户|每家)(?:交|缴))"
        # (an amount or a changed way to pay: "班费转我就行" alone is a monitor collecting)
        r"(?=[^。!?;\n]{0,14}?(?:[0-9]{2,}|[一二两三四五六七八九十][十百千]|改线上|改成|改为|改由))"
        r"[\s\S]{0,50}?(?:转给我|转我(?!们)|转到我|发给我|红包给我|交给我|扫描?(?:下方|下面)"
        r"|(?:收款码|二维码)(?:缴|交|支付|付款))"
        r"|(?:费|金|款)[^。!?;\n]{0,16}?(?:需|需要|请|要)(?:大家|各位)?重新(?:缴纳|支付|缴费|交费|转账|付款|交|缴)",
     re.S)),
    # "you were selected": a service fee for the favour ("被选为扶持商家，缴纳3980服务费")
    ("fraud", "pattern:selected_pay",
     "被选为 被选中 入选 抽中 选中 扶持",
     re.compile(
        r"(?:被选为|被选中|入选|抽中|选中|扶持)[^。!?;\n]{0,20}?(?:缴纳|先交|交|支付)[^。!?;\n]{0,6}?"
        r"(?:服务费|激活费|会员费|保证金|入驻费|报名费|手续费)")),
    # a gas alarm or valve "you must buy", or the gas is cut ("不装就停气", "不换不给通气")
    ("fraud", "pattern:utility_forced_sale",
     "报警器 阀门 安检",
     re.compile(
        r"^(?![\s\S]*?(?:冒充|骗|别上当|不会上门收费))[\s\S]*?(?:燃气|天然气|煤气)[\s\S]{0,30}?"
        r"(?:报警器|阀门|安检)[\s\S]{0,30}?不(?:装|换|买|交)[^。!?;\n]{0,4}?(?:就?停气|不给通气|不通气|断气)",
        re.S)),
    # a place, a pass or a result arranged by someone's "connections", for money ("内部关系",
    # "我认识人，五万包过，先付一半", "我有关系…先付定金"), a score that "can be changed"
    ("fraud", "pattern:insider_fix",
     "内部关系 我有关系 有关系能 有关系可以 认识人 打招呼 内部帮 可以改 能改",
     re.compile(
        r"(?:内部关系|我有关系(?![很挺好不的吗么])|有关系(?:能|可以)|我认识人|打招呼|内部帮你?)"
        r"[\s\S]{0,30}?(?:包过|保过|保证|先付|先交|先转|定金|一半|费用|服务费|[0-9一二两三四五六七八九十百]+万|"
        r"每(?:个|双|件|人|单)收)"
        r"|(?:成绩|分数|学历|档案|录取)(?:可以|能)(?:改|修改)(?![吗么?])", re.S)),
    # money abroad, pre-paid: a job abroad for a fee, a "customer service" post overseas with
    # the flight paid ("想出国打工…先交三万中介费", "海外客服，月薪3万，包机票")
    ("fraud", "pattern:abroad_job_fee",
     "出国 国外 海外",
     re.compile(
        r"(?:出国|国外|海外)(?:打工|工作|务工|劳务)[\s\S]{0,30}?(?:先交|先付|中介费|押金|签证费|机票费)"
        r"|(?:海外|国外|出国)(?:客服|打字员)[^。!?\n]{0,30}?(?:月薪|月入|包机票|包吃住|免费办签证)",
     re.S)),
    # a promised multiple back ("投一万年底分红五万", "投一万一周回两万")
    ("fraud", "pattern:multiple_back",
     "投",
     re.compile(
        rf"投(?:资|入|了)?{_N}+万[^。!?;\n]{{0,14}}?(?:分红|回|返|变成?|赚)(?!本){_N}+万")),
    # goods paid in full or a deposit "to lock" before a channel delivers ("有渠道…先付全款",
    # "定金200锁单")
    ("fraud", "pattern:channel_prepay",
     "渠道 门路 锁单 锁房 锁位 锁货 锁票 就能免费",
     re.compile(
        r"(?:渠道|门路)[\s\S]{0,30}?先(?:付|转|交)(?:全款|定金|钱|款)"
        rf"|定金{_N}+(?:块|元)?锁(?:单|房|位|货|票)"
        r"|先(?:付|交|转)[^。!?;\n]{0,6}?定金[^。!?;\n]{0,6}?锁(?:单|房|位|货|票)"
        # a trip that is "free" once a fee is paid ("交三百报名费就能免费去海南")
        rf"|交{_N}+(?:块|元)?(?:的)?(?:报名费|手续费|服务费)就能免费", re.S)),
    # donations asked into a personal card ("爱心人士请转账至 6222…")
    ("fraud", "pattern:charity_card",
     "善款 捐款 爱心人士 救助",
     re.compile(
        r"(?:善款|捐款|爱心人士|救助)[\s\S]{0,40}?(?:转账?(?:至|到)|打到|汇到|捐到)[^。!?;\n]{0,6}?"
        r"(?:个人账户|私人账户|我的卡|我卡上|这张卡|我个人|[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4})",
        re.S)),
    # a lender's threat to ring the borrower's contacts ("再不还款…把通讯录挨个打一遍")
    ("fraud", "pattern:contacts_threat",
     "通讯录",
     re.compile(
        r"(?:不还|还不上|再不还|逾期|还款)[\s\S]{0,20}?通讯录[^。!?;\n]{0,6}?(?:挨个|一个|全部|都)?"
        r"(?:打|发|爆|曝光|通知)", re.S)),
    # a pet "adopted" for the shipping only ("领养…只要运费800")
    ("fraud", "pattern:pet_freight",
     "领养 送养 再交",
     re.compile(
        r"(?:领养|送养)[^。!?;\n]{0,10}?(?:只要|只需|只收|仅收|就收)[^。!?;\n]{0,2}?(?:运费|托运费|检疫费|空运费)"
        r"|(?:狗|猫|宠物|托运)[\s\S]{0,30}?(?:到了|到站|落地)[^。!?;\n]{0,6}?再交[^。!?;\n]{0,8}?"
        r"(?:笼子费|检疫费|托运费|航空箱费|保险费)", re.S)),
    # an account or a card "about to lapse", with an order to log in, click or call
    # ("即将失效，请尽快登录…", "未认证将停发，请点击…", "将被封禁，请立即联系官方客服")
    ("fraud", "pattern:lapse_order",
     "失效 停发 停用 封禁 冻结 作废 停电 停水 停气",
     re.compile(
        r"^(?![\s\S]*?(?:诈骗|骗子|骗局|别点|不要点|千万别|是不是|冒充|假的))[\s\S]*?"
        r"(?:(?:即将|将|会)(?:失效|停发|停用|被封禁|被冻结)|未认证将?停发"
        r"|(?:欠费|未缴)[^。!?;\n]{0,10}?(?:停电|停水|停气))[\s\S]{0,20}?"
        r"请[^。!?;\n]{0,6}?(?:点击|登录|访问|联系[^。!?;\n]{0,6}?客服|申诉|更新认证|完成[^。!?;\n]{0,4}?认证)"
        r"|(?:补贴|补助|津贴)[\s\S]{0,30}?请?(?:登录|点击)[\s\S]{0,24}?(?:申领|领取)[\s\S]{0,6}?"
        r"(?:过期作废|逾期作废|否则)", re.S)),
    # stakes told as done: odds and "I put ten thousand on", the bookies' side bets, fish
    # machines paying out, a stake per point without the game ("五百一炮")
    ("gambling", "pattern:stake_told",
     "赔率 盘口 外围 串关 下注 下了注 打鱼机 捕鱼机 鱼机 老虎机 水果机 一炮",
     re.compile(
        rf"(?:赔率|盘口)[\s\S]{{0,30}}?(?:上了|下了|押了|压了|买了){_N}+(?:块|元|千|万|w|k)"
        r"|(?:送给|输给|给了)[^。!?;\n]{0,4}?(?:外围|庄家|盘口)"
        r"|外围[^。!?;\n]{0,8}?(?:串关|下注|押了|输了|输光)"
        r"|串关(?:又|都|全|还)?(?:差|黑|红|中|挂)"
        r"|(?<!皮)下了?注(?![射意])[^。!?;\n]{0,12}?(?:黑了|红了|输了|赢了|回本|完了)"
        rf"|(?:打鱼机|捕鱼机|鱼机|老虎机|水果机)[\s\S]{{0,20}}?(?:爆率|进账{_N}|爆了{_N}|赢了{_N}|提了{_N})"
        r"|^(?![^。!?;\n]*?(?:小姐|妹|按摩|会所|全套|鸡))[^。!?;\n]*?"
        rf"(?<![来打约干了])(?:{_N}+(?:块|元)|[一二两三四五六七八九]?[百千])一炮", re.S)),
    # drugs told obliquely: a "pure" batch to go easy on, the pipe and nights without sleep,
    # a "flying" need ("纯度很高，兄弟们悠着点用", "冰壶那玩意儿溜完三天没睡")
    ("drugs", "pattern:oblique_drugs",
     "纯度 货纯 纯货 冰壶 那玩意 飞行 有没有冰 谁有冰 断了 打多了 吸多了 溜多了 用多了",
     re.compile(
        r"货[\s\S]{0,24}?(?:纯度(?:很|特别|非常|超|贼|极)?高|货纯)[\s\S]{0,12}?"
        r"(?:悠着|慢点用|少用|少放|溜|飞|嗨|上头|劲大)"
        r"|(?:冰壶|那玩意儿?)[^。!?;\n]{0,10}?溜(?:完|了|过)[^。!?;\n]{0,10}?(?:没睡|不睡|睡不着|上头|飘)"
        r"|(?:有|要)飞行需要[^。!?;\n]{0,10}?(?:货|纯|同城)"
        r"|飞行[^。!?;\n]{0,6}?(?:货纯|纯货)"
        r"|出冰壶|冰壶(?:和|跟|加|\+)?(?:配件|整套|全套|工具)|冰壶[^。!?;\n]{0,10}?货源"
        r"|(?:有没有|谁有)冰(?![块箱柜淇棍镇啤红可沙糖激鞋场雹棒])[^。!?;\n]{0,3}?,?"
        r"[^。!?;\n]{0,8}?(?:急要|急用|价格好说|今晚能拿)"
        r"|(?:谁有|有没有)货[\s\S]{0,10}?断了[\s\S]{0,10}?(?:难受|受不了)"
        r"|(?:k仔|k粉|麻古|冰毒)[^。!?;\n]{0,6}?(?:打多了|吸多了|溜多了|用多了)", re.S)),
    # porn told obliquely: "more money and she'll strip", a salon that does hand jobs, nude
    # shots passed round, a late-night "treat" video, a girl on video told to undress
    ("porn", "pattern:oblique_porn",
     "加钱 打飞机 不穿衣服 没穿衣服 深夜福利 脱衣服 脱光 特服 大尺度 更衣室 换衣服 洗澡",
     re.compile(
        r"加钱[^。!?;\n]{0,6}?(?:全裸|拍裸|裸|全套|脱光|做别的|特殊服务|无套)"
        r"|(?:发廊|按摩|足浴|洗脚|会所|理发店|spa|桑拿|洗浴)[^。!?;\n]{0,12}?(?:打飞机|特服)"
        r"|^(?![\s\S]*?(?:孩子|娃|儿子|女儿|别发|不要发))[\s\S]*?"
        r"(?:不穿衣服|没穿衣服|光着身子|一丝不挂)的[\s\S]{0,16}?(?:身材|兄弟们|福利)"
        r"|深夜福利[\s\S]{0,20}?(?:视频|未满|未成年|点开|私我)"
        r"|(?:视频|直播|镜头)[^。!?;\n]{0,8}?让(?:她|他|对方)脱(?:衣服|光)"
        r"|(?<![a-z0-9])1[6-9]岁[^。!?;\n]{0,10}?大尺度"
        r"|(?:偷拍|刚拍|拍到)[^。!?;\n]{0,10}?(?:更衣室|换衣服|洗澡|厕所)[\s\S]{0,20}?"
        r"(?:发群|大家欣赏|身材|兄弟们)", re.S)),
    # threats on a condition or a chance meeting ("谁再抢我摊位，我…泼他脸上", "下次碰到直接
    # 撞死他", "我让他出门就被车撞，我说到做到")
    ("violence", "pattern:threat_if",
     "谁再 谁敢 再敢 敢再 要是再 下次再 再让我 碰到 遇到 见到 看到 让他 让她 让你 说到做到 "
     "掂量 小心点 看着办 记住",
     re.compile(
        r"(?:谁再|谁敢|再敢|敢再|要是再|下次再|再让我)[^。!?;\n]{0,16}?,?(?:我|老子)[^。!?;\n]{0,8}?"
        r"(?:直接)?(?:泼|砸|撞死|撞|弄死|打断|捅|砍|烧|揍|扎)(?:[他她你]|死|断)"
        r"|(?:下次|再)(?:碰到|遇到|见到|看到)[^。!?;\n]{0,8}?(?:直接)?(?:撞死|弄死|打死|砍死|捅死)[他她你]"
        # "I've marked him; next time ..." ("差评那户我记住了，下次…教训他")
        r"|记住(?:了|车牌了?|[你他她]了?|[他她]?(?:小区|家|单位)了?)[\s\S]{0,12}?"
        r"(?:下次|哪天|改天|迟早|早晚|明晚|今晚)[^。!?;\n]{0,10}?"
        r"(?:教训|收拾|撞死|弄死|揍|打断|砸|去等|去堵)[他她你]?"
        r"|让[他她你][^。!?;\n]{0,8}?(?:出门就?被车撞|横着出|躺着出)"
        r"|(?:知道|查到|摸清)[^。!?;\n]{0,4}?你(?:老婆|孩子|家人|女儿|儿子|爸妈)[^。!?;\n]{0,10}?(?:在哪|住哪)"
        r"[\s\S]{0,16}?(?:掂量|小心点|看着办|等着)"
        r"|(?:泼|砸|撞|弄死|打断|捅|砍|烧|揍)[^。!?;\n]{0,30}?说到做到"
        r"(?![^。!?;\n]{0,20}?(?:游戏|这把|这局|排位|上分|吃鸡|王者|开黑|副本|boss))", re.S)),
    # a member called crippled or mad ("那个瘸子…残废就该在家待着", "别理他，脑子有问题")
    ("abuse", "pattern:slur_member",
     "瘸子 瞎子 聋子 残废 脑子有问题 脑子有病 神经病 老东西 老不死 疯子 精神病 智障 弱智 脑残",
     re.compile(
        r"残废(?:就该|就应该|就别|也配|还来|滚)"
        r"|(?:那个|这个)[\u4e00-\u9fff]{0,4}?(?:瘸子|瞎子|聋子|残废)[^。!?;\n]{0,20}?"
        r"(?:占着|也配|就该|滚|别出来|丢人|活该|残废)"
        r"|(?:[他她]|那人|这人)[^。!?;\n]{0,6}?,?脑子有(?:问题|病)(?![吗么?])"
        r"|(?:群里|群主|楼上|管理员|[老小]" + _SURNAME + r"(?![师板公婆人家乡大头爸妈子弟妹哥姐]))"
        r"[^。!?;\n我]{0,8}?(?:就是个|是个|简直是个|纯粹是个)" + _SLUR_MAD
        + r"|(?:别理|别搭理|不要理|不用理|别跟)[^。!?;\n我]{0,8}?[他她],?"
        r"(?:就是个|是个|纯粹是个)" + _SLUR_MAD
        + r"|(?:群里|群主|楼上)[^。!?;\n]{0,8}?(?:就是个|是个)(?:瘸子|残废)"
        r"|(?:老东西|老不死的?)[^。!?;\n]{0,24}?[\s\S]{0,4}?(?:死了算了|早点死|去死)", re.S)),
    # records held on members or a person ("所有业主的姓名、电话和房号，谁想要", "家里几口人、
    # 孩子在哪个学校…都查清楚了"), a list of people's data sold as "一手"
    ("privacy", "pattern:records_held",
     "所有 全部 全体 查清楚 摸清楚 打听清楚 一手 都查到了 扒出来了",
     re.compile(
        r"(?:所有|全部|全体|整个)[^。!?;\n]{0,8}?(?:业主|家长|学生|会员|住户|员工|客户|群友|病人|患者)的?"
        r"(?:姓名|电话|手机号|住址|房号|身份证)[\s\S]{0,30}?(?:谁想要|谁要|要的|发群|发给|私我|出售|打包)"
        r"|(?:[他她]|那个|这个|那人)[\s\S]{0,12}?(?:几口人|在哪个?学校|在哪上班|住哪|住在哪|家在哪)"
        r"[\s\S]{0,20}?(?:查清楚|摸清楚|打听清楚)了"
        r"|(?:新生儿|家长|业主|车主|学生|考生|股民|患者|宝妈)(?:的)?(?:资料|信息|名单|数据)"
        r"[^。!?;\n]{0,4}?一手"
        r"|(?:那个|这个)(?:客户|人|业主|司机|买家|卖家)[\s\S]{0,20}?(?:家住|住在|车牌)[\s\S]{0,30}?"
        r"(?:都查到了|查清楚了|扒出来了)", re.S)),
    # a farewell on the way to the water or the roof, after ruin ("欠了…几十万，明天我就开车去
    # 江边，再见了大家"); cutting that "finally feels better"
    ("self_harm", "pattern:farewell_ruin",
     "再见了 永别 下辈子 舒服 好受 平静 解脱 轻松 风好大 站在 坐在 我在",
     re.compile(
        r"^(?=[\s\S]*?(?:倒闭|倒了|赔光|欠了|欠下|还不上|撑不下去|活不下去|没意思|对不起|一了百了|网贷|破产|没脸|"
        r"走投无路))"
        r"[\s\S]*?(?:(?:江边|河边|海边|楼顶|天台|桥上|大桥)[\s\S]{0,10}?(?:再见了|永别|下辈子)"
        r"|(?:站在|坐在|我在)(?:桥上|楼顶|天台|江边|河边|窗边|阳台边)[^。!?;\n]{0,12}?(?:跳|往下看|不想下来))"
        r"|(?:楼顶|天台|桥上|江边|楼上)[^。!?;\n]{0,4}?风好大[\s\S]{0,20}?"
        r"(?:站|往下看|最后|没那么怕|没那么可怕|不怕)"
        r"|^(?![\s\S]*?(?:不小心|切菜|做饭|杀鱼|猫|狗))[\s\S]*?(?:划了|割了)[^。!?;\n]{0,6}?(?:道|口子|刀)"
        r"[\s\S]{0,20}?(?:终于|才)?(?:舒服|平静|好受|解脱|轻松)", re.S)),
    # --- holdout 18 (2026.12.14): families written in our own words in
    # tests/unit/test_moderation_h18_risk.py
    # a visit to the water or the roof told after a ruin ("欠了…去江边看过了，水挺深的",
    # "被裁了…刚上楼顶看了看，风挺大", "挂科…在天台坐了一个小时"); a day out is not one
    ("self_harm", "pattern:brink_after_ruin",
     "江边 河边 海边 湖边 楼顶 天台 顶楼 桥上 大桥 水库",
     re.compile(
        r"^(?=[\s\S]*?(?:欠了|欠下|还不上|被裁|裁员|失业|破产|倒闭|被封|赔光|亏光|爆仓|挂了|挂科|退学|离婚|"
        r"没意思|撑不下去|活不下去|不想活|不知道怎么跟|没脸|走投无路|绝望|对不起|网贷|催收))"
        r"(?![\s\S]*?(?:钓鱼|钓了|烧烤|散步|拍照|拍了|夜景|日出|日落|野餐|跑步|吹风|乘凉|露营|约会|看烟花|"
        r"晒太阳|喝酒|玩))[\s\S]*?"
        r"(?:江边|河边|海边|湖边|楼顶|天台|顶楼|桥上|大桥|水库)"
        r"(?:[^。!?;\n]{0,6}?(?:坐了|站了|待了|呆了|看了看|看过|看了一眼|转了一?圈|走了一?圈)"
        r"|[^。!?;\n]{0,12}?(?:水挺深|水很深|水好深|水真深|风挺大|风很大|风真大|挺高的|好高啊|真高))",
        re.S)),
    # a last message that hands the pet or the things on ("最后一条消息…猫拜托找个好人家")
    ("self_harm", "pattern:last_message",
     "最后一条消息 最后一次发言 最后一次上线 最后一条朋友圈 最后一次说话",
     re.compile(
        r"(?:最后一条消息|最后一次发言|最后一次上线|最后一条朋友圈|最后一次说话)[\s\S]{0,40}?"
        r"(?:猫|狗|孩子|东西|账号|存款|遗物)[^。!?;\n]{0,10}?"
        r"(?:找个?好人家|送人|托付|留给|送给|分给|以后就?拜托)"
        r"|(?:没意思|撑不下去|不想活|活不下去|太累了|活够了)[\s\S]{0,20}?"
        r"(?:最后一条消息|最后一次发言|最后一次上线)", re.S)),
    # doxxing a wrongdoer: a grievance, their mobile number and a second identifier (plate,
    # room, where they live, real name, home town) ("偷快递的…12栋…电话…大家认准了").  The
    # cues are the grievance stems the pattern reads (any 偷/骗: 偷我…, 骗走…), and the number
    # is nobody's own nor a shop's (打我电话…, 我的手机…, 店家电话… are no dossier).
    ("privacy", "pattern:wrongdoer_dossier",
     _GRIEVANCE_CUES,
     re.compile(
        r"^(?![\s\S]*?(?:举报电话|投诉电话|监督电话|热线|客服|报警|失物|捡到))"
        r"(?![\s\S]*?(?:我的?|本人|联系我|找我|打我|店家?的?|商家的?|门店的?|物业的?|公司的?|前台的?)"
        r"(?:电话|手机号?|号码|联系方式)?(?:是|:)?\s?1[3-9][0-9])"
        rf"(?=[\s\S]*?(?:{_GRIEVANCE_CUES.replace(' ', '|')}))"
        r"(?=[\s\S]*?(?:车牌|[0-9]+(?:栋|幢|号楼|单元)|家(?:就)?在|家住|住在|老家|真名|"
        r"[0-9]{3,4}[\u4e00-\u9fff]某|[一二三四五六七八九十]期|单位|"
        r"(?<![居入常留暂同])住[\u4e00-\u9fff]{2,12}?[0-9]+(?:号|栋|弄)|"
        r"在[\u4e00-\u9fff]{2,12}?(?:上班|当护士|当老师|工作)))"
        rf"[\s\S]*?{_MOBILE}", re.S)),
    # money to "the new account" after an upgrade or a change ("系统升级…请转到新账户…")
    ("fraud", "pattern:upgrade_new_account",
     "新账户 新账号 新的账户 新银行卡 系统升级 账户升级 账户变更 更换账户 账户调整",
     re.compile(
        r"(?:请|需要?|须|统一|务必|直接)[^。!?;\n]{0,12}?(?:转|打|汇|支付|存)(?:到|至|入)新的?(?:收款)?"
        r"(?:账户|账号|银行卡)"
        r"|(?:系统升级|账户升级|账户变更|更换账户|账户调整)[\s\S]{0,30}?(?:转|打|汇|存)(?:到|至|入)"
        r"[^。!?;\n]{0,6}?(?:账户|账号|银行卡|卡号|[0-9]{12,})", re.S)),
    # a fixed monthly return on money handed in ("交十万以后每月返三千")
    ("fraud", "pattern:monthly_return",
     "每月返 每个月返 每月分红 每个月分红 每周返 每天返",
     re.compile(
        rf"(?:交|投|入股|买)[^。!?;\n]{{0,2}}?{_N}+(?:万|千)[^。!?;\n]{{0,8}}?(?:每月|每个月|每周|每天)"
        rf"(?:返|分红)息?{_N}+")),
    # an account's password asked for a reward ("填写账号密码即可领取", "输入QQ密码即可")
    ("fraud", "pattern:password_for_reward",
     "密码",
     re.compile(
        r"^(?![\s\S]*?(?:不要|别|勿|千万|诈骗|骗子|警惕|小心|防骗))[\s\S]*?"
        r"(?:(?:领取|领|免费|活动|福利|皮肤|奖励|赠送)[\s\S]{0,30}?(?:输入|填写?|提供|告诉|发)"
        r"[^。!?;\n]{0,4}?(?:账号|qq|微信|游戏|支付宝|银行卡)(?:和|及|、|与|的)?密码"
        r"|(?:输入|填写?|提供)[^。!?;\n]{0,4}?(?:账号|qq|微信|游戏|支付宝)(?:和|及|、|与|的)?密码"
        r"[^。!?;\n]{0,8}?(?:即可|就能|就可以|领取|免费|领))", re.S)),
    # exam answers sold before the exam ("答案考前发", "提前拿答案", "考前三天出真题答案")
    ("fraud", "pattern:exam_answers",
     "答案",
     re.compile(
        r"^(?![\s\S]*?(?:作业|练习|习题|复习|老师|模拟|骗|假的|别信|举报|警惕))"
        r"(?=[\s\S]*?(?:考试|考研|四六级|高考|中考|国考|省考|公务员|驾考|自考|教资|真题|考场|考前|包过))"
        r"[\s\S]*?(?:答案[^。!?;\n]{0,6}?(?:考前|提前|开考前)[^。!?;\n]{0,6}?(?:发|给|出|拿|到手)"
        r"|(?:考前|提前)[^。!?;\n]{0,8}?(?:发|出|拿|给)[^。!?;\n]{0,4}?答案)", re.S)),
    # a "customer service" or "finance" caller with a refund and an app or a channel
    ("fraud", "pattern:refund_caller",
     "我是",
     re.compile(
        r"我是[^。!?;\n]{0,8}?(?:客服|售后|财务|理赔)[\s\S]{0,30}?(?:退款|可以退|退费|理赔|赔偿|补偿)"
        r"[\s\S]{0,30}?(?:加[^。!?;\n]{0,4}?(?:微信|企业微信|企微|qq|v)|下载|共享|会议|备用金|链接)"
        r"|(?:退款|可以退|能退|退费|理赔|赔偿)[\s\S]{0,30}?我是[^。!?;\n]{0,8}?(?:客服|售后|财务|理赔)"
        r"[\s\S]{0,30}?(?:下载|共享|会议|操作)", re.S)),
    # a fee paid first to get an account unblocked ("帮你解封…先付押金")
    ("fraud", "pattern:unblock_fee",
     "解封",
     re.compile(
        r"^(?![\s\S]*?(?:骗|别信|不要信|拉黑|警惕))[\s\S]*?"
        r"(?:解封[^。!?;\n]{0,14}?(?:先付|先交|押金|定金|保证金|手续费)"
        r"|(?:先付|先交)[^。!?;\n]{0,10}?解封)", re.S)),
    # a government look-alike domain ("xx-gov.top", "gov-xx.cc"): real ones end in .gov.cn
    ("fraud", "pattern:gov_lookalike",
     "gov",
     re.compile(r"(?<![a-z0-9.-])[a-z0-9-]*(?:-gov(?![a-z])|(?<![a-z])gov-)[a-z0-9-]*\.[a-z]{2,}")),
    # a beating to hospital ("打到他住院为止")
    ("violence", "pattern:beat_until",
     "打到他 打到她 打到你 揍到他 揍到她 揍到你 打得他 打得她 打得你",
     re.compile(r"(?:打|揍)(?:到|得)[他她你](?:住院|进医院|半死|残废|爬不起来|跪下)")),
    # a weapon sold and posted without ID ("开刃砍刀…不用实名", "弩…快递到家")
    ("violence", "pattern:weapon_posted",
     "砍刀 匕首 军刀 开刃 弩",
     re.compile(
        r"(?:开刃|弓弩|(?<!强)弩(?!之末))[^。!?;\n]{0,16}?(?:都能寄|能寄|可寄|包寄|不用实名|免实名|无需实名|"
        r"快递到家|包邮|送货上门|私我|私聊|要的私|走物流|不走快递)"
        r"|(?:砍刀|匕首|军刀)[^。!?;\n]{0,16}?(?:不用实名|免实名|无需实名)")),
    # weed smoked for altitude, a stay-awake "little white pill" for a night shift
    ("drugs", "pattern:leaf_or_pill",
     "叶子 小白片 白片 小药片",
     re.compile(
        r"(?<![烟茶树菜])叶子[^。!?;\n]{0,8}?抽(?:了|一口|两口|几口|完|上)[^。!?;\n]{0,10}?"
        r"(?:不高反|飞|嗨|上头|放松|舒服|睡|飘|爽|还有货|有货)"
        r"|(?:带|搞|弄|整|来|买)点叶子[^。!?;\n]{0,10}?抽"
        r"|(?:犯困|熬夜|夜班|通宵|跑长途|提神)[^。!?;\n]{0,12}?(?:小白片|白片|小药片)"
        r"|(?:小白片|白片|小药片)[^。!?;\n]{0,10}?(?:比红牛|比咖啡|不困|提神|猛)")),
    # a trusted book on a match ("我这有靠谱盘口", "私人盘口")
    ("gambling", "pattern:trusted_book",
     "盘口",
     re.compile(r"(?:靠谱|正规|信誉好?|私人|稳)的?盘口")),
    # porn groups and posts ("资源群…精品小视频", "老司机开车…", "帐篷里的事细节…")
    ("porn", "pattern:porn_groups",
     "资源群 福利群 老司机 细节 第一次",
     re.compile(
        r"(?:资源|福利)群[\s\S]{0,24}?(?:精品|小视频|无码|你懂|懂的|老司机|上车|福利视频)"
        r"|老司机(?:开车|发车)[\s\S]{0,24}?(?:资源|小视频|福利|片)"
        r"|(?:帐篷|床上|酒店|宾馆|房间|车上|车里)(?:里|上)?的事[^。!?;\n]{0,10}?细节"
        # (the view folds 说说 to 说)
        r"|(?:描述|说|讲|分享)[^。!?;\n]{0,8}?第一次的?(?:细节|过程[^。!?;\n]{0,6}?越详细)", re.S)),
    # a crowd called to an office's gate for a reckoning ("周六去证监会门口集合讨个说法")
    ("politics", "pattern:gate_gathering",
     "讨个说法 讨说法 要个说法 要说法 维权",
     re.compile(
        r"^(?=[\s\S]*?(?:集合|聚集|大家|一起|都去|都来|有种|人越多))[\s\S]*?"
        r"(?:去|到)[^。!?;\n]{0,6}?(?:证监会|银保监|人社局|劳动局|教育局|住建局|国土局|信访局|法院|公安局|"
        r"市政府|区政府|县政府|镇政府|政府|市委|区委|县委)(?:门口|大门|楼下|前)[^。!?;\n]{0,10}?"
        r"(?:讨个?说法|要个?说法|维权|抗议|示威|静坐|拉横幅)", re.S)),
    # a body-shaming insult to someone's face ("你这种肥猪…丢人现眼")
    ("abuse", "pattern:body_shaming",
     "你这种 你这样 你们这种 丢人现眼",
     re.compile(
        r"你(?:们)?这(?:种|样的?)(?:肥猪|死胖子|丑八怪|废物|蠢货|猪头|矮冬瓜|秃子|傻子|垃圾)"
        r"|(?:肥猪|死胖子|丑八怪|废物|蠢货)[^。!?\n]{0,30}?丢人现眼")),
    # a sexual advance aimed at someone, with a remark on their body ("…这么骚…想被人睡",
    # "腰真软…床上来一次", "缺男人…陪你睡")
    ("porn", "pattern:sexual_advance",
     "陪你睡 让你爽 被人睡 床上来一次 睡你 睡一次",
     re.compile(
        # (not a parent at bedtime: the view folds 妈妈 to 妈, 宝宝 to 宝)
        r"^(?![\s\S]*?(?:妈陪|爸陪|奶陪|孩子|儿子|女儿|娃|宝别|宝贝|闺女))"
        r"^(?=[\s\S]*?(?:骚|缺男人|缺女人|寂寞|身材|腰真|腰好|胸|屁股|腿真|饥渴))[\s\S]*?"
        r"(?:陪你睡|让你爽|被人睡|床上来一次|睡你|睡一次)", re.S)),
    # drug code words with what they do or how they come ("小蓝片加点k", "靠小树枝撑过来",
    # "“白粉”到了，一公斤装")
    ("drugs", "pattern:code_words_more",
     "小蓝片 小树枝 白粉",
     re.compile(
        r"小蓝片[^。!?;\n]{0,8}?(?:加|配|和|混|兑)[^。!?;\n]{0,4}?(?:k|冰|麻古|摇头)"
        r"|小树枝[^。!?;\n]{0,10}?(?:有货|渠道|老客户|撑过来|撑着|提神|一根)"
        r"|靠小树枝"
        rf"|[\"“「『]白粉[\"”」』][^。!?;\n]{{0,12}}?(?:到了|到货|有货|公斤|{_N}+克|要的)")),
    # a visit "to your door" next to a girl, a price for the night or a lonely lure
    # ("同城上门，学生妹…", "上门服务，全套"); a mechanic or a groomer coming over is no such
    # offer (the terms were moved here from lexicon.tsv 2026.12.15)
    ("porn", "pattern:home_visit_sex",
     "上门服务 同城上门 可上门",
     re.compile(
        r"^(?=[\s\S]*?(?:学生妹|妹子|少妇|熟女|全套|小姐|约炮|寂寞|包夜|过夜|援交|楼凤|佳丽|模特|空姐|"
        r"照片真实|私密|交友|会所|推油|嫩模|兼职女|学生兼职|快餐|品茶|放松一下|[0-9]{2}年的?学生))"
        r"[\s\S]*?(?:上门服务|同城上门|可上门)", re.S)),
    # someone's body filmed in secret and handed round the group (privacy as well as porn:
    # "偷拍…更衣室换衣服…发群里", "偷偷拍了…洗澡…还把班级名字发出来")
    ("privacy", "pattern:voyeur_shared",
     "偷拍 刚拍 拍到",
     re.compile(
        r"(?:偷拍|刚拍|拍到)[^。!?\n]{0,20}?(?:更衣室|换衣服|洗澡|厕所|裙底)[\s\S]{0,30}?"
        r"(?:发群|发到群|发出来|发朋友圈|大家欣赏|传出去|名字)", re.S)),
    # a fee paid first for a job ("招工…先交体检费", "打字员…需先购买软件激活码")
    ("fraud", "pattern:job_prepay",
     "先交 需先交 先购买 需先购买 先付",
     re.compile(
        r"(?:招工|招聘|招人|兼职|打字员|日赚|日结|在家就能|在家做|包吃住|月薪)[\s\S]{0,40}?"
        r"(?:需先交|先交|需先购买|先购买|先付)[^。!?;\n]{0,6}?(?:费|激活码|押金|软件|会员|保证金)",
        re.S)),
    # an online friend's "loophole" or "channel" to invest through ("平台有漏洞，我带你投一次",
    # "有个投资渠道让我一起赚")
    ("fraud", "pattern:romance_invest",
     "漏洞 带你投 带我投 投资渠道",
     re.compile(
        r"(?:平台|系统|后台)有漏洞[^。!?;\n]{0,12}?(?:带你|带我|跟我|投)"
        r"|带(?:你|我)投一(?:次|把|单)"
        r"|投资渠道[^。!?;\n]{0,6}?(?:让我|带我|带你|叫我)[^。!?;\n]{0,4}?一起赚")),
    # a veiled threat on a condition ("…不然哪天你家门口多点什么东西可别怪我")
    ("violence", "pattern:or_else",
     "别怪我 后果自负",
     re.compile(
        r"(?:不然|否则|要不然|再不)[^。!?;\n]{0,24}?(?:哪天|出点什么事|多点什么|少点什么)"
        r"[^。!?;\n]{0,16}?(?:可?别怪我(?!没|事先|提前|说)|后果自负)")),
    # a fee for the school, the ward or the group paid to someone's PERSONAL account ("王老师：
    # 校服钱直接转我个人微信", "护士长让我收培训费，转我个人微信就行", "群主助理：付款码截图发我")
    ("fraud", "pattern:personal_account_fee",
     "个人微信 个人支付宝 个人账户 个人账号 个人卡 个人收款码 付款码 "
     "转我个人 转给我个人 转到我个人",
     re.compile(
        # (the office comes first: who asks; "班费转我个人微信，我统一交给老师" is a parent)
        r"^(?![\s\S]*?(?:自称|冒充|骗子|挂了|别信|不要信|诈骗))[\s\S]*?"
        r"(?:老师|班主任|护士长|主任|园长|校长|群主|助理|财务|会计|物业|管家|领导|牧师|经理|学校|医院|单位|"
        r"教务|居委会|村委|办公室)"
        r"[\s\S]{0,60}?(?<!不)(?<!别)(?<!不要)(?<!不会)(?:转|打|交|付|汇)(?:到|至|进|给)?"
        r"(?:我|[王李张刘陈杨赵黄周吴徐孙马朱胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董]老师)的?"
        r"个人(?:微信|支付宝|账户|账号|卡|收款码)"
        r"|(?:老师|班主任|护士长|主任|园长|校长|群主|助理|财务|会计|物业|管家|教务)[\s\S]{0,40}?"
        r"(?:微信|支付宝)[^。!?;\n]{0,2}?转(?:给|到)?我个人(?![\u4e00-\u9fff]{0,2}?(?:意见|观点|认为|觉得|感觉|看法|邮箱|名片|简历|文件|资料))"
        r"|付款码[^。!?;\n]{0,4}?(?:截图|截屏|拍照|拍下来)[^。!?;\n]{0,4}?(?:发我|发给|给我|私发)",
        re.S)),
    # a caller posing as the police or the anti-fraud centre ("我们是国家反诈中心的…共享屏幕配合
    # 核查", "医保卡被盗刷…电话转给公安局李警官")
    ("fraud", "pattern:fake_police",
     "反诈中心 公安局 派出所 检察院 法院 警官 民警 网警",
     re.compile(
        r"(?:我们是|我是|这里是)(?![\s\S]*?(?:提醒|不要|千万|切勿|别信|谨防|防范|宣传|讲座))"
        r"[^。!?;\n]{0,8}?(?:反诈中心|公安局|派出所|检察院|法院|警官|民警|网警)"
        r"[\s\S]{0,50}?(?:共享屏幕|屏幕共享|会议软件|安全账户|配合核查|资金核查|配合调查|验证码)"
        r"|(?:盗刷|被冒用|涉嫌(?:诈骗|洗钱|犯罪)|涉案)[\s\S]{0,30}?(?:电话)?(?:转给|转接给?)"
        r"[^。!?;\n]{0,8}?(?:警官|公安|民警|警察|检察官)", re.S)),
    # a relative "arrested" or "in a crash" and money wanted now ("您儿子嫖娼被抓…交五万罚款",
    # "对方说要私了五万，不然报警抓人")
    ("fraud", "pattern:family_emergency",
     "私了 被抓 嫖娼 出车祸 撞了人 撞伤 打伤 打了人 伤了人 被扣 被拘",
     re.compile(
        r"(?:您|你)的?(?:儿子|女儿|孩子|孙子|孙女|外孙女?|老公|丈夫|老婆|爱人|家人|父亲|母亲)[^。!?;\n]{0,12}?"
        r"(?:被抓|嫖娼|出车祸|撞了人|撞伤|打伤|打了人|伤了人|被扣|被拘)[\s\S]{0,40}?"
        r"(?:罚款|私了|保释|交钱|转账|转过来|打钱|汇款|不通知|不报警|不追究|不留案底|别告诉)"
        # the friend himself "arrested", the fine to be lent at once ("被抓了…罚款五千，你先借我")
        r"|被抓[\s\S]{0,30}?(?:罚款|保释)[\s\S]{0,20}?(?:先借我|借我|转我|打钱|转到这)"
        r"|私了[^。!?;\n]{0,10}?(?:不然|否则|要不)[^。!?;\n]{0,6}?(?:报警|抓人|坐牢|起诉)"
        r"[\s\S]{0,20}?(?:现在就要|马上要|马上转|赶紧转|快转|打钱|转钱|要钱|凑钱|急需|急用)",
        re.S)),
    # a buyer's order that needs the seller to pay first ("采购…先垫付质检报告费", a loan's
    # "service fee" before the money)
    ("fraud", "pattern:fee_before_deal",
     "先垫付 垫付 先付 先交 需先 先缴 预付",
     re.compile(
        # (the span stops at the buyer: 垫付 inside it would read as a task-scam job offer)
        r"(?:采购|订单|大单|下单|订货|收购)(?=[\s\S]{0,40}?(?:先垫付|垫付|先付|先交|需先|先缴)"
        r"[^。!?;\n]{0,10}?(?:质检|检测|认证|入库|验厂|验货|资质))"
        # (not a neighbour's loss told on the way to the police: …她儿子被骗了，贷款先交了保证金)
        r"|" + _NO_WARNING + r"[\s\S]*?(?:贷款|车贷|房贷|放款|借款|下款|额度)[\s\S]{0,30}?"
        r"(?:先缴|先交|先付|需先|预付)"
        r"[^。!?;\n首]{0,8}?(?:服务费|手续费|保证金|解冻费|工本费|会员费|押金)", re.S)),
    # a cure promised with a product ("买了磁疗床垫…保你高血压不用吃药")
    ("fraud", "pattern:cure_promise",
     "保你 包你 保证",
     re.compile(r"(?:保你|包你|保证)[^。!?;\n]{0,10}?(?:不用吃药|不用再吃药|可以停药|能停药|根治|断根|去根)")),
    # gym drugs and precursors: a steroid cycle, clenbuterol to cut, ephedrine from cold pills
    ("drugs", "pattern:gym_drugs",
     "类固醇 睾酮 群勃龙 诺龙 康力龙 宝丹酮 美雄酮 sarm sarms 克伦特罗 麻黄碱 麻黄素 感冒药 康泰克",
     re.compile(
        r"(?:类固醇|睾酮|群勃龙|诺龙|康力龙|宝丹酮|美雄酮|(?<![a-z])sarms?(?![a-z]))[^。!?;\n]{0,16}?"
        r"(?:周期|分装|拼单|上量)"
        r"|(?:上点|上了|用点|打点|来点|整点|开始上)(?:类固醇|睾酮|群勃龙|诺龙|康力龙|美雄酮)"
        r"|群勃龙|康力龙|美雄酮"
        r"|克伦特罗[^。!?;\n]{0,12}?(?:减脂|掉肉|减肥|瘦|兽药|刷脂)"
        r"|(?:减脂|减肥|掉肉|刷脂)[^。!?;\n]{0,10}?克伦特罗"
        r"|(?:提纯|提炼|提取|萃取)[^。!?;\n]{0,4}?(?:伪)?(?:麻黄碱|麻黄素)"
        r"|(?:感冒药|康泰克)[^。!?;\n]{0,8}?(?:提纯|提炼|萃取)")),
    # a gang called with weapons ("叫齐兄弟，带埋铁通", "打到佢入院"), a sharpened blade for blood,
    # a beating for hire ("专业讨债教训人，收钱办事")
    ("violence", "pattern:gang_weapons",
     "叫齐 叫埋 揾齐 叫上 喊上 带齐 带埋 带上 入院 住院 进医院 开刃 开过刃 教训",
     re.compile(
        r"^(?=[\s\S]*?(?:铁通|铁棍|钢管|砍刀|西瓜刀|家伙|打残|打断|揍|砍[他她佢]|算账|收拾[他她佢]|"
        r"门口等|楼下等|等[他她佢]))[\s\S]*?(?:叫齐|叫埋|揾齐|带齐|叫上|喊上)[^。!?;\n]{0,3}?"
        r"(?:兄弟|人马|人手|几个人)"
        r"|带(?:埋|上|好|齐)?(?:铁通|铁棍|砍刀|开山刀)[^。!?;\n]{0,12}?"
        r"(?:找|等|门口|算账|砍[他她佢人]|兄弟|收拾|教训)|带埋(?:铁通|铁棍|刀)"
        r"|打到(?:佢|他|她|你)(?:入院|住院|进医院|进icu|残)"
        r"|(?:三棱刀|三棱刺|军刺|匕首|砍刀|弹簧刀|跳刀|蝴蝶刀|直刀)[^。!?;\n]{0,12}?(?:开过?刃|放血)"
        r"|教训(?:人|仇人|[他她])[\s\S]{0,20}?(?:收钱|价格|价钱|讨债|办事|接单|给钱)"
        r"|(?:收钱|讨债|有仇|给钱|接单)[\s\S]{0,20}?教训(?:人|仇人|[他她])", re.S)),
    # a neighbour's family laid out after a grievance: spouse's employer, child's school and class
    ("privacy", "pattern:family_dossier",
     "女儿在 儿子在 孩子在 闺女在",
     re.compile(
        r"^(?=[\s\S]*?(?:举报|骂人|投诉|就是那个|就是[他她]|曝光|大家去|告诉大家))"
        r"[\s\S]*?[他她](?:老公|老婆|丈夫|媳妇|男人|爱人)在[^。!?;\n]{0,10}?(?:上班|工作)[\s\S]{0,30}?"
        r"(?:女儿|儿子|孩子|闺女)在[^。!?;\n]{0,10}?(?:小学|中学|初中|高中|幼儿园|学校|"
        r"[一二三四五六七八九十0-9]+[小中](?![时区姐吃学生])|[一二三四五六七八九]年级)", re.S)),
    # a whole region or sex written off ("河南人没一个好东西")
    ("abuse", "pattern:group_slur",
     "好东西 好嘢 好人",
     re.compile(r"(?<![一个每有])(?:[\u4e00-\u9fff]{1,3}(?:人|仔|佬)|男的|女的)(?:都|全)?"
                r"(?:(?:没一个|没有一个|没个)好东西|(?:冇一个|冇个|冇一只)好(?:嘢|人)|没一个好人)")),
    # betting big or small on a draw ("买大还是买小，上期开了三个大")
    ("gambling", "pattern:big_small",
     "买大 买小 押大 押小 棋牌 提现 下分 秒到",
     re.compile(
        r"(?:买|押)(?:大|小)(?![米葱蒜虾龙号码麦白瓜件份杯盒包块])[\s\S]{0,30}?"
        r"(?:上期|这期|这把|梭哈|下注|开大|开小|连开)"
        r"|(?:上期|这期|连开)[\s\S]{0,20}?(?:买|押)(?:大|小)"
        r"|(?:棋牌|麻将|真人局|牌局|百家乐)[^。!?;\n]{0,20}?(?<!不能)(?<!不可)(?<!无法)(?<!没法)"
        r"(?:提现|下分|秒到)"
        r"|(?:网上|线上|在线|网络)(?:棋牌|麻将真人)", re.S)),
    # --- families of holdout 21 and training sets 3-4 (helper risk21) ---
    # someone's data posted or looked up after a grievance: 把那个差评客人的地址和电话发群里 ·
    # 把他老婆孩子照片和学校发到群里 · 我查到他地址了…花园…电话 · 业主名单带房号电话拿来群发 ·
    # 可以查任何人的收货地址
    ("privacy", "pattern:posted_dossier",
     "发群里 发到群 发出来 发网上 发到网上 发到朋友圈 发到抖音 公开 挂出来 查到 名单 资料 信息 "
     "查任何人 查收件人 查快递 "
     ""
     "查户籍 查开房 可以查 能查 专业查 帮你查 给钱就查",
     re.compile(
        rf"^(?=[\s\S]*?(?:差评|投诉|骗|欠|也尝|让[他她]也|问候|骚扰|大家去|曝光|人肉|教训|报复|长点记性|好看|{_MOBILE}))"
        rf"[\s\S]*?把{_WHOSE}[^。!?;\n]{{0,12}}?(?:地址|住址|电话|手机|照片|学校|单位|身份证|订单信息)"
        r"[^。!?;\n]{0,16}?(?:发到?(?:群里|群上|网上|朋友圈|抖音)|发出来|挂出来|公开)"
        rf"|查到了?[他她]的?(?:家庭)?(?:地址|住址|家|电话|手机)[\s\S]{{0,40}}?(?:{_MOBILE}|小区|花园|公寓|"
        r"[0-9]+(?:栋|幢|号楼|单元|室))"
        r"|^(?![\s\S]*?(?:泄露|被卖|不能|不得|禁止|严禁|举报|别))[\s\S]*?"
        r"(?:业主|客户|会员|学生|家长|住户|患者|用户)(?:名单|信息|资料)[^。!?;\n]{0,8}?"
        r"(?:电话|手机号|房号|住址)[\s\S]{0,30}?(?:群发|卖给|出售|广告|推销|引流)"
        r"|(?:可以|能|专业|帮你|给钱就)查[^。!?;\n]{0,2}?(?:任何人|任意人|别人|收件人|快递单号|手机号|开房)"
        r"[^。!?;\n]{0,12}?(?:地址|电话|住址|开房记录)(?![^。!?;\n]{0,6}?[吗么?])", re.S)),
    # a threat made of a routine known, a weapon to the head, men sent to cut, "believe I'll …"
    ("violence", "pattern:menace",
     "知道你 晓得你 清楚你 拿刀 用刀 抄刀 扳手 锤子 榔头 铁锤 砖头 板砖 铁锹 铁棍 钢管 棍子 "
     "酒瓶 菜刀 凳子 椅子 "
     ""
     "揾人 找人 叫人 信唔信 信不信 见到 看到 碰到 遇到 碰见 撞见",
     re.compile(
        r"^(?![\s\S]*?(?:路上|开车|骑车|下雨|天黑|注意安全|慢点))[\s\S]*?(?:我|老子)(?:知道|晓得|清楚)"
        r"[^。!?;\n]{0,4}?你(?:家|老婆|老公|孩子|女儿|儿子|妈)?[^。!?;\n]{0,14}?"
        r"(?:每天|几点|住哪|住在|在哪|上学|放学|接孩子|下班|上班)[\s\S]{0,24}?"
        r"(?:小心点|小心|当心|你等着|等着瞧|走着瞧|别怪我|注意点)"
        r"|(?:拿|用|抄|抡)起?(?:扳手|锤子|榔头|铁锤|砖头|板砖|铁锹|铁棍|钢管|棍子|酒瓶|菜刀|刀|凳子|椅子)"
        r"[^。!?;\n]{0,4}?(?:敲|砸|砍|劈|捅|抡|爆)(?:他|她|你|佢|死)(?:的)?"
        r"(?:脑袋|头|脑壳|脑门|狗头|一顿|个半死|死|残|(?=[,。!?]|$))"
        r"|(?:揾人|找人|叫人)(?:嚟|来|过来)?(?:斩|砍|劈|捅)(?:你|佢|他|她)"
        r"|(?:信唔信|信不信)(?:我|老子)[^。!?;\n]{0,6}?(?:搞死|打死|弄死|斩|劈|砍|捅|废了|整死)(?:你|佢|他|她)"
        r"|(?:见到|看到|碰到|遇到|碰见|撞见)了?[^。!?;\n]{0,4}?(?:就|给我)(?:往死里)?(?:揍|打|砍|捅)"
        r"(?:他|她|死|残|一顿)(?!电话|招呼|个招呼)", re.S)),
    # self-harm told as a place already reached, a plan, a wish that everyone would be relieved,
    # skin hurt for relief, a stake whose loss means the roof
    ("self_harm", "pattern:on_the_edge",
     "天台 楼顶 顶楼 房顶 屋顶 顶上 桥上 栏杆外 窗台 怎么死 怎么去死 死了 不在了 消失了 冲进 "
     "开进 冲下 开下 "
     ""
     "冻死 饿死 闷死 淹死 烧死 勒死 憋死 好受 舒服 冷静 踏实 才能睡 才安心 怕自己 忍不住",
     re.compile(
        r"^(?![\s\S]*?(?:公交|等车|地铁|排队|堵车|等人|风景|江景|夜景|看海|钓鱼|日落|日出|烟花|拍照|月亮|晒太阳|乘凉|看球|烧烤))[\s\S]*?"
        r"(?:(?:站|坐|爬|蹲)(?:在|到|上)[^。!?;\n]{0,6}?(?:天台|楼顶|顶楼|房顶|屋顶|顶上|桥上|栏杆外|窗台)"
        r"|在(?:天台|楼顶|顶楼|房顶|屋顶|桥上|栏杆外|窗台)上?(?:站|坐|蹲)着)"
        r"[\s\S]{0,20}?(?:别劝|别拦|别来找|不用劝|别救|(?:已经|都)[^。!?;\n]{0,3}?(?:半小时|一个小时|一个多小时|"
        r"两个小时|很久)了?|下辈子|不想活|撑不下去|跳下去)"
        r"|想(?:着的|的|着|过)?(?:就是|都是|全是)?怎么(?:去)?死(?![的了掉人皮磕记机])"
        r"|我(?:是不是|要是|如果)?(?:死了|不在了|消失了)[^。!?;\n]{0,8}?都?(?:轻松|解脱|清净|省心|好过)"
        r"|(?:想|真想|恨不得)[^。!?;\n]{0,8}?(?:冲进|开进|冲下|开下)(?:河|江|海|湖|水库|悬崖)(?![边滩景])"
        r"|把自己[^。!?;\n]{0,12}?(?:冻|饿|闷|淹|烧|勒|憋)死(?:算了|得了|拉倒|就好了)"
        r"|(?:掐|划|割|抓|咬|烫|撞)(?:自己|手腕|胳膊)[^。!?;\n]{0,12}?"
        r"(?:才好受|才舒服|才能冷静|才能睡|才安心|好受点|好受些|才踏实)"
        r"|(?:农药|安眠药|老鼠药|百草枯)[\s\S]{0,24}?(?:怕自己|忍不住)[^。!?;\n]{0,8}?(?:喝|吃|吞)"
        r"|(?:输了|亏了|赔了|没考上|考不上)(?:我)?就(?:去|上)(?:天台|楼顶)(?![^。!?;\n]{0,3}?(?:吃|喝|抽|晒|吹))",
        re.S)),
    # pills taken for the high, sold by the pill, brought past customs; a meth girl taken home
    ("drugs", "pattern:pill_high",
     "阿普唑仑 安定 地西泮 佐匹克隆 曲马多 右美沙芬 止咳水 氯硝西泮 三唑仑 利他林 莫达非尼 "
     "阿德拉 安眠药 "
     ""
     "处方药 溜冰 叶子 k粉 拉k 冰妹",
     re.compile(
        r"(?:阿普唑仑|地西泮|佐匹克隆|曲马多|右美沙芬|止咳水|氯硝西泮|三唑仑|安定片)[\s\S]{0,24}?"
        r"(?:才有感觉|飘了|嗨|上头|(?<!能不能)(?<!可不可以)(?<!能否)(?<!可以)(?<!不能)(?<!别)和酒一起)"
        r"|(?:给了我|给我|搞了|弄了|买了|要了)[^。!?;\n]{0,4}?(?:几粒|几片|一板|点)"
        r"(?:利他林|莫达非尼|阿德拉|阿普唑仑|三唑仑)"
        r"|(?:安眠药|阿普唑仑|曲马多|利他林|三唑仑|处方药)[\s\S]{0,20}?卖给?[\s\S]{0,12}?"
        rf"(?:一粒|一片|一板|每粒|每片){_N}"
        r"|溜冰[^。!?;\n]{0,12}?(?:三天不睡|不睡觉|一宿没睡|嗨起来|上头|飘)"
        r"|(?:白粉|冰壶|k粉)[\s\S]{0,24}?溜冰|溜冰[\s\S]{0,24}?(?:白粉|冰壶|k粉)"
        r"|(?:叶子|冰|k粉)[\s\S]{0,16}?(?:过关|塞在|藏在)[\s\S]{0,20}?(?:海关|安检)[^。!?;\n]{0,4}?查不到"
        r"|(?<![a-z])拉k(?![a-z])|冰妹", re.S)),
    # sex: a drink drugged to take a woman, a meth girl taken home, groping, an hour priced with
    # the hotel left to the client, a girl wanted with a venue, lonely men sent to a private room
    ("porn", "pattern:sex_other",
     "k粉 迷药 听话水 春药 安眠药 冰妹 摸 捏 酒店 会所 足浴 按摩 桑拿 寂寞 外围 穿得少 穿少 "
     "穿的少 穿得更少 穿得很少 夜总会 服务好 包你爽 本子 同人本 里番 "
     ""
     "私密照 艳照",
     re.compile(
        r"(?:k粉|迷药|听话水|春药|安眠药)[^。!?;\n]{0,6}?(?:掺|放|下|倒|加)[^。!?;\n]{0,4}?(?:饮料|酒|水|杯|奶茶)"
        r"[\s\S]{0,30}?(?:搞定|拿下|睡了|带走|上了|办了)(?:那个|这个)?(?:女的|妹子|她|女生|姑娘|美女)?"
        r"|冰妹[\s\S]{0,12}?(?:带回家|开房|陪|睡)"
        r"|(?:摸|捏)了?(?:女(?!儿)|她|人家|服务员|学员|女学员|学生|女生|同事|员工|小姑娘|妹子|女孩)"
        r"[^。!?;\n]{0,4}?的?(?:大腿|屁股|胸|胸口|下面|私处)"
        rf"|(?:小时|一晚|包夜|过夜)[^。!?;\n]{{0,4}}?{_N}+[^。!?;\n]{{0,8}}?酒店(?:自己开|你开|自理)"
        r"|(?:找|叫|约)(?:个|几个)?(?:妹子|小妹|美女)(?:来)?陪[\s\S]{0,20}?"
        r"(?:会所|桑拿|夜总会|服务好)"
        r"|(?:足浴|按摩|桑拿|洗浴|会所|spa|推拿)[\s\S]{0,40}?(?:包你爽|保你爽)"
        r"|寂寞[\s\S]{0,30}?(?:一对一|私密房间|私密直播|裸聊|福利视频)"
        r"|外围[^。!?;\n]{0,3}?(?:高端|嫩模|可安排)"
        r"|(?:穿得?|穿的)(?:少|更少|很少)一?点[\s\S]{0,10}?(?:价格|加钱|翻倍|加价|另算)"
        r"|(?:私密照|艳照)[\s\S]{0,16}?(?:欣赏|谁想看|发出来|发个红包)"
        r"|(?:本子|同人本|里番)[^。!?;\n]{0,4}?(?:太涩|好涩|真涩|涩|无码|r18)", re.S)),
    # a woman's intimate photos held over her: 群里那个女的的裸照我有 (sneaked photos passed round
    # stay porn alone: holdouts 13, 15 and 19 label them so)
    ("privacy", "pattern:sneaky_photos",
     "裸照 私密照 艳照 不雅照",
     re.compile(
        r"(?:女的|小妹|妹子|伴娘|女同事|同事|前女友|前任|她)的?(?:裸照|私密照|艳照|不雅照)[^。!?;\n]{0,4}?我有",
        re.S)),
    # money families (each its own rule, so common words wake only their own pattern; none on a
    # line that warns): a cure sold with a price
    ("fraud", "pattern:cure_sale",
     "胰岛素 停药 能治 可治 治好 根治 包治 不用吃药 能消 会消 就消 都消",
     re.compile(
        _NO_WARNING
        + r"(?=[\s\S]*?(?:原价|群友价|讲座价|活动价|特价|下单|疗程|试用装|买[一二两三]送|抢购"
          r"|订购|加v"
          r"|加微))"
        r"[\s\S]*?(?:能治|可治|治好|根治|包治|代替胰岛素|替代胰岛素|不用再?打胰岛素|停药|不用吃药"
        r"|(?:癌症|肿瘤|结节|囊肿|息肉)[^。!?;\n]{0,2}?(?:能消|会消|就消|都消))"
        r"(?![^。!?;\n]{0,10}?[吗么?])", re.S)),
    # pay to a new account from now on (a notice to tenants, parents, members)
    ("fraud", "pattern:new_account",
     "新账户 新账号 新卡号 新银行卡 新微信 新收款码 改交 改到 旧账户 原账户 旧卡 原卡 旧账号 "
     "原账号",
     re.compile(
        _NO_WARNING
        + r"(?=[\s\S]*?(?:请|各位|大家|通知|家长|租户|业主|本月起|即日起|从今天起))[\s\S]*?(?:"
        r"(?:新账户|新账号|新卡号|新银行卡|新微信|新收款码)[\s\S]{0,20}?(?:转账|缴纳|缴费|交费|付款|汇款)"
        r"|(?:改交到|改交|改到)新的?(?:账户|账号|卡号|银行卡|卡|微信|收款码)"
        r"|(?:旧账户|原账户|旧卡|原卡|旧账号|原账号)(?:作废|停用|不再使用|已停用|已注销))", re.S)),
    # a fee first: for gigs, for a debt recovered, for a buyer's haulage
    ("fraud", "pattern:fee_first",
     "会员费 入会费 激活费 解锁费 服务费 押金 保证金 定金",
     re.compile(
        _NO_WARNING + r"[\s\S]*?(?:"
        r"(?:接单|派单|兼职|日结|追讨|讨薪|讨债|追债|要账|收购)[\s\S]{0,30}?(?:先垫付|先交|先付|先缴|需先|要先)"
        r"[^。!?;\n]{0,6}?(?:会员费|入会费|押金|保证金|激活费|解锁费|服务费|定金)"
        r"|(?:先垫付|先交|先付|先缴|需先|要先)[^。!?;\n]{0,6}?(?:会员费|入会费|激活费|解锁费)[\s\S]{0,20}?"
        r"(?:接单|派单|兼职|日结|解锁|权限))", re.S)),
    # pooled money at an interest, shares that double; a fixed match sold; more money wanted
    # before a withdrawal; the more you top up the more comes back
    ("fraud", "pattern:payout_lure",
     "集资 入股 认购 投钱 内部消息 内幕 假球 定了 定好 提现 提款 出款 提不出 取不出 解冻 "
     "不能提 无法提 "
     "越多",
     re.compile(
        _NO_WARNING + r"[\s\S]*?(?:"
        r"(?:集资|入股|认购|投钱)[\s\S]{0,30}?(?<![不没无非])(?:月息|日息|周息|高息|保本保息|到期还本|"
        r"翻倍分红|分红翻倍|年底翻倍|稳赚不赔|保赚)"
        r"|(?:内部消息|内幕|假球|结果(?:已经)?(?:定了|定好)|比分(?:已经)?定了)[\s\S]{0,40}?"
        rf"(?:跟我投|跟我买|保你|包你|稳赚|必赚|赚{_N}+倍|包赢)"
        r"|(?:提现|提款|出款|提不出来|提不出|解冻|取不出)[\s\S]{0,30}?(?:再充|再交|加钱|补缴|再存|交保证金)"
        r"[^。!?;\n]{0,10}?才"
        r"|(?:不加钱|不充值?|不交钱)就?(?:提不出|取不出|不能提|无法提)"
        r"|充(?:得|的)?越多[^。!?;\n]{0,4}?(?:返|赚|送)(?:得|的)?越多)", re.S)),
    # the code or the card asked for; a subsidy or a courier claim through a private contact; a
    # changed number that needs a loan
    ("fraud", "pattern:contact_lure",
     "系统升级 系统维护 系统调整 验证码 链接 网页 页面 网址 网站 补贴 补助 津贴 救助金 客服 "
     "换号 换了号 换了个号 新号 "
     "手机丢了",
     re.compile(
        _NO_WARNING + r"[\s\S]*?(?:"
        r"系统(?:升级|维护|调整)[\s\S]{0,20}?(?:需|请|需要)(?![勿不别])[^。!?;\n勿别不]{0,4}?(?:补缴|缴费|重新缴|缴纳)[\s\S]{0,30}?"
        r"(?:页面|链接|网址|点击|http|登录)"
        r"|(?:请|麻烦|需要|需)(?:将|把)?[^。!?;\n勿别不]{0,24}?验证码[^。!?;\n]{0,4}?(?:发给|发送给|提供给|报给)"
        r"|(?:链接|网页|页面|网址|网站)[^。!?;\n]{0,8}?(?:输入|填写|填入|提交)[^。!?;\n]{0,12}?"
        r"(?:银行卡号|卡号|密码|验证码|身份证号|cvv)"
        r"|(?:补贴|补助|津贴|救助金)[\s\S]{0,20}?(?:可领|可申领|能领|领取)[^。!?;\n]{0,4}?"
        rf"{_N}+[\s\S]{{0,30}}?(?:加客服|企鹅|qq|加v|加微信|点击链接|点链接)"
        r"|(?:快递丢|快递丢失|理赔)[\s\S]{0,30}?(?:我们是|我是)[^。!?;\n]{0,10}?客服[\s\S]{0,20}?"
        r"(?:加我|加v|加微信|加qq)"
        rf"|(?:换号|换了个?号|手机丢了|新号)[\s\S]{{0,40}}?(?:借我?{_N}|先借我?{_N}|借我?点钱|周转|手头紧"
        rf"|急用钱))", re.S)),
    # places, ranks and exams bought; credit records repaired, papers faked, permits without the
    # person; an office that fines (pay, or the inspection fails)
    ("fraud", "pattern:fixer",
     "打点费 疏通费 花钱买过 考官是我 指标 名额 编制 学位 征信 报告 体检单 化验单 证明 "
     "不用本人 无需本人 "
     ""
     "本人不用 免本人 协会 海关 税务 工商 市场监管 卫健委 卫生局 消防 城管 保卫科 执法",
     re.compile(
        _NO_WARNING + r"[\s\S]*?(?:"
        r"打点费|疏通费|花钱买过|考官是我"
        r"|(?:能帮|可以帮|帮你)[^。!?;\n]{0,10}?(?:办|搞|弄|拿)[^。!?;\n]{0,6}?(?:指标|名额|编制|学位)"
        r"|征信[^。!?;\n]{0,12}?(?:找我们|找我|帮你|我们可以)[^。!?;\n]{0,4}?(?:修复|洗白|消除)"
        r"|(?:改|修改|代做|做假|出)(?:血糖|体检|化验|检查|病历|诊断|核酸)(?:报告|单|证明)[\s\S]{0,30}?"
        r"(?:找我|私我|必过|真章|包过|加我)"
        r"|(?:办理?|代办)[^。!?;\n]{0,10}?证[^。!?;\n]{0,12}?(?:不用本人|无需本人|本人不用|免本人)"
        r"[\s\S]{0,30}?(?:加我|找我|私我|微信|v)"
        r"|(?:我是|我们是|这里是)[^。!?;\n]{0,6}?(?:协会|海关|税务|工商|市场监管|卫健委|卫生局|消防|城管|"
        r"保卫科|执法)[\s\S]{0,50}?(?:交|缴纳|缴|罚款|赔偿金|补缴)[\s\S]{0,30}?"
        r"(?:过不了|列入|失信|查封|停业|吊销|冻结|不能放行|才能放行|才放行|拘留)"
        r"|(?:交|缴纳|缴)[^。!?;\n]{0,10}?(?:赔偿金|罚款|保证金)[^。!?;\n]{0,4}?才(?:能)?(?:放人|放行)"
        r"[\s\S]{0,30}?(?:我是|我们是))", re.S)),
    # a gathering called to sit in, hold placards, march; a VPN passed round for what the
    # leaders hide
    ("politics", "pattern:protest_call",
     "静坐 举牌 抗议 示威 上街 游行 拉横幅 堵路 罢工 罢课 聚集 集合 翻墙",
     re.compile(
        r"(?:组织|集合|聚集|召集|统一|一起去|大家去|所有人去|都去|去县城|去市里|去县里)[\s\S]{0,20}?"
        r"(?:静坐(?!冥想|练习|调息|养生)|举牌|抗议|示威|上街(?![道舞拍买逛吃玩溜卖头])|游行(?!彩排|表演|花车|队伍|方阵)|拉横幅|堵路|罢工|罢课)"
        r"|(?:静坐|举牌抗议|示威|抗议)[\s\S]{0,20}?(?:集合|人越多|凑个?人数|转发|一起去|都来)"
        r"|(?:聚集|集合)[\s\S]{0,20}?(?:反对|抗议|讨说法|不让警察)"
        r"|翻墙[\s\S]{0,30}?(?:境外新闻|外面怎么说|黑料|谎言|共产党|领导人)", re.S)),
    # contempt without swear words: a label plus scorn, the pig simile, the hereditary slur
    ("abuse", "pattern:scorn",
     "老太婆 老东西 老姑娘 拖油瓶 土包子 猪 蝗虫 儿子就是 女儿就是 孩子就是 种就是 儿子也是 "
     "女儿也是 孩子也是 儿子肯定是 欠操 欠干 "
     "骚成这样",
     re.compile(
        r"(?:老太婆|老姑娘|拖油瓶|土包子)[\s\S]{0,20}?(?<![不没])"
        r"(?:不要脸|好意思|谁要|恶心|装什么|丢人|也配|谁看|烦死人|蠢)"
        r"|(?:不要脸|好意思|也配)[\s\S]{0,20}?(?:老太婆|拖油瓶|土包子|老姑娘)"
        r"|^(?![\s\S]*?(?:我[^。!?;\n,]{0,4}?(?:胖|蠢|笨|懒|丑)|我家|猫|狗|自己))[\s\S]*?"
        r"(?:胖|蠢|笨|懒|丑)得?(?:跟|像)(?:头)?猪(?:一样|似的)?"
        r"|(?:大陆|内地)蝗虫|蝗虫[^。!?;\n]{0,6}?(?:扫货|又来|又嚟|冇素质|没素质)"
        r"|(小偷|骗子|贼|劳改犯|神经病|疯子|傻子|废物|强盗|杀人犯)的(?:儿子|女儿|孩子|种)(?:就是|也是|肯定是)\1"
        r"|(?:就是|天生)?欠(?:操|干)|骚成这样", re.S)),
    # contempt told to someone's face: "you ... don't come out / come again and shame us"
    ("abuse", "pattern:stay_away_shame",
     "丢人",
     re.compile(
        r"(?:你|就你)[^。!?;\n]{0,24}?别再?(?:出来|来了?|在[^。!?;\n]{0,8}?)[,]?丢人(?!的是|了我)")),
    # --- families of holdouts 23 and 24 (helper risk23), in our own words in
    # tests/unit/test_moderation_h23_risk.py
    # an office's notice that threatens a lapse and sends the reader to a link: an upgrade
    # "or the card stops", credits "short" with a fee to pay by link, bank details re-entered
    # after a "system upgrade" (点击…完成升级，否则停用 · 不升级无法领取养老金，点击… ·
    # 学分未达标…请点击…补缴培训费 · 系统升级，请在下方链接重新登记银行卡)
    ("fraud", "pattern:notice_link_threat",
     "否则 不升级 未升级 不认证 未认证 不登记 未登记 "
     "不激活 未激活 不完成 未完成 不及时 未及时 学分 "
     "继续教育 年审 执业 系统升级 系统维护 系统调整 系统故障",
     re.compile(
        _NO_WARNING + r"[\s\S]*?(?:"
        r"(?:点击|链接|扫码|登录)[^。!?;\n]{0,30}?(?:完成|进行)?(?:升级|认证|核验|登记|激活)[^。!?;\n]{0,4}?"
        r",?否则[^。!?;\n]{0,8}?(?:停用|冻结|作废|注销|失效|封号|停发)"
        r"|[不未](?:完成|进行|及时)?(?:升级|认证|登记|激活)[^。!?;\n]{0,16}?"
        r"(?:无法|不能|停发|停用|冻结|作废)[\s\S]{0,24}?(?:点击|链接|http)"
        r"|(?:学分|继续教育|年审|执业|资格)[\s\S]{0,30}?(?:未达标|不达标|不足|不够|过期)[\s\S]{0,30}?"
        r"(?:点击|链接)[\s\S]{0,24}?补缴"
        r"|(?:系统升级|系统维护|系统调整|系统故障)[\s\S]{0,30}?(?:链接|网址|点击|扫码)[\s\S]{0,16}?"
        r"重新(?:登记|填写|绑定|提交|录入)[^。!?;\n]{0,4}?(?:银行卡|卡号|身份证|密码))", re.S)),
    # paid clicks and orders recruited (宝妈兼职：关注点赞，每天两小时收入200+ · 任务群做一单赚50 ·
    # rate hotels online for easy money)
    ("fraud", "pattern:task_recruit",
     "兼职 宝妈 副业 日结 任务群 做一单 每单 一单赚 一条 每条 "
     "easy money rate hotels rate videos rate products "
     "like videos review products",
     re.compile(
        r"^(?=[\s\S]*?(?:兼职|宝妈|副业|日结))[\s\S]*?(?:点赞|关注|评论|做单|刷单)[^。!?\n]{0,30}?"
        r"(?:收入|日赚|一天赚|每天赚|轻松赚|日入|月入)[^。!?;\n]{0,4}?[0-9一二两三四五六七八九十百千]"
        rf"|任务群[^。!?;\n]{{0,12}}?(?:做一单|一单|每单)[^。!?;\n]{{0,4}}?赚?{_N}+"
        rf"|(?:做一单|每单|一单)[^。!?;\n]{{0,2}}?赚{_N}+[\s\S]{{0,30}}?(?:提现|任务群|拉你|拉进|找我)"
        # (a worker paid per click, not a boosting service sold per review: Steam刷好评，一条5元)
        r"|^(?=[\s\S]*?(?:赚|零花钱|兼职|副业|宝妈|在家))(?![\s\S]*?(?:刷好评|真人账号|量大))[\s\S]*?"
        rf"(?:点赞|评论|好评|关注)[^。!?;\n]{{0,6}}?(?:一条|每条|一个|每个)[^。!?;\n]{{0,2}}?{_N}+(?:块|元)"
        r"(?=[\s\S]{0,30}?(?:结算|日结|拿任务|领任务))"
        r"|easy money[\s\S]{0,40}?(?:rate|like|review|click|follow)"
        r"|(?:rate|like|review)\s+(?:hotels|videos|products|posts)\s+(?:online|daily|for)", re.S)),
    # stimulants by their street name: ice sold by the gram, its purity compared, "flying"
    # goods or a parcel brought back from the border to smoke, a drink spiked for the high,
    # "who needs a high, find me"
    ("drugs", "pattern:street_slang",
     "卖冰 冰的纯度 飞行的 云南 缅甸 金三角 边境 瑞丽 西双版纳 点货 酒里 饮料里 杯里 杯子里 奶茶里 "
     "可乐里 嗨的 high的 溜的",
     re.compile(
        r"卖冰(?![箱柜淇棍镇块啤红可沙糖激鞋场雹棒山川雪美粉皮水饮凉茶])[^。!?;\n]{0,20}?"
        r"(?:劲儿?大|一克|克|纯|进口|上头|嗨|飞)"
        r"|(?<![干结碎刨滑])冰的纯度[^。!?;\n]{0,6}?(?:这次|这批|那批|上次|不行|不够|一般|差远)"
        r"|飞行的(?:东西|货|物料)"
        r"|(?:云南|缅甸|金三角|边境|瑞丽|西双版纳)[^。!?;\n]{0,10}?带(?:了|过|回)?[^。!?;\n]{0,6}?"
        r"(?:东西|货)[\s\S]{0,30}?(?:溜|抽了|抽一口|抽起来|吸了|吸一口|嗨|飞|睡得香|懂的都懂|检查站)"
        r"|带(?:了|回)?点货[^。!?;\n]{0,10}?(?:一起)?(?:溜|嗨|飞|吸|抽)"
        r"|(?:酒|饮料|杯子?|奶茶|可乐)里(?:加|放|下|掺)了?(?:点|些)?(?:东西|料)[\s\S]{0,20}?"
        r"(?:high|嗨|飞|断片|不省人事)"
        r"|(?:需要|想|要)(?:嗨|high)的[^。!?;\n]{0,6}?(?:找我|私我|私聊|滴我|来)"
        r"|(?:需要|想|要)溜的[\s\S]{0,20}?(?:货正|货好|货纯|有货|价格|地点私|老地方)", re.S)),
    # a local "date" sold with a promise (本地美女约会，包满意 · 同城妹子上门，价格私聊)
    ("porn", "pattern:local_date",
     " ".join(f"{where}{of}{who}" for where in ("本地", "同城", "附近") for of in ("", "的")
              for who in ("美女", "妹子", "少妇", "学生妹", "模特", "嫩模", "小姐")),
     re.compile(
        r"(?:本地|同城|附近)的?(?:美女|妹子|少妇|学生妹|模特|嫩模|小姐)[^。!?;\n]{0,6}?"
        r"(?:约会|上门|陪玩|陪夜|服务|约)[^。!?;\n]{0,10}?(?:包满意|满意|whatsapp|私|加|电话|价格|一晚|过夜)")),
    # people's records taken in bulk and offered (全园家长的通讯录导出来了，有人要买吗 ·
    # 出售各类手机号实名信息)
    ("privacy", "pattern:bulk_records",
     "通讯录 联系方式 实名信息 个人信息 公民信息 身份信息 实名数据 户籍信息 全园 全校 全班 全年级 "
     "全小区 全公司 全村 全体",
     re.compile(
        r"(?:全园|全校|全班|全年级|全小区|全公司|全村|所有|全体|全部)[^。!?;\n]{0,4}?"
        r"(?:家长|业主|学生|员工|客户|会员|住户|病人|患者)的?(?:通讯录|电话|手机号|联系方式|名单|信息)"
        r"[^。!?;\n]{0,10}?(?:导出|拿到|有人要|要买|谁要|出售|卖)"
        r"|(?:出售|卖|批发|打包)[^,。!?;\n]{0,10}?(?:实名信息|个人信息|公民信息|身份信息|实名数据|"
        r"户籍信息)(?![^。!?;\n]{0,4}?(?:已|撕|删|保护|泄露|安全))")),
    # someone's home address with a grievance and a call to go there (孙老师的家庭地址…，她老公
    # 欠钱跑路了，有债主可以去找)
    ("privacy", "pattern:home_address_call",
     "家庭地址 家庭住址 家地址 住址",
     re.compile(
        r"^(?=[\s\S]*?(?:欠|跑路|老赖|骗|偷|债主|渣))[\s\S]*?"
        r"的(?:家庭)?(?:地址|住址)[:]?[^。!?;\n]{0,20}?[0-9]+(?:号|栋|室|梯|单元)[\s\S]{0,40}?"
        r"(?:去找|上门|去堵|可以去|大家去|去要)", re.S)),
    # a stake recruited for: card games promoted for a commission on what recruits top up, an
    # online poker tournament with a buy-in and a pot, Mark Six "inside tips" (买马…内幕贴士)
    ("gambling", "pattern:game_promo",
     "推广 代理 报名费 奖池 买马 六合彩 特码 马会 码报 输赢",
     re.compile(
        # a home game with the stake named ("来我家打几圈，输赢就几百块")
        r"(?:打几圈|搓几圈|打麻将|搓麻|打牌|斗地主|掼蛋|牌局)[\s\S]{0,20}?输赢[^。!?;\n]{0,3}?"
        r"(?:几百|几千|上千|上万|[0-9一二两三四五六七八九十]+[百千万])"
        r"|(?:棋牌|捕鱼|麻将|博彩|百家乐|炸金花|斗地主|电玩城)(?!室|馆)[^。!?;\n]{0,10}?(?:推广员?|代理)"
        r"[\s\S]{0,30}?(?:返佣|返利|佣金|抽成|提成|拿[0-9]+%|[0-9]+%返)"
        r"|(?:德州|扑克|麻将|斗地主|掼蛋)[^。!?;\n]{0,8}?(?:线上|网上|在线|app)"
        r"[\s\S]{0,20}?(?:(?:报名费|买入|入场)[\s\S]{0,12}?奖池|奖池[\s\S]{0,12}?(?:报名费|买入|入场))"
        r"|(?:买马|六合彩|特码|马会|码报)[\s\S]{0,20}?"
        r"(?:内幕|贴士|必中|稳中|准过|包中|资料)", re.S)),
    # self-harm told without the usual words: starving oneself, a poison "that kills fast" to
    # try, going to join a dead spouse, an English plan to "end it"
    ("self_harm", "pattern:quiet_plan",
     "饿死 死得快 死得不痛苦 想去找 想去陪 end it 就去死",
     re.compile(
        r"(?:想|要|准备|打算|干脆)[^。!?;\n]{0,4}?(?:把自己饿死|饿死自己)"
        # a deadline set for oneself ("考不上就去死，我跟自己说好了")
        r"|(?:考不上|没考上|考不过|还不上|还不清)[^。!?;\n]{0,6}?就去死(?![^。!?;\n]{0,4}?(?:哈|吧哈|开玩笑))"
        r"|饿死自己[^。!?;\n]{0,10}?(?:不会|痛苦|疼|难受|多久)"
        r"|(?:老鼠药|耗子药|农药|安眠药|百草枯|敌畏|毒鼠强)[^。!?;\n]{0,4}?(?:死得快|死得最快|死得不痛苦)"
        r"(?![^。!?;\n]{0,8}?(?:这种话|别乱说|谣言|是假的|不是真的))"
        r"|(?:老伴|老婆|老公|爱人|妈|爸|孩子|儿子|女儿)[^。!?;\n]{0,4}?(?:走了|去世了?|不在了|过世了?|没了)"
        r"(?!,?(?:回|去|出|上班|旅))"
        r"[\s\S]{0,30}?我(?:也)?想去(?:找|陪)(?:她|他|他们)了"
        r"(?![\s\S]{0,10}?(?:玩|吃|逛|墓|坟|扫墓|上坟|聊|几天|接|明天))"
        r"|(?:planning|plan|going|ready|decided|want) to end it(?! with)", re.S)),
    # contempt without swear words: "is your brain sick", the disabled told to stay home, a face
    # likened to a vegetable with a "still dares", a region's people "the worst"
    ("abuse", "pattern:plain_contempt",
     "脑子有病 脑子有问题 残疾人 瘸子 瞎子 聋子 哑巴 残废 "
     "长得跟 长得像 长跟 长像 佬最 佬冇 佬都 佬又 这么蠢 那么蠢 真蠢 没长眼",
     re.compile(
        r"你(?:是不是|是)?脑子有(?:病|问题)(?![\s\S]{0,10}?(?:哈|开玩笑|开个玩笑|看医生|去医院|检查))"
        r"|你(?:这么|那么|怎么这么|真是|真)蠢(?![\s\S]{0,8}?(?:哈|萌|可爱|开玩笑))"
        r"|(?:是不是|是|你)没长眼(?:睛)?(?![\s\S]{0,8}?(?:哈|开玩笑))"
        r"|(?:残疾人|瘸子|瞎子|聋子|哑巴|残废)就?(?:别|不要|不该|少)出来"
        r"(?![\s\S]{0,16}?(?:注意安全|小心|危险|注意身体|照顾))"
        r"|(?<=[,.!?~ ])(?:瘸子|瞎子|聋子|残废|哑巴)一个(?=$|[,.!?~])"
        r"|长得?(?:跟|像)个?[\u4e00-\u9fff]{1,4}(?:似的|一样)[^。!?;\n]{0,4}?还(?:当|敢|好意思|出来|做)"
        r"(?![\s\S]{0,12}?(?:好看|漂亮|可爱|真帅|好帅|很帅|厉害|真美|好美|很美|我自己|说的是我))"
        r"|[\u4e00-\u9fff]{2}佬(?:最衰|最贱|最坏|最抠|冇一个好|都係衰|又抠又)")),
    # harm prepared for an animal or a person: poison bait laid "to deal with it"; a gun or
    # bullets asked for
    ("violence", "pattern:bait_or_gun",
     "毒饵 毒肉 药肉 手枪 子弹 枪支 猎枪 雷管 炸药 剥皮 吊死 活埋 烧死",
     re.compile(
        # an animal caught to be skinned or hung up as a lesson ("抓到了，准备剥皮挂在门口")
        r"(?:猫|狗)[\s\S]{0,20}?(?:抓到|逮到|逮住|抓住)[\s\S]{0,10}?(?:准备|要|就)?(?:剥皮|吊死|活埋|烧死)"
        r"|^(?![\s\S]*?(?:老鼠|耗子|蟑螂|虫|蚂蚁|苍蝇|蚊子))[\s\S]*?"
        r"(?:(?:准备|备|买|弄|搞)(?:了|好)?[^。!?;\n]{0,2}?(?:毒饵|毒肉|药肉|老鼠药|毒药)[\s\S]{0,20}?"
        r"(?:处理掉|毒死|药死|弄死|解决掉|收拾)"
        r"|(?:毒饵|毒肉|药肉)[\s\S]{0,20}?(?:处理掉|毒死|药死|弄死|解决掉))"
        r"|(?:哪里|哪儿|哪能|谁有|谁知道|求购|想买|要买|搞把|弄把|搞一把|弄一把)[^。!?;\n]{0,8}?"
        r"(?:手枪|子弹|枪支|猎枪|雷管|炸药|真枪)(?![型式钻])"
        r"(?![^。!?;\n]{0,6}?(?:模型|玩具|水弹|游戏|皮肤|造型|形状|图案|钥匙扣|贴纸))", re.S)),
    # a rally called at an office's gate or on the square, with banners, masks "so the police
    # cannot tell us" (市政府门口集会抗议 · 天安门见，带上标语)
    ("politics", "pattern:rally_call",
     "政府门口 市委门口 省委门口 区委门口 县委门口 信访局门口 天安门 认出",
     re.compile(
        r"(?:政府|市委|省委|区委|县委|信访局)门口[^。!?;\n]{0,4}?(?:集会抗议|抗议|示威|静坐|拉横幅|聚集讨)"
        r"|天安门[^。!?;\n]{0,6}?(?:见|集合)[\s\S]{0,20}?(?:标语|横幅|口号|传单)"
        r"|(?:集会|抗议|示威|游行)[\s\S]{0,30}?(?:不要|别|不能)让警察认出", re.S)),
    # money promised and money asked: an investment "paying" a monthly rate, a city's residence
    # quota bought, a recall refund through a private "customer service", a cancelled flight's
    # compensation, a deposit first for a promised result, a benefit that needs a fee, a grant
    # handed out through a teacher's "new number", a foreign "customs" fine
    ("fraud", "pattern:money_promised",
     "月息 日息 周息 指标 名额 包落户 包入户 "
     "召回 批次有问题 质量问题 航班取消 航班延误 包找到 包找回 "
     "包成功 包办成 包拿到 补贴 补助 津贴 助学金 养老金 抚恤金 退税 退费 customs police court",
     re.compile(
        _NO_WARNING + r"[\s\S]*?(?:"
        r"(?:投资|理财|项目|入股|商会|基金)[\s\S]{0,30}?(?:月息|日息|周息)[1-9][0-9.]*%"
        r"|(?:户口|落户|入户)(?:指标|名额)[\s\S]{0,30}?(?:价格|万|包落户|包办|渠道)|包(?:落户|入户)"
        r"|(?:您|你)[^。!?;\n]{0,12}?(?:购买|买的|下单)[\s\S]{0,30}?(?:召回|质量问题|批次有问题)[\s\S]{0,20}?"
        r"(?:退款|赔偿|理赔)[\s\S]{0,12}?加[^。!?;\n]{0,4}?客服"
        r"|(?:航班取消|航班延误)[^。!?;\n]{0,8}?(?:可获|可以获得|可申请|可以申请|可领取|可得|获得)"
        r"[^。!?;\n]{0,4}?(?:赔偿|补偿)[\s\S]{0,20}?(?:联系|加|客服|点击|链接)"
        rf"|(?:先付|先交|先转)[^。!?;\n]{{0,2}}?{_N}+[^。!?;\n]{{0,4}}?(?:定金|押金|订金)[^。!?;\n]{{0,6}}?"
        r"包(?:找到|找回|成功|办成|拿到)"
        r"|(?:补贴|补助|津贴|助学金|养老金|抚恤金|退税)[\s\S]{0,20}?(?:先交|需交|要交|需要先?交|先付|缴纳)"
        r"[^。!?;\n]{0,6}?(?:手续费|工本费|服务费|保证金|押金|激活费)"
        r"|(?:助学金|补贴|补助|退费)[\s\S]{0,30}?加[^。!?;\n]{0,10}?新(?:号|微信)[\s\S]{0,24}?"
        r"(?:领取|旧号|原号|以前的号)"
        r"|(?:customs|police|court)[\s\S]{0,60}?pay[\s\S]{0,30}?(?:fine|fee|deposit)[\s\S]{0,30}?"
        r"(?:arrested|today|immediately|within))", re.S)),
)



_FRAME_SHIFT = len(_RULES)  # frame j is bit 1 << (_FRAME_SHIFT + j)
_RULE_BITS = (1 << _FRAME_SHIFT) - 1


def _cue_masks() -> dict[str, int]:
    """Normalised cue word → bit mask of the rules (rule i is bit 1 << i) and frames it wakes."""
    masks: dict[str, int] = {}
    woken = [(bit, cues) for bit, (_, _, cues, _) in enumerate(_RULES)]
    woken += [(_FRAME_SHIFT + j, cues) for j, (cues, *_) in enumerate(_FRAMES)]
    for bit, cues in woken:
        for word in cues.split():
            key = normalize_term(word)
            masks[key] = masks.get(key, 0) | 1 << bit
    return masks


def _rule_hits(text: str, wanted: int) -> list[LexiconHit]:
    found: list[LexiconHit] = []
    while wanted:  # only the rules whose bits are set, lowest first
        low = wanted & -wanted
        wanted ^= low
        category, name, _, pattern = _RULES[low.bit_length() - 1]
        match = pattern.search(text)
        if match is not None:
            found.append(LexiconHit(category, "review", name, match.start(), match.end()))
    return found


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


@dataclass
class LexiconReloader:
    """Hot reload without threads: the caller asks, now and then, whether files changed.

    ``maybe_reload(now)`` stats the custom files at most every ``interval`` seconds; on a change it
    builds a new Lexicon and swaps it in.  A broken file keeps the last good lexicon and is
    reported in ``last_error`` so a bad edit never takes moderation down.
    """

    paths: tuple[Path, ...]
    interval: float = 5.0
    lexicon: Lexicon = field(init=False)
    last_error: str | None = field(default=None, init=False)
    _stamps: tuple[tuple[int, int] | None, ...] = field(default=(), init=False)
    _checked_at: float | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        # (every attribute set here, none left to its class default: compiled with mypyc, an
        # instance has no class attribute to fall back on)
        self.last_error = None
        self._checked_at = None
        self._stamps = self._stat()
        self.lexicon = Lexicon.load(*self.paths)

    def _stat(self) -> tuple[tuple[int, int] | None, ...]:
        stamps: list[tuple[int, int] | None] = []
        for path in self.paths:
            try:
                st = os.stat(path)
                stamps.append((st.st_mtime_ns, st.st_size))
            except OSError:
                stamps.append(None)
        return tuple(stamps)

    def maybe_reload(self, now: float) -> Lexicon:
        """The current lexicon, reloaded first when a custom file changed since last look."""
        if self._checked_at is not None and now - self._checked_at < self.interval:
            return self.lexicon
        self._checked_at = now
        stamps = self._stat()
        if stamps == self._stamps:
            return self.lexicon
        try:
            existing = [p for p, s in zip(self.paths, stamps, strict=True) if s is not None]
            self.lexicon = Lexicon.load(*existing)
            self.last_error = None
            self._stamps = stamps
        except LexiconError as exc:
            self.last_error = str(exc)
            self._stamps = stamps
        return self.lexicon
