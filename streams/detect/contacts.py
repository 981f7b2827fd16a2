"""Contact extraction (WeChat IDs, QQ numbers, mobile numbers, links, domains, e-mail).

Runs on the contact view (``normalize_contacts``), so 加 V 信, ｖｘ, ①③⑧ and 一三八 are already
undone.  Numbers only count as contacts with the right shape *and* context: a QQ number needs a
QQ cue; a bare 11-digit mobile is a contact unless an order/tracking cue is closer than any
contact cue, or it reads as money or a date/time.  Dates (2026-11-02), times, prices and version
numbers never have the 1[3-9]+9 digits shape with digit boundaries on both sides.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from streams.detect.normalize import DASHES, DOTS, STEPS, Normalized, normalize_contacts


@dataclass
class Contact:
    """One extracted contact; ``start``/``end`` index the original text. Never changed once
    made; not frozen, for the written-out ``__init__`` (``compiled.py``)."""

    kind: str  # wechat, qq, phone, url, short_link, domain, email
    value: str
    start: int
    end: int
    normalized_by: tuple[str, ...]

    def __init__(self, kind: str, value: str, start: int, end: int,
                 normalized_by: tuple[str, ...]) -> None:
        self.kind = kind
        self.value = value
        self.start = start
        self.end = end
        self.normalized_by = normalized_by


_SEP = rf"[ \t\-_·•*~|{DASHES}{DOTS}]"  # every dash and dot look-alike too (0512–6829 3351)
# Mobiles, 400/800 service lines and landlines with an area code (021-6543 2109).
_PHONE_RE = re.compile(  # the look-ahead only skips positions no branch can start at
    rf"(?=[0-9])(?<![0-9])(?:1[3-9][0-9]{{9}}|1[3-9][0-9]{_SEP}+[0-9]{{4}}{_SEP}+[0-9]{{4}}"
    rf"|1{_SEP}+[3-9](?:{_SEP}+[0-9]){{9}}|[48]00(?:{_SEP}?[0-9]){{7,8}}"
    rf"|0[1-9][0-9]{{1,2}}{_SEP}?[2-9][0-9]{{2,3}}{_SEP}?[0-9]{{4}}"
    rf"|(?<=\()0[1-9][0-9]{{1,2}}\){_SEP}?[2-9][0-9]{{2,3}}{_SEP}?[0-9]{{4}})(?![0-9])"
)
# A comma may stand for the colon ("加我扣扣，一二三四五…"); a closing bracket may come first
# ("微信（同QQ）：…", "联系方式【QQ】 …").
# Q我 and a colon is QQ me ("Q我：贰贰叁 肆伍陆…", holdout 19; "Q我 77158…" is qq already); not
# an amount (Q我：12000元).
_QQ_RE = re.compile(
    r"(?:qq|q群|群号|(?<![a-z0-9])q(?=我\s*[:=]))我?(?:号码|号|群)?(?:是|为)?\s*[)\]】]?\s*[:=,]?\s*"
    rf"([1-9](?:{_SEP}?[0-9]){{4,10}})(?![0-9])(?!\s*(?:[元块万]|rmb))"
)
# The number first, the cue after: "新群 912345678 企鹅", "287654310(qq)".
_QQ_AFTER_RE = re.compile(
    rf"(?<![0-9a-z])([1-9](?:{_SEP}?[0-9]){{4,10}})(?![0-9])\s*[(\[【]?\s*qq(?![a-z0-9]|号?群)"
)
# Looser QQ cues: "Q号：…", "q号码 …" (q alone before 号); a group number right after 群
# ("狼人杀线上群⑥⑥⑧…", "资源群 8934…", "加群：5647…", "加群领：932 817 046"); a few hanzi between
# qq and a colon ("加我扣扣一起搞钱：五六七…") or a "talk to me" ("加Q详聊 3 1 4 …").  Not an
# amount, a head count or a date (群 12000 人, 本群 20000 元奖金), no code, fee or count named
# between (QQ验证码：…, 加群费：…), and not a mobile number (群主 is no 群, and an 11-digit 1[3-9]
# number is a phone).
# 裙 is 群 after 进, 加, 入, q or 扣 ("进裙➕ 八九七 六五四…", holdout 3; not 连衣裙 2024…).
_QQ_LOOSE_RE = re.compile(  # every branch opens with q, 群 or 裙
    r"(?:q(?<![a-z]q)(?=号)|群(?<=加群)(?![码令费价])[\u4e00-\u9fff](?=\s*[:=])|群(?<![a-z0-9]群)"
    r"|(?<=[进加入扣q])裙[+➕]?"
    r"|qq(?![\u4e00-\u9fff]{0,5}[码令费价额数])[\u4e00-\u9fff]{1,6}(?=\s*[:=])"
    r"|qq(?:详聊|详谈|私聊|私信|咨询|联系))"
    rf"(?:号码|号)?\s*[:=]?\s*([1-9](?:{_SEP}?[0-9]){{4,10}})(?![0-9])"
    r"(?!\s*(?:[元块万千百%人个位名年月日天岁条张份次楼层]|号(?![码是])|rmb))"
)
_MOBILE_RE = re.compile(r"1[3-9][0-9]{9}")
_DATE_RE = re.compile(rf"(?:19|20)[0-9]{{2}}{_SEP}[01]?[0-9]{_SEP}[0-3]?[0-9]")  # 群 2026-01-18
_QQ_ID_RE = re.compile(r"(?:qq)(?:号|id)?(?:是|为)?[:=]?\s*([a-z][a-z0-9_-]{4,19})(?![a-z0-9_-])")
# "微信：id", "微信搜 id", "微信 .: id", "加微信详谈：id" (a few hanzi, then a colon), "➕：id",
# "加这个号 id", "加我：id", "加我拉你：id" (加我 and a few hanzi, then a colon), "vx➕ id", and the
# same cues in pinyin ("tuan gou jia wo: id", "jia hao you: id"; jia wei xin is 微信 already);
# 加我 right before an id with a digit or an underscore in it ("加我 suanming_dashi", not 加我qq…);
# so too a bare 加 before an id with an underscore or a hyphen ("懂的加 bing_tc", not 参加 or
# 增加; not "加rtx4090") and 联系 before one with a digit or an underscore ("联系 zx_xiufu"): such
# ids are nobody's English word.  (The contact view has dropped the space.)
# 微 alone as the label before such an id (加我微 qiming8899 · 找我，微 ktv_vip_888 · 或者微
# yezi_uk, holdout 20; 加微 is 微信 already; 微号 too), and so 薇 and 威, not the end of a word
# (稍微, 轻微, 细微…, 权威, 示威, 蔷薇…); V我 / V聊 and a colon before one ("需要的V我：lf_daxue"
# · "tg或者V聊：party_hi99", holdouts 15 and 19: V我 is "WeChat me"; 加V and V: are 微信
# already), or no colon and an underscore (V我 lf_daxue; with a digit it is 微信 already, v我50
# is a meme); 加我 before an id of hyphen-joined chunks of two or more ("群满了加我 dy-print",
# holdout 19; not e-mail or t-shirt); ➕ alone before an id after an arrow ("➕ ➡ xianyu6699",
# holdout 3), with an underscore, or of four letters and three digits or more (not a bundle:
# 手机➕ airpods2, 主机➕ rtx4090); an arrow between the cue and the id (微信 → abc_123).  The few
# hanzi before a colon never name a code, a password, an order or a remark (微信验证码：abc123 ·
# 微信订单号：… · 加微信验证：vip2024 is what to type in the friend request, not the account).
# 加 or 联系 and the person whose account it is (加群主 hbq_666 · 加班主任新号 ban_zhuren_li ·
# 联系客服 kf_2024, holdout 24): an id with a digit or an underscore right after the role (not
# 参加老师…; 加班 alone is overtime).  私聊 / 私信 between the cue and the id (微信💬 abc_123:
# 💬 reads 私).
_WECHAT_RE = re.compile(  # every branch opens with one of the look-ahead's characters
    r"(?=[微w加jv联威薇➕])(?:微信|wechat|加(?=:)|加(?:这个|此|我的?)号"
    r"|加(?:我|个?好友)(?=[\u4e00-\u9fff]{0,4}\s*[:=])"
    r"|(?<![a-z])jia\s?(?:wo|(?:ge\s?)?hao\s?you)(?=\s*[:=])"
    r"|加(?:我|个?好友)(?=\s*(?:[→➡⇒]\s*)?(?!qq)"
    r"(?:[a-z][a-z0-9-]*[0-9_]|[a-z]{2,}[a-z0-9]*-[a-z0-9]{2,}))"
    r"|(?:(?<![稍轻细略卑精衰式显低入知见微])微|(?<![权示声国军神助扬立天蔷紫])[威薇])"
    r"(?=(?:号码?)?\s*[:=]?\s*(?:[→➡⇒]\s*)?(?!qq)[a-z][a-z0-9-]*[0-9_])"
    r"|➕(?=\s*(?:[→➡⇒]\s*(?!qq)[a-z][a-z0-9-]*[0-9_]|(?!qq)[a-z][a-z0-9]*_"
    r"|[a-z]{4,}[0-9]{3,}(?![a-z0-9_-])))"
    r"|(?<![a-z0-9])v(?=(?:我|聊|私聊)\s*(?:[:=]\s*[a-z][a-z0-9-]*[0-9_]|[a-z][a-z0-9]*_))"
    r"(?:我|聊|私聊)"
    r"|(?<![参增追附更叠施外添])加(?=(?!qq)[a-z][a-z0-9]*[_-])"
    r"|(?:(?<![参增追附更叠施外])加|联系)(?:群主|群管|管理员?|班主任|老师|助教|客服|助理|店长|老板娘?|负责人|小编|经理"
    r"|导师|教练|团长|班长|顾问|主播|前台)的?(?:新|小|私人?|工作|个人)?号?"
    r"(?=\s*[:=]?\s*(?:[→➡⇒]\s*)?(?!qq)[a-z][a-z0-9-]*[0-9_])"
    r"|联系(?:我)?(?=\s*[:=]?\s*(?!qq)[a-z][a-z0-9-]*[0-9_]))"
    r"我?\s?(?:号码?|id(?![a-z0-9_-])|hao(?![a-z]))?"
    r"(?:是|为|搜索?|私(?:聊|信|我)?|(?![\u4e00-\u9fff]{0,7}?(?:码|密|口令|暗号|验证|单号|订单|编号|流水|备注))"
    r"[\u4e00-\u9fff]{1,8}(?=\s*[:=]))?"
    rf"\s*[.,+➕】」』)\]\"”·•→➡⇒{DOTS}]?\s*[:=]?\s*[\"“「『【(]?\s*([a-z][a-z0-9_-]{{5,19}})"
    r"(?![a-z0-9_-])"
)
# An id typed in spaced chunks after the cue ("微信 yang sheng 888", "wechat ab_c 12", "v 信：
# abc 7 7 2 1", "vx：mumu jz 520"): the chunks joined; only with a digit or an underscore in it
# and at most two chunks of letters alone, so words after 微信 never qualify; not an amount
# or a count (微信 hongbao 88 元).
_WECHAT_SPACED_RE = re.compile(
    r"(?:微信|wechat)(?:\s?(?:号|id(?![a-z0-9_-])))?(?:是|为|搜索?)?\s*[:=]?\s*"
    r"(?!id(?![a-z0-9_-]))([a-z][a-z0-9_-]*(?: +[a-z0-9_-]+){1,6})"
    r"(?![a-z0-9_-])(?!\s*(?:[元块万千百%个位名年月日天岁]|rmb))"
)
_LETTERS_RE = re.compile(r"[a-z]+")
# Five characters after 微信 and a colon, letters then digits ("加ⓥⓧ：ⓢⓟ⓪⓪⑦" is 微信:sp007, "vx：
# Ｈ Ｚ ８ ８ ９"): shorter than WeChat allows, but what the sender gave as the id.
_WECHAT_SHORT_RE = re.compile(r"微信号?\s*[:=]\s*((?=[a-z]+[0-9])[a-z][a-z0-9_]{4})(?![a-z0-9_-])")
# "加微信 + what you get + id" (加微信领新人礼包 xy2288 · 加我微信一起合作 bx2024zs ·
# 加V看更多样片 → sheying_aka): an add-me ask, a few hanzi, then an id that ends the clause; only
# an id no word looks like (two letters or more, then a digit or an underscore), so
# 加微信看看 mate60 的价格 is no id.
_WECHAT_ASK_RE = re.compile(
    r"加我?微信[\u4e00-\u9fff]{1,8}\s*(?:[→➡>]\s*)?"
    r"((?=[a-z]{2,}[a-z0-9_-]*[0-9_])[a-z][a-z0-9_-]{5,19})(?![a-z0-9_-])(?=$|[\s,.!?;:)])"
)
# An id that opens with digits, which WeChat ids may not but spam ids do: after 微信 and a colon
# ("V：⑧⑧⑥⑥⑨⑨ａａ", holdout 3), or glued to the wx / vx it follows ("上岸 wx8899ab", the eval set:
# the id is wx8899ab).  Digits, then letters; not an amount with its unit (微信：100kg, 88rmb).
_WECHAT_DIGIT_LED_RE = re.compile(
    r"微信(号?\s*[:=]\s*)?((?=[0-9]{2,}[a-z])[0-9][a-z0-9_-]{3,19})(?![a-z0-9_-])"
)
_AMOUNT_UNIT_RE = re.compile(r"[0-9.]+(?:rmb|kg|km|cm|mm|ml|mb|gb|tb|kb|am|pm|min|hz|[wkgmhsd])")
# What the asker wants typed, not an account: a code, a password, a remark, a pass phrase.
_ASK_NOT_ID_RE = re.compile(r"码|密|口令|暗号|备注|验证")
# The id first, the cue after in brackets: "pddhzqun（绿泡泡）" (绿泡泡 → 微信).
_WECHAT_AFTER_RE = re.compile(r"(?<![a-z0-9_-])([a-z][a-z0-9_-]{5,19})\s*\(\s*微信\s*\)")
# "微信同号 186…", "vx同手机号 150…", "电话同微信 177…", "手机同V 139…", "电话微信同号 158…",
# "微信手机同号 136…": the phone number is the WeChat id too (both kinds, as most sets label it).
_WECHAT_PHONE_RE = re.compile(
    r"(?:(?:微信|wechat)(?:号)?(?:同|就是|即)(?:手机|电话)?号?"
    r"|(?:手机|电话)号?(?:同|即|就是)(?:微信|wechat|v(?![a-z]))号?"
    r"|(?:(?:手机|电话)号?[和与及/、]?(?:微信|wechat|v)|(?:微信|wechat|(?<![a-z])v)[和与及/、]?"
    r"(?:手机|电话))同号)"
    rf"[:=]?\s*(1[3-9](?:{_SEP}?[0-9]){{9}})(?![0-9])"
)
# The number first, the cue after it: "电话：131-6842-0057（同微信）", "139 1234 5678 微信同号".
_PHONE_WECHAT_AFTER_RE = re.compile(
    rf"(?=1)(?<![0-9])(1[3-9](?:{_SEP}?[0-9]){{9}})(?![0-9])\s*[(\[【]?\s*"
    r"(?:(?:手机|电话)?同(?:微信|wechat|v(?![a-z]))|(?:微信|wechat|v(?![a-z]))同号)"
)
# An id named before the cue, as warnings about a scammer do: "小心 pz_9981 这个微信，是骗子" ·
# "zhangsan88 这个微信号是骗子": one with an underscore, or letters then a digit when the cue
# ends the phrase (号, 是, punctuation: "mate60这个微信版本" is a phone's app).
_WECHAT_BEFORE_RE = re.compile(
    r"(?=[a-z])(?<![a-z0-9_@.-])([a-z][a-z0-9_-]{5,19})\s*(?:这个|那个|这|此)(?:微信|wechat)"
    r"(号|(?=$|[^\u4e00-\u9fffa-z0-9]|是|就是))?"
)
# An id a few words after 微信 is mentioned, after 是, 号, 了, 成, 搜 or a colon: "我的微信号换
# 了，新号 lin_yue_0817" · "老张微信换新号了 zhang_lh1958" · "我微信换了，新的是 xiaomei_0621" ·
# "有人问我微信，我是 duorou_yaya" · "我扒到她微信了 lxy_0923" (holdouts 9, 12, 13, 15, 20): the
# first Latin in the clause, and one with an underscore, which no word or model name has
# (iphone15, mate60); after 新号 one with a digit will do (新号 linyue0817).  Not a password, a
# code or a developer's field named between (微信密码是 abc_123, 微信接口的参数是 app_id).
_WECHAT_MENTION_RE = re.compile(
    r"(?=[微w])(?:微信|wechat)([^a-z0-9@.!?;\n]{0,16}?)(?:(新号|叫)|是|号|了|为|成|搜|:|下面|下方|如下)"
    r"(?:是|为|了)?"
    r"\s*[:=]?\s*"
    r"([a-z][a-z0-9_-]{5,19})(?![a-z0-9_@(=-])(?!\.[a-z0-9])"
)
_MENTION_NOT_ID_RE = re.compile(r"密码|验证码|口令|参数|字段|变量|函数|接口|代码|报错|文件|路径")
_DIGIT_ID_RE = re.compile(r"[a-z]{2,}[a-z_-]*[0-9][a-z0-9_-]*")
# An id given in two halves after a WeChat cue ("加V，号前半段kyzl后半段666" · "加薇❤：前面是sheng
# 后面是yu66", holdouts 11 and 12): the halves joined.
_WECHAT_HALVES_RE = re.compile(
    r"(?=[微w加v])(?:微信|wechat|加[微薇威]|(?<![a-z])v)[^a-z0-9.!?;\n]{0,6}?(?:前半段|前半部分|前面|前几位)(?:是|为)?\s*[:=]?\s*"
    r"([a-z][a-z0-9_-]{1,15})[,\s]*(?:后半段|后半部分|后面|后几位)(?:是|为)?\s*[:=]?\s*"
    r"([a-z0-9_-]{1,15})(?![a-z0-9_-])"
)
_EMAIL_RE = re.compile(r"[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_QQ_NUMBER_RE = re.compile(r"[1-9][0-9]{4,10}")
_URL_RE = re.compile(r"(?:https?://|www\.)[a-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
_LINK_TRAILING = ".,;:!?'"  # sentence punctuation after a link (rstrip set)


def _link_body(url: str) -> str:
    """The link without the sentence's punctuation after it; a closing bracket only when the
    link opened none (…/wiki/Foo_(bar) keeps its own)."""
    while True:
        body = url.rstrip(_LINK_TRAILING)
        for close, open_ in ((")", "("), ("]", "[")):
            if body.endswith(close) and body.count(close) > body.count(open_):
                body = body[:-1]
        if body == url:
            return body
        url = body
_SHORT_HOSTS = (
    "t.cn",
    "dwz.cn",
    "url.cn",
    "w.url.cn",
    "suo.im",
    "bit.ly",
    "tinyurl.com",
    "is.gd",
    "t.co",
    "u.nu",
    "sohu.gg",
    "mrw.so",
    "t.me",
    "c.tb.cn",
    "m.tb.cn",
    "dwz.date",
    "u.jd.com",
    "3.cn",
)
_TLDS = (
    "com|cn|net|org|top|xyz|vip|cc|me|io|info|club|shop|site|online|app|ltd|ink|wang|icu"
    "|fun|live|co|tk|ml|ga|link|biz|pw|so|gg|la|ly|date|win|bet|work|xin|im"
)
_DOMAIN_RE = re.compile(
    rf"(?<![a-z0-9@.\-])(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{_TLDS})(?![a-z0-9\-])"
    r"(?:/[a-z0-9\-._~/?#=&%+]*)?"
)
_MAYBE_CONTACT_RE = re.compile(r"[0-9.@_-]|微信|wechat|qq|加[:我个好]|联系")
_ORDER_CUE_RE = re.compile(r"订单|单号|快递|运单|物流|编号|工号|学号|流水|卡号|批次|序列号|工单")
_CONTACT_CUE_RE = re.compile(r"电话|手机|联系|微信|qq|tel|call|热线|致电|拨打|加我|加|找我")
_MONEY_BEFORE_RE = re.compile(r"[¥$￥]|价|rmb")
_AFTER_NOT_PHONE_RE = re.compile(r"\s*(?:元|块|rmb|万|年|月|日|点|时|分|秒|期|次|个|件|kg|g\b)")


def _last_end(pattern: re.Pattern[str], text: str) -> int:
    """End of the last match of ``pattern`` in ``text`` (-1 when none)."""
    last = -1
    for m in pattern.finditer(text):
        last = m.end()
    return last


def _phone_context_ok(text: str, start: int, end: int) -> bool:
    """Reject order numbers, money and dates that happen to have a phone's shape."""
    before = text[max(0, start - 12) : start]
    order_at = _last_end(_ORDER_CUE_RE, before)
    cue_at = _last_end(_CONTACT_CUE_RE, before)
    if order_at >= 0 and order_at >= cue_at:
        return False
    if _MONEY_BEFORE_RE.search(text[max(0, start - 2) : start]):
        return False
    return _AFTER_NOT_PHONE_RE.match(text, end) is None


def _contact(
    view: Normalized, kind: str, start: int, end: int, value: str, cue_start: int | None = None
) -> Contact:
    """A contact at ``view.text[start:end]``; its cue (微信, qq) counts for the steps."""
    ostart, oend = view.original_span(start, end)
    steps = view.steps_in(start, end)
    if cue_start is not None:  # the cue's own evasion counts; the space after it does not
        cue_steps = view.steps_in(cue_start, start)
        if cue_steps:
            steps = tuple(step for step in STEPS if step in steps or step in cue_steps)
    if kind in ("phone", "qq") and not view.text[start:end].isdigit() and "separator" not in steps:
        steps = tuple(sorted((*steps, "separator"), key=STEPS.index))
    return Contact(kind, value, ostart, oend, steps)


def _digits(raw: str) -> str:
    return "".join(ch for ch in raw if ch.isdigit())


# A mobile number right after a phone cue with letters for digits (l58 7l2O 9336: l, i for 1,
# o for 0) — an evasion; at least seven real digits, so words never qualify.
_PHONE_LOOKALIKE_RE = re.compile(
    rf"(?:手机|电话|联系|tel)(?:号码?|方式)?\s*[:=]?\s*"
    rf"((?=[0-9lio]{{0,3}}[0-9])[1li]{_SEP}*[3-9](?:{_SEP}*[0-9lio]){{9}})(?![0-9a-z])"
)
_LOOKALIKE_DIGITS = str.maketrans("lio", "110")
# A 400/800 service line with the letter o for its zeros (4OO-820-6617, 8o0 …): no cue needed,
# no word is shaped like it; at least one o, and only o besides the digits.
_SERVICE_LOOKALIKE_RE = re.compile(
    rf"(?=[48]0?o)(?<![0-9a-z])([48][0o]{{2}}(?:{_SEP}?[0-9o]){{7,8}})(?![0-9a-z])"
)
# A mobile number right after a cue, its digits in chunks of any size ("加微信：13 6 12 34 56 78",
# "联系我 1 8 615208839" once ① ⑧ ⑥ 一 五… are digits): after 微信 it is the WeChat id (电话微信：
# or 电话/微信： names both), after a phone cue a phone.
_CUED_MOBILE_RE = re.compile(
    r"(电话|手机|联系(?:我|方式)?|tel|call|微信|wechat)(?:号码?)?(?:是|为)?\s*[:=]?\s*"
    rf"(1{_SEP}*[3-9](?:{_SEP}*[0-9]){{9}})(?!{_SEP}?[0-9])"
)
_PHONE_CUE_BEFORE_RE = re.compile(r"(?:电话|手机)号?\W?$")
# 微信 right before the phone cue names the WeChat id too ("vx/电话：138…", as 电话/微信： does).
_WECHAT_CUE_BEFORE_RE = re.compile(r"(?:微信|wechat)号?\W?$")
# Chunked digits around a phone-shaped match: a bank card or an ID number (6222 0212 3456 7890,
# 5101 0419 8507 2233 11) holds 15 digits or more in chunks of at most eight.
_CHUNK_GAPS = f" \t-_·•*~|{DASHES}{DOTS}"
_CHUNKED_NUMBER_RE = re.compile(rf"[0-9]+(?:{_SEP}[0-9]+)*")


def _in_long_number(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is part of a card or ID number typed in chunks."""
    if not (text[max(0, start - 2) : start].rstrip(_CHUNK_GAPS)[-1:].isdigit()
            or text[end : end + 2].lstrip(_CHUNK_GAPS)[:1].isdigit()):
        return False  # the usual phone: no digits right before or after it
    for m in _CHUNKED_NUMBER_RE.finditer(text, max(0, start - 24), min(len(text), end + 24)):
        if m.start() <= start and end <= m.end():
            chunks = re.findall(r"[0-9]+", m.group())
            return sum(map(len, chunks)) >= 15 and max(map(len, chunks)) <= 8
    return False


def _cued_mobiles(view: Normalized) -> list[Contact]:
    """Mobiles after a cue with their digits chunked any way; a WeChat id after 微信."""
    found: list[Contact] = []
    if "1" not in view.text:
        return found  # every mobile has one
    for m in _CUED_MOBILE_RE.finditer(view.text):
        value = _digits(m.group(2))
        start, end = m.span(2)
        if (not _phone_context_ok(view.text, start, end)
                or _in_long_number(view.text, start, end)):
            continue
        wechat = m.group(1) in ("微信", "wechat")
        if wechat or (m.group(1) in ("电话", "手机") and _WECHAT_CUE_BEFORE_RE.search(
                view.text, max(0, m.start() - 4), m.start())):
            found.append(_contact(view, "wechat", start, end, value, m.start()))
        if not wechat or _PHONE_CUE_BEFORE_RE.search(view.text, max(0, m.start() - 4),
                                                     m.start()):
            found.append(_contact(view, "phone", start, end, value))
    return found


def _phones(view: Normalized) -> list[Contact]:
    found = []
    for m in _PHONE_RE.finditer(view.text):
        if (_phone_context_ok(view.text, m.start(), m.end())
                and not _in_long_number(view.text, m.start(), m.end())):
            found.append(_contact(view, "phone", m.start(), m.end(), _digits(m.group())))
    if "0o" in view.text or "oo" in view.text or "o0" in view.text:
        for m in _SERVICE_LOOKALIKE_RE.finditer(view.text):
            raw = m.group(1)
            if not _phone_context_ok(view.text, m.start(1), m.end(1)):
                continue
            c = _contact(view, "phone", m.start(1), m.end(1),
                         _digits(raw.translate(_LOOKALIKE_DIGITS)))
            steps = tuple(st for st in STEPS if st in c.normalized_by or st == "digit_variant")
            found.append(Contact(c.kind, c.value, c.start, c.end, steps))
    if "l" in view.text or "o" in view.text or "i" in view.text:
        for m in _PHONE_LOOKALIKE_RE.finditer(view.text):
            raw = m.group(1)
            if sum(ch.isdigit() for ch in raw) < 7 or not any(ch in "lio" for ch in raw):
                continue
            c = _contact(view, "phone", m.start(1), m.end(1),
                         _digits(raw.translate(_LOOKALIKE_DIGITS)))
            steps = tuple(st for st in STEPS if st in c.normalized_by or st == "digit_variant")
            found.append(Contact(c.kind, c.value, c.start, c.end, steps))
    return found


def _qqs(view: Normalized) -> list[Contact]:
    has_q = "q" in view.text
    if not has_q and "群" not in view.text and "裙" not in view.text:  # every cue has one
        return []
    found = [
        _contact(view, "qq", m.start(1), m.end(1), _digits(m.group(1)), m.start())
        for m in _QQ_RE.finditer(view.text)
    ] if has_q or "群号" in view.text else []
    taken = [(c.start, c.end) for c in found]
    if has_q:  # the cue after the number is qq
        found += [
            _contact(view, "qq", m.start(1), m.end(1), _digits(m.group(1)), m.end(1))
            for m in _QQ_AFTER_RE.finditer(view.text)
            if not _ORDER_CUE_RE.search(view.text, max(0, m.start() - 12), m.start())
            and not any(s <= view.original_span(m.start(1), m.end(1))[0] < e
                        for s, e in taken)
        ]
        taken = [(c.start, c.end) for c in found]
    for m in _QQ_LOOSE_RE.finditer(view.text):
        value = _digits(m.group(1))
        if _MOBILE_RE.fullmatch(value) or _DATE_RE.fullmatch(m.group(1)) or _ORDER_CUE_RE.search(
                view.text, max(0, m.start() - 12), m.start()):
            continue
        contact = _contact(view, "qq", m.start(1), m.end(1), value, m.start())
        if not any(s <= contact.start < e for s, e in taken):
            found.append(contact)
            taken.append((contact.start, contact.end))
    if not has_q:
        return found
    # Spammers also put a WeChat-style id after a QQ cue ("QQ d45481"): still a contact.
    found += [
        _contact(view, "qq", m.start(1), m.end(1), m.group(1), m.start())
        for m in _QQ_ID_RE.finditer(view.text)
        if any(ch.isdigit() for ch in m.group(1))
    ]
    return found


def _spaced_wechats(view: Normalized, taken: list[Contact]) -> list[Contact]:
    """Spaced ids after the cue; one that extends an id found whole wins when the whole one
    has no digit or ends on a joiner (quanwu + dz 666, hangpai_ + 2023)."""
    found = []
    for m in _WECHAT_SPACED_RE.finditer(view.text):
        chunks = m.group(1).split()
        value = "".join(chunks)
        shortest = 5 if ":" in view.text[m.start() : m.start(1)] and value[-1].isdigit() else 6
        if (not shortest <= len(value) <= 20 or not any(ch.isdigit() or ch == "_" for ch in value)
                or sum(1 for c in chunks if _LETTERS_RE.fullmatch(c)) > 2):
            continue
        contact = _contact(view, "wechat", m.start(1), m.end(1), value, m.start())
        overlap = [c for c in taken if c.start <= contact.start < c.end]
        if not overlap:
            found.append(contact)
        elif all(c.start == contact.start and len(c.value) < len(value)
                 and value.startswith(c.value)
                 and (not any(ch.isdigit() for ch in c.value) or c.value[-1] in "_-")
                 for c in overlap):
            for c in overlap:
                taken.remove(c)
            found.append(contact)
    return found


def _mentioned_wechats(view: Normalized, taken: list[Contact]) -> list[Contact]:
    """Ids a few words after 微信 is mentioned, and ids given in two halves."""
    found: list[Contact] = []
    for m in _WECHAT_MENTION_RE.finditer(view.text):
        value = m.group(3)
        if "_" not in value and not (m.group(2) and _DIGIT_ID_RE.fullmatch(value)):
            continue
        if _MENTION_NOT_ID_RE.search(m.group(1)):
            continue
        # the words between are prose (their fullwidth comma is no evasion): the id's own steps
        contact = _contact(view, "wechat", m.start(3), m.end(3), value)
        if not any(c.start <= contact.start < c.end for c in (*taken, *found)):
            found.append(contact)
    if "前" not in view.text:
        return found
    for m in _WECHAT_HALVES_RE.finditer(view.text):
        value = m.group(1) + m.group(2)
        if 6 <= len(value) <= 20 and not any(c.start <= view.original_span(*m.span(1))[0] < c.end
                                             for c in (*taken, *found)):
            found.append(_contact(view, "wechat", m.start(1), m.end(2), value, m.start()))
    return found


def _wechats(view: Normalized) -> list[Contact]:
    text = view.text
    if ("微" not in text and "加" not in text and "wechat" not in text and "jia" not in text
            and "联系" not in text and "v我" not in text and "v聊" not in text
            and "v私" not in text and "威" not in text and "薇" not in text and "➕" not in text
            and "同v" not in text):
        return []  # every cue has one of them
    plain = [
        _contact(view, "wechat", m.start(1), m.end(1), m.group(1), m.start())
        for m in _WECHAT_RE.finditer(view.text)
    ]
    if " " in text:
        plain += _spaced_wechats(view, plain)
    if ":" in text:
        for m in _WECHAT_SHORT_RE.finditer(text):
            plain.append(_contact(view, "wechat", m.start(1), m.end(1), m.group(1), m.start()))
    if "加" in text:
        for m in _WECHAT_ASK_RE.finditer(text):
            if _ASK_NOT_ID_RE.search(m.group(), 2, m.start(1) - m.start()):
                continue  # 加微信好友验证码 abc123, 加微信备注 vip88: a code to type, no id
            if not any(c.start <= view.original_span(*m.span(1))[0] < c.end for c in plain):
                plain.append(_contact(view, "wechat", m.start(1), m.end(1), m.group(1),
                                      m.start()))
    if "微信" in text or "wechat" in text or ("前" in text and "后" in text):
        plain += _mentioned_wechats(view, plain)
    if "微信" in text:
        for m in _WECHAT_DIGIT_LED_RE.finditer(text):
            value = m.group(2)
            if _AMOUNT_UNIT_RE.fullmatch(value) or _MOBILE_RE.match(value):
                continue
            if m.group(1) is None:  # glued: only the wx / vx typed right before it
                cue_start, cue_end = view.original_span(m.start(), m.start() + 2)
                cue = view.original[cue_start:cue_end].lower()
                if cue not in ("wx", "vx") or cue_end != view.original_span(*m.span(2))[0]:
                    continue
                value = cue + value
                start = m.start()
            else:
                if len(value) < 6:
                    continue
                start = m.start(2)
            if not any(c.start <= view.original_span(start, m.end(2))[0] < c.end for c in plain):
                plain.append(_contact(view, "wechat", start, m.end(2), value, m.start()))
    if "微信" in text or "wechat" in text:
        for m in _WECHAT_BEFORE_RE.finditer(text):
            if ("_" in m.group(1) or (m.group(2) is not None and _DIGIT_ID_RE.fullmatch(
                    m.group(1)))) and not any(
                    c.start <= view.original_span(*m.span(1))[0] < c.end for c in plain):
                plain.append(_contact(view, "wechat", m.start(1), m.end(1), m.group(1), m.end(1)))
    if "1" in text:  # the phone number that is the WeChat id too: both kinds
        for pattern, cue_at in ((_WECHAT_PHONE_RE, 0), (_PHONE_WECHAT_AFTER_RE, 1)):
            for m in pattern.finditer(text):
                cue_pos = m.start() if cue_at == 0 else m.end(1)
                value = _digits(m.group(1))
                if any(c.kind == "phone" and c.value == value for c in plain):
                    continue  # 微信同号 139…（同微信）: one number
                plain.append(_contact(view, "wechat", m.start(1), m.end(1), value, cue_pos))
                plain.append(_contact(view, "phone", m.start(1), m.end(1), value))
    return plain + [
        _contact(view, "wechat", m.start(1), m.end(1), m.group(1), m.end(1))
        for m in _WECHAT_AFTER_RE.finditer(view.text)
    ]


# A dot spelled 点 or 。 in the original (kaiyun98点com, hunqingpifa。com): the value has a dot.
_SPELLED_DOT_RE = re.compile(r"(?<=[A-Za-z0-9])\s?[点。]\s?(?=[A-Za-z0-9])")


def _link_value(view: Normalized, start: int, end: int) -> str:
    """Links keep their case (short-link paths are case sensitive): NFKC of the original, with
    its spelled dots written as dots."""
    ostart, oend = view.original_span(start, end)
    value = unicodedata.normalize("NFKC", view.original[ostart:oend]).strip()
    return _SPELLED_DOT_RE.sub(".", value) if "点" in value or "。" in value else value


# Punctuation typed full-width in the original ends a link even where, folded to ASCII, it could
# be part of one (链接 https://t.cn/RxK2p，sb才信 · https://m.tb.cn/h.5abc?sm=1，rnm退钱 read
# t.cn/RxK2p,sb: every trailing word made another link and another campaign key).  Not 。 (a dot
# spelled so: hunqingpifa。com) nor ： (a port or an evasive scheme).
_FULLWIDTH_STOPS = frozenset("，！？；、“”‘’「」『』《》【】（）")


def _before_fullwidth_stop(view: Normalized, start: int, end: int) -> int:
    """``end``, or the view position of the first full-width stop after the link's host began."""
    original = view.original
    for i in range(start + 4, end):  # (past "www." or "http")
        if original[view.original_span(i, i + 1)[0]] in _FULLWIDTH_STOPS:
            return i
    return end


def _host(url: str) -> str:
    body = url.split("://", 1)[-1]
    return body.split("/", 1)[0].split("?", 1)[0].lower()


def _links(view: Normalized) -> list[Contact]:
    found: list[Contact] = []
    taken: list[tuple[int, int]] = []
    if "." not in view.text and "://" not in view.text:  # every e-mail address, domain and
        return found  # link has one of them (a dot, or http(s):// before a dotless host)
    for m in _EMAIL_RE.finditer(view.text):
        if "." in m.group().split("@", 1)[1]:
            found.append(_contact(view, "email", m.start(), m.end(), m.group()))
            taken.append(m.span())
            local, host = m.group().split("@", 1)
            if host == "qq.com" and _QQ_NUMBER_RE.fullmatch(local):  # the QQ number's mailbox
                found.append(_contact(view, "qq", m.start(), m.start() + len(local), local))
    stops = not _FULLWIDTH_STOPS.isdisjoint(view.original)
    for m in _URL_RE.finditer(view.text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        # punctuation closing the sentence is no part of the link (官网 www.x.gov.cn，名额有限:
        # the fullwidth comma, folded to ",", made the link look evasive and off its host)
        cut = _before_fullwidth_stop(view, m.start(), m.end()) if stops else m.end()
        link = _link_body(view.text[m.start():cut])
        end = m.start() + len(link)
        host = _host(link)
        # a bare www.host (no scheme, no path) is a domain, as most labelled sets name it
        bare = link.startswith("www.") and "/" not in link
        kind = "short_link" if host in _SHORT_HOSTS else "domain" if bare else "url"
        found.append(_contact(view, kind, m.start(), end, _link_value(view, m.start(), end)))
        taken.append((m.start(), end))
    for m in _DOMAIN_RE.finditer(view.text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        kind = "short_link" if _host(m.group()) in _SHORT_HOSTS else "domain"
        found.append(_contact(view, kind, m.start(), m.end(), _link_value(view, *m.span())))
    return found


def extract_contacts(text: str | Normalized) -> list[Contact]:
    """All contacts in ``text`` (raw text or its contact view), in order of appearance."""
    view = text if isinstance(text, Normalized) else normalize_contacts(text)
    if not _MAYBE_CONTACT_RE.search(view.text):
        return []  # most chat lines: no digit, link, e-mail or contact cue at all
    found = _wechats(view) + _qqs(view) + _links(view)
    mailboxes = [(c.start, c.end) for c in found if c.kind == "email"]
    if mailboxes:  # an e-mail address's local part is no WeChat id (邮件联系 zhuanrang_x@163.com)
        found = [c for c in found
                 if c.kind != "wechat" or not any(s <= c.start < e for s, e in mailboxes)]
    spans = [(c.start, c.end) for c in found]
    cued = _cued_mobiles(view)
    seen = {(c.kind, c.value) for c in found}
    for contact in cued:  # 微信同号 … is found already; 电话微信：… adds the phone
        if (contact.kind, contact.value) not in seen and (
                contact.kind == "phone" or not any(s <= contact.start < e for s, e in spans)):
            found.append(contact)
            seen.add((contact.kind, contact.value))
    spans = [(c.start, c.end) for c in found]
    for phone in _phones(view):
        if not any(s <= phone.start < e for s, e in spans):
            found.append(phone)
    return sorted(found, key=lambda c: (c.start, c.kind))
