"""Deterministic synthetic traffic for hundreds to tens of thousands of community chat groups.

Everything is derived from ``SimulationConfig.seed``: the same config yields byte-identical
output. Every random decision about a group in a given hour uses its own
``random.Random(mix(seed, group, hour, salt))``, so the output does not depend on how many
groups there are around it or on iteration details. Events are produced lazily, one simulated
hour at a time (memory is bounded by one hour of traffic plus the per-group member lists).

Ground truth is never inside the events: ``SimEvent.label`` and the truth file carry it.

Group profiles (shares of ``groups``, assigned exactly by largest remainder, then shuffled):

====================  =====  ===========================================================
profile               share  behaviour
====================  =====  ===========================================================
``healthy``           40 %   active, diurnal rhythm, few leaves, some joins
``quiet_but_stable``  20 %   small (8-40 members), always quiet but steady; not dying
``declining``         12 %   activity decays exponentially from ``decline_start``, leaks members
``sudden_death``       8 %   normal until ``death_at``, then no messages at all
``new``               10 %   created during the run: join burst, greetings, ice-breaking chat
``ad_board``          10 %   a few ad accounts post most of the messages (ads share > 50 %)
====================  =====  ===========================================================

Members: lognormal sizes capped at 500 (about a third are small 15-25 discussion groups,
the rest larger). Speakers are heavy tailed: 55-80 % of members are lurkers who never speak,
the speakers get capped Pareto(0.85) weights (a few KOCs carry the conversation), owner and
staff talk a bit more. Messages come in conversation bursts whose number is Poisson with rate
``base x members factor x hour-of-day (China time, UTC+8) x profile modifier``; golden hours
12-13 and 18-22, near silence 01-06, weekends start later and are busier in the daytime.

Injected, labelled traffic (``SimEvent.label``; ordinary traffic has ``None``):

* ``{"label": "ad", "campaign": "c1"|None, "evasion": ..., "form": ..., "categories": [...]}``:
  cross-group campaigns (one spammer account joins many groups within minutes and posts the
  same ad) and ad-board ads (``campaign`` None). ``evasion`` in none, fullwidth, separator,
  homophone, zero_width, digit_variant, emoji_padding, traditional; ``form`` in text, card,
  miniprogram, link, red_packet.
* ``{"label": "spam_account", "campaign": "c1", "action": "join"|"leave"}``: the
  membership events of a campaign's spammer account.
* ``{"label": "risk", "category": ..., "categories": [...]}``: fraud, gambling, drugs, porn,
  violence, abuse, privacy, self_harm.
* ``{"label": "benign_lookalike", "looks_like": ...}``: must not be flagged (大麻烦, 加油,
  微信支付, order numbers, prices, dates, 菠菜 the vegetable ...).
* ``{"label": "flood", "flood_id": "f1"}``: one member posting many messages in 1-2 minutes.
* ``{"label": "complaint_storm", "storm_id": "s1"}``: several members complaining in one
  group within an hour.
* ``{"label": "malformed", "kind": ...}``: deliberately bad lines (only when
  ``malformed_ratio`` > 0): bad_json, not_object, missing_event_id, missing_group_id,
  missing_ts, wrong_type, bad_ts, unknown_type, oversized, bad_utf8. Line ``i`` (1-based) is
  malformed when ``round(i * ratio)`` grows, so every prefix of ``n`` lines holds exactly
  ``round(n * ratio)`` malformed lines. A malformed line copies the next valid event (its
  ts and group) with a fresh event_id and is then broken.

``categories`` (ad and risk labels) is the full ground truth under the labelling convention of
``streams/detect/moderation.py``: a scam offer with a contact (刷单 job, instant loan, fake
invoices, insider stock tips + an id or phone) is ``["ad", "fraud"]``; a risk offer that
solicits contact with only a DM cue (私聊, 加我, 懂的来), and a task-scam job, is
``[category, "ad"]``; everything else is its one category. ``label`` stays the primary class
(what was injected).

With ``events`` set, message rates are scaled so that about ``events`` lines fill ``hours``
(with a small surplus) and exactly the first ``events`` lines in ts order are emitted; in the
rare case the span runs short, the simulation simply continues past ``hours``.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from itertools import accumulate
from pathlib import Path
from random import Random
from typing import Any

import orjson

__all__ = [
    "PROFILE_SHARES",
    "SimEvent",
    "SimulationConfig",
    "generate",
    "group_truth",
    "write_jsonl",
]

CN = timezone(timedelta(hours=8))
HOUR_MS = 3_600_000
MINUTE_MS = 60_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

PROFILE_SHARES: tuple[tuple[str, float], ...] = (
    ("healthy", 0.40),
    ("quiet_but_stable", 0.20),
    ("declining", 0.12),
    ("sudden_death", 0.08),
    ("new", 0.10),
    ("ad_board", 0.10),
)

MALFORMED_KINDS = (
    "bad_json", "not_object", "missing_event_id", "missing_group_id", "missing_ts", "wrong_type",
    "bad_ts", "unknown_type", "oversized", "bad_utf8",
)  # fmt: skip

EVASIONS = (
    "none", "fullwidth", "separator", "homophone", "zero_width", "digit_variant", "emoji_padding",
    "traditional",
)  # fmt: skip


@dataclass(frozen=True)
class SimulationConfig:
    groups: int = 300
    hours: float = 24.0  # simulated event-time span
    start: datetime = datetime(2026, 11, 2, 0, 0, tzinfo=UTC)  # must be tz-aware
    seed: int = 7
    events: int | None = None  # if set: scale rates, then emit exactly this many lines
    malformed_ratio: float = 0.0  # share of emitted lines that are deliberately bad input
    campaigns: int = 3  # cross-group ad campaigns injected
    floods: int | None = None  # flood episodes; None: about one per 2,400 group-hours (>= 1)
    complaint_storms: int | None = None  # complaint storms; None: like floods
    snapshot_every_hours: int = 6  # group_snapshot cadence (plus one at start / creation)
    base_rate: float = 4.0  # messages per hour of a 20-member healthy group at weight 1
    risk_share: float = 0.002  # share of ordinary text messages replaced by risk content
    lookalike_share: float = 0.008  # share replaced by benign look-alikes
    extra_field_share: float = 0.01  # share of valid events carrying an unknown extra field
    epoch_ts_share: float = 0.2  # share of valid events whose ts is epoch milliseconds
    # window (from start) in which new groups appear, declines and deaths start and campaigns
    # run; None: min(hours, 24), so a long or endless run (the demo) shows them on day one
    lifecycle_hours: float | None = None
    # health-scenario variants (the defaults give the original scenario, byte for byte)
    size_scale: float = 1.0  # existing groups' member counts x this (still 5-500)
    decline_speed: float = 3.0  # e-foldings a declining group decays by the lifecycle window end
    weekend_scale: float = 1.0  # weekend activity x this (0.3: work groups quiet at weekends)
    tz_offset_hours: float = 8.0  # the groups' local time for their daily rhythm (UTC+8: China)
    quiet_scale: float = 1.0  # quiet-but-stable groups' activity x this


@dataclass(frozen=True)
class SimEvent:
    ts_ms: int  # event time, epoch milliseconds (malformed lines: the ts they would have had)
    group_id: str  # "" only for malformed lines without a group
    raw: bytes  # exactly one JSONL line, no trailing newline
    label: dict[str, Any] | None  # ground truth; None for ordinary traffic


# --------------------------------------------------------------------------- randomness


def _mix(*parts: int) -> int:
    """splitmix64 over the parts: a stable 64-bit seed for ``random.Random``."""
    x = 0x9E3779B97F4A7C15
    for p in parts:
        x = (x ^ (p & 0xFFFFFFFFFFFFFFFF)) & 0xFFFFFFFFFFFFFFFF
        x = (x + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
        z = x
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        x = z ^ (z >> 31)
    return x


_S_GROUP, _S_STEP, _S_PROFILES, _S_INJECT, _S_MAL, _S_NAME, _S_FLOOD, _S_STORM = range(1, 9)
_S_CAMPAIGN = 9


def _poisson(rng: Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam < 30:
        limit = math.exp(-lam)
        k, p = 0, rng.random()
        while p > limit:
            k += 1
            p *= rng.random()
        return k
    return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))


# --------------------------------------------------------------------------- time helpers

# Hour-of-day weights in China time (UTC+8); normalised so the weekday mean is 1.
_WEEKDAY_RAW = (
    0.30, 0.12, 0.05, 0.03, 0.03, 0.05, 0.15, 0.45, 0.85, 1.00, 1.05, 1.15, 1.90, 1.60, 0.95, 0.90,
    0.90, 1.00, 1.45, 1.70, 1.95, 2.15, 1.55, 0.80,
)  # fmt: skip
_WEEKEND_RAW = (
    0.45, 0.20, 0.08, 0.04, 0.03, 0.04, 0.08, 0.20, 0.50, 0.90, 1.25, 1.35, 1.80, 1.50, 1.25, 1.20,
    1.20, 1.20, 1.40, 1.60, 1.90, 2.10, 1.70, 1.00,
)  # fmt: skip
_MEAN = sum(_WEEKDAY_RAW) / 24
_WEEKDAY = tuple(w / _MEAN for w in _WEEKDAY_RAW)
_WEEKEND = tuple(w / _MEAN for w in _WEEKEND_RAW)
_CN_OFFSET_MS = 8 * HOUR_MS


def _diurnal(ts_ms: int) -> float:
    local = ts_ms + _CN_OFFSET_MS
    hour = (local // HOUR_MS) % 24
    weekday = (local // (24 * HOUR_MS) + 3) % 7  # 1970-01-01 was a Thursday (3)
    return (_WEEKEND if weekday >= 5 else _WEEKDAY)[hour]


def _rhythm(cfg: SimulationConfig, ts_ms: int) -> float:
    """The daily and weekly rhythm weight at ts for the config's time zone and weekends."""
    if cfg.tz_offset_hours == 8.0 and cfg.weekend_scale == 1.0:
        return _diurnal(ts_ms)
    local = ts_ms + int(cfg.tz_offset_hours * HOUR_MS)
    hour = (local // HOUR_MS) % 24
    weekday = (local // (24 * HOUR_MS) + 3) % 7
    if weekday >= 5:
        return _WEEKEND[hour] * cfg.weekend_scale
    return _WEEKDAY[hour]


def _to_ms(dt: datetime) -> int:
    return (dt - _EPOCH) // timedelta(milliseconds=1)


def _iso(ts_ms: int, tz: timezone = UTC) -> str:
    return (
        (_EPOCH + timedelta(milliseconds=ts_ms)).astimezone(tz).isoformat(timespec="milliseconds")
    )


def _format_ts(rng: Random, ts_ms: int, epoch_share: float) -> str | int:
    r = rng.random()
    if r < epoch_share:
        return ts_ms
    r = (r - epoch_share) / (1.0 - epoch_share) if epoch_share < 1 else 0.0
    if r < 0.70:
        return _iso(ts_ms, CN)
    if r < 0.92:
        return _iso(ts_ms, UTC).replace("+00:00", "Z")
    # second precision, China zone (the ms part is dropped, ts_ms keeps it for ordering)
    return (_EPOCH + timedelta(milliseconds=ts_ms)).astimezone(CN).isoformat(timespec="seconds")


# --------------------------------------------------------------------------- text banks

_CATEGORIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # category: (group name stems, products / topics)
    "parenting": (("宝妈育儿交流", "萌娃成长记", "妈妈互助"), ("奶粉", "纸尿裤", "绘本", "辅食机")),
    "beauty": (("美妆种草", "护肤心得", "变美研究所"), ("面膜", "精华", "防晒霜", "口红")),
    "fitness": (("跑步打卡", "健身减脂", "瑜伽晨练"), ("跑鞋", "蛋白粉", "瑜伽垫", "运动手环")),
    "reading": (("读书会", "每日共读", "好书分享"), ("新书", "读书笔记", "电子书", "书单")),
    "secondhand": (
        ("二手闲置互助", "闲置转让", "宝贝交换"),
        ("婴儿车", "自行车", "旧手机", "书桌"),
    ),
    "local": (("小区邻里", "同城生活", "本地吃喝玩乐"), ("团购水果", "快递柜", "停车位", "物业费")),
    "brand_vip": (("会员福利", "品牌粉丝", "VIP专属"), ("洗衣液", "空气炸锅", "会员卡", "礼盒")),
    "gaming": (("开黑车队", "手游交流", "游戏攻略"), ("皮肤", "新版本", "排位", "礼包码")),
    "education": (("考研互助", "英语打卡", "家长答疑"), ("网课", "真题", "单词书", "作业")),
    "pets": (("猫奴俱乐部", "汪星人之家", "萌宠交流"), ("猫粮", "狗绳", "疫苗", "猫砂")),
    "food": (("吃货联盟", "家常菜谱", "烘焙爱好者"), ("空气炸锅", "烤箱", "面粉", "奶油")),
    "travel": (("自驾游", "周末去哪儿", "旅行搭子"), ("机票", "民宿", "攻略", "门票")),
}
_CATEGORY_NAMES = tuple(_CATEGORIES)

_EVERYDAY = (
    "今天天气真不错", "中午吃什么好呢", "刚下班，累死了", "周末有人一起出去玩吗", "哈哈哈哈哈",
    "这个真不错", "早上好呀", "晚安各位", "收到", "好的好的", "+1", "同意", "有道理",
    "孩子终于睡了，可以歇会儿了", "今天的{p}到了吗", "群主辛苦了", "我也是这么想的", "刚看到消息",
    "笑死我了", "太真实了", "路上堵车，迟到了", "下雨了记得带伞", "周末愉快！", "有人在吗",
    "我来冒个泡", "昨天那个{p}我也买了", "打卡✅", "今天也要加油呀", "最近好忙啊", "这个可以有",
    "学到了", "楼上说得对", "马上到", "晚饭吃了火锅，太爽了",
)  # fmt: skip
_QUESTIONS = (
    "请问{p}怎么用？", "有人知道快递什么时候到吗？", "{p}还有货吗？", "这周活动几点开始？",
    "新人求问，怎么报名？", "大家{p}都是在哪买的？", "有没有推荐的{p}？", "这个{p}适合新手吗？",
    "群里有人用过{p}吗，效果怎么样？", "明天还有直播吗？", "优惠券怎么领呀？", "请问发票怎么开？",
)  # fmt: skip
_THANKS = (
    "谢谢群主！", "感谢分享👍", "多谢多谢", "太感谢了", "谢谢大家的建议", "收到，谢谢～",
    "感谢耐心解答🙏", "辛苦啦，谢谢",
)  # fmt: skip
_POSITIVE = (
    "这次买的{p}真好用，推荐！", "客服回复很快，点赞👍", "质量很好，会回购的", "{p}性价比超高",
    "今天心情特别好😊", "活动太给力了！", "收到货了，包装很用心", "果然没让我失望",
)  # fmt: skip
_NEGATIVE = (
    "发货有点慢", "有点失望", "这个价格不太值", "{p}没有想象中好用", "今天好烦啊", "排队排了好久",
    "下次不想再等这么久了",
)  # fmt: skip
_COMPLAINTS = (
    "{p}用了两天就坏了，太坑了！", "客服一直不回，什么态度？", "退款申请三天了还没处理，气死了",
    "再也不买了，大家小心", "说好的赠品呢？这不是骗人吗", "物流太慢了，催了好几次也没用",
    "质量太差了，要求退货！", "{p}和宣传的完全不一样，差评", "投诉无门，太失望了",
    "我的{p}也有问题，到底管不管？", "都一个星期了还没发货，搞什么", "售后推来推去，恶心",
)  # fmt: skip
_GREETINGS = (
    "大家好，我是新来的", "新人报到🙋", "hello大家好", "谢谢邀请，请多关照", "大家好呀😊",
    "新人报道，以后多交流", "我是{n}，刚进群",
)  # fmt: skip
_WELCOME = (
    "欢迎新朋友！请大家先看一下群公告", "欢迎欢迎🎉 进群请改备注：城市-昵称",
    "欢迎加入～有问题随时在群里问", "本群禁止发广告，违者移出，感谢配合",
)  # fmt: skip
_EMOJI = ("😂", "👍", "🙏", "😊", "🎉", "❤️", "🤣", "😭", "🌹", "💪", "😅", "👏", "[捂脸]", "[呲牙]")
_SYSTEM = (
    "群主已开启全员禁言", "群主已关闭全员禁言", "“{n}”撤回了一条消息", "“{n}”修改了群公告",
    "“{n}”拍了拍“群主”",
)  # fmt: skip
_FILE_NAMES = ("活动规则.pdf", "报名表.xlsx", "课程表.docx", "会员权益说明.pdf", "照片.zip")
_RED_PACKET = ("恭喜发财，大吉大利", "周末快乐", "谢谢大家", "手气最佳发下一个")

_RISK: dict[str, tuple[str, ...]] = {
    "fraud": (
        "恭喜您中奖了，请点击链接填写银行卡号和密码领取奖金",
        "我是平台客服，您的订单异常需要退款，请把收到的验证码发给我",
        "投资理财稳赚不赔，日收益5%，带你上车",
        "刷单返利，先垫付后返现，一单赚50",
        "注销校园贷账户，不处理影响征信，加我处理",
    ),
    "gambling": (
        "在线菠菜，充100送50，稳赢不亏",
        "百家乐技巧，带你翻本",
        "六合彩内部资料，期期包中",
        "网上赌场注册就送彩金",
        "上分下分秒到，老哥们冲",
    ),
    "drugs": (
        "有冰du需要的私聊",
        "出售大麻，同城安全送达",
        "K粉现货，量大从优",
        "摇头丸便宜出，懂的来",
    ),
    "porn": (
        "同城约炮，私聊看照片",
        "成人视频资源，一百部打包",
        "上门服务，看片加我",
        "裸聊一对一，价格美丽",
    ),
    "violence": (
        "再说一句我弄死你",
        "明天带人去砍他",
        "谁敢来我打断他的腿",
        "等着，我找人收拾你",
    ),
    "abuse": (
        "你个傻逼，滚出去",
        "脑残吧你",
        "垃圾人，闭嘴",
        "你算什么东西，废物",
    ),
    "privacy": (
        "这是他的身份证号：110101199003071234，大家去找他",
        "谁要他家地址和电话13912345678，我发群里",
        "曝光一下这个人的住址：幸福小区5栋2单元301",
        "把她的手机号和照片都发出来了，大家去骂她",
    ),
    "self_harm": (
        "活着真没意思，不想活了",
        "今晚就从楼上跳下去，别劝我",
        "药已经买好了，再见了大家",
    ),
}
_RISK_CATEGORIES = tuple(_RISK)
# Risk texts that also solicit contact (a DM cue) or offer a task-scam job: ad + their risk.
_RISK_WITH_AD = frozenset({
    "刷单返利，先垫付后返现，一单赚50",
    "注销校园贷账户，不处理影响征信，加我处理",
    "有冰du需要的私聊",
    "摇头丸便宜出，懂的来",
    "同城约炮，私聊看照片",
    "上门服务，看片加我",
})  # fmt: skip

_LOOKALIKES: tuple[tuple[str, str], ...] = (
    ("drugs", "这下可真是个大麻烦"),
    ("drugs", "大麻烦你帮我看一下这个订单"),
    ("drugs", "冰糖炖雪梨真好喝"),
    ("ad", "加油加油！"),
    ("ad", "大家一起加油💪"),
    ("ad", "可以用微信支付吗？"),
    ("ad", "微信支付付款一直失败怎么办"),
    ("ad", "群主的微信公众号文章写得真好"),
    ("ad", "我加了你微信，通过一下哈"),
    ("privacy", "我的订单号是202611021234567，帮忙查下"),
    ("privacy", "快递单号SF1234567890，到哪了"),
    ("ad", "价格是199元吗？还是299？"),
    ("ad", "11月11日几点开始抢？"),
    ("gambling", "菠菜今天3块一斤，挺新鲜的"),
    ("gambling", "打牌三缺一，周六来吗"),
    ("violence", "这价格杀疯了"),
    ("violence", "今天热死我了"),
    ("violence", "砍价成功啦，谢谢大家帮砍"),
    ("porn", "成人票多少钱，儿童票呢？"),
    ("fraud", "中奖名单公布了吗？群主说的抽奖"),
    ("fraud", "验证码收不到怎么办"),
)

_FLOOD_TEXTS = (
    "哈哈哈哈哈哈", "接龙+1", "求助求助！！！", "有人吗有人吗", "冲冲冲", "666666", "[表情]", "顶",
    "啊啊啊啊啊", "在吗",
)  # fmt: skip

_AD_TEMPLATES = (
    "兼职刷单，日结200+，手机就能做，{c}详聊", "高仿名牌包包，一手货源，支持验货，{c}",
    "低价代开各类发票，需要的{c}", "免费领取护肤小样，名额有限，{c}",
    "股票内幕消息，带你翻倍，{c}", "贷款秒批，不看征信，当天到账，{c}",
    "减肥神药，一个月瘦二十斤，{c}", "招聘宝妈在家兼职，一天三小时，{c}",
)  # fmt: skip
# Ad templates that are scam offers (task scam, instant loan, fake invoices, "insider" stock
# tips that promise to double your money): with the contact
# they carry, ``ad`` + ``fraud``.
_AD_TEMPLATE_RISK = {
    "兼职刷单，日结200+，手机就能做，{c}详聊": "fraud",
    "低价代开各类发票，需要的{c}": "fraud",
    "贷款秒批，不看征信，当天到账，{c}": "fraud",
    "股票内幕消息，带你翻倍，{c}": "fraud",
}
_AD_CARD = ("[个人名片] 福利官小美", "[个人名片] 兼职客服-阿琳", "[公众号名片] 每日优惠券")
_AD_MINI = (
    "【领券中心】点击领取100元无门槛券", "【红包助手】好友助力领现金", "【1元秒杀】限时抢购",
)  # fmt: skip
_AD_LINK = ("限时福利，点击领取👉 ", "内部优惠通道：", "免费试用名额：")
_AD_RED = ("红包已领完？加我再发🧧", "进福利群每天发红包，私聊我", "恭喜发财，更多红包加群领取")

_TRAD = str.maketrans(
    "职单结详联系领货发贷款红赚钱减药个时号码买卖带费认证价样级当天到账内部会员",
    "職單結詳聯繫領貨發貸款紅賺錢減藥個時號碼買賣帶費認證價樣級當天到賬內部會員",
)
_HALF = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:"
_FULL = "".join(chr(ord(ch) + 0xFEE0) for ch in _HALF[:-1]) + "："
_FULLWIDTH = str.maketrans(_HALF, _FULL)
_CIRCLED = str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")
_CN_DIGITS = str.maketrans("0123456789", "零一二三四五六七八九")
_CAP_DIGITS = str.maketrans("0123456789", "零壹贰叁肆伍陆柒捌玖")

_NICK_PRE = ("小", "阿", "大", "老", "", "", "")
_NICK_CORE = (
    "雨", "杰", "敏", "芳", "强", "婷", "明", "丽", "军", "静", "磊", "燕", "鹏", "霞", "涛", "琳",
)  # fmt: skip
_NICK_POST = ("", "", "妈妈", "姐", "哥", "🌸", "同学", "2026", "_", "🍀")
_NICK_EN = ("Lily", "Tony", "Kevin", "Coco", "Amy", "Jack", "Sunny", "快乐每一天", "岁月静好")


def _nick(seed: int, gi: int, idx: int) -> str:
    h = _mix(seed, _S_NAME, gi, idx)
    if h % 7 == 0:
        return _NICK_EN[(h >> 8) % len(_NICK_EN)]
    return (
        _NICK_PRE[(h >> 8) % len(_NICK_PRE)]
        + _NICK_CORE[(h >> 16) % len(_NICK_CORE)]
        + _NICK_POST[(h >> 24) % len(_NICK_POST)]
    )


_UID_MOD = 7_999_993  # prime: member numbers map one-to-one onto u1000000..u8999992


def _uid(gi: int, idx: int) -> str:
    return f"u{1_000_000 + ((gi * 1024 + idx) * 2_654_435_761) % _UID_MOD}"


# --------------------------------------------------------------------------- groups


class _Group:
    __slots__ = (
    "gi", "gid", "profile", "category", "name", "created_ms", "decline_ms", "death_ms", "activity",
    "members_at_start", "target", "members", "weights", "next_idx", "extra", "ad_bots", "seq",
    "products", "tau_ms", "table", "step_seed",
)  # fmt: skip

    def __init__(self) -> None:
        self.gi = 0
        self.gid = ""
        self.profile = ""
        self.category = ""
        self.name = ""
        self.created_ms = 0
        self.decline_ms: int | None = None
        self.death_ms: int | None = None
        self.activity = 1.0
        self.members_at_start = 0
        self.target = 0
        self.members: list[int] = []
        self.weights: dict[int, float] = {}
        self.next_idx = 0
        self.extra = 0
        self.ad_bots: list[str] = []
        self.seq = 0
        self.products: tuple[str, ...] = ()
        self.tau_ms = 1.0
        self.table: tuple[list[int], list[float]] | None = None
        self.step_seed = 0

    def speaker_table(self) -> tuple[list[int], list[float]]:
        """Members who talk and their cumulative weights (cached until membership changes)."""
        if self.table is None:
            speakers = [m for m in self.members if self.weights.get(m, 0.0) > 0]
            if not speakers:
                speakers = [self.members[0]]
                cum = [1.0]
            else:
                cum = list(accumulate(self.weights[m] for m in speakers))
            self.table = (speakers, cum)
        return self.table

    def member_count(self) -> int:
        return len(self.members) + self.extra


def _speaker_weight(rng: Random, lurker_share: float) -> float:
    if rng.random() < lurker_share:
        return 0.0
    return min(150.0, rng.paretovariate(0.85))


def _horizon_ms(cfg: SimulationConfig) -> int:
    hours = min(cfg.hours, 24.0 if cfg.lifecycle_hours is None else cfg.lifecycle_hours)
    return max(1, int(hours * HOUR_MS))


def _build_groups(cfg: SimulationConfig) -> list[_Group]:
    n = cfg.groups
    start_ms = _to_ms(cfg.start)
    span_ms = _horizon_ms(cfg)  # lifecycle changes happen within this window
    # exact profile counts (largest remainder), deterministic shuffle
    raw = [(name, share * n) for name, share in PROFILE_SHARES]
    counts = {name: int(x) for name, x in raw}
    rest = n - sum(counts.values())
    for name, _x in sorted(raw, key=lambda t: (-(t[1] - int(t[1])), t[0]))[:rest]:
        counts[name] += 1
    profiles = [name for name, _ in PROFILE_SHARES for _ in range(counts[name])]
    Random(_mix(cfg.seed, _S_PROFILES)).shuffle(profiles)

    groups = []
    for gi, profile in enumerate(profiles):
        rng = Random(_mix(cfg.seed, _S_GROUP, gi))
        g = _Group()
        g.gi = gi
        g.gid = f"g{gi:05d}"
        g.step_seed = _mix(cfg.seed, _S_STEP, gi)
        g.profile = profile
        g.category = rng.choice(_CATEGORY_NAMES)
        stems, products = _CATEGORIES[g.category]
        g.products = products
        g.name = f"{rng.choice(stems)}{rng.randint(1, 12)}群"
        g.activity = rng.lognormvariate(0.0, 0.45)
        if profile == "quiet_but_stable":
            size = rng.randint(8, 40)
        elif profile == "ad_board" or rng.random() >= 0.35:
            size = int(rng.lognormvariate(math.log(140), 0.75))
        else:
            size = int(rng.lognormvariate(math.log(18), 0.25))
        if cfg.size_scale != 1.0:
            size = int(size * cfg.size_scale)
        size = max(5, min(500, size))
        g.created_ms = start_ms - rng.randint(7, 720) * 24 * HOUR_MS - rng.randint(0, 86_399_999)
        g.target = size
        if profile == "new":
            g.created_ms = start_ms + int(span_ms * rng.uniform(0.05, 0.6))
            g.target = max(20, min(500, int(rng.lognormvariate(math.log(90), 0.6))))
            size = rng.randint(1, 3)  # owner (+ staff) at creation
            g.activity *= 1.3
        elif profile == "declining":
            g.decline_ms = start_ms + int(span_ms * rng.uniform(0.1, 0.4))
            g.tau_ms = max(1.0, (start_ms + span_ms - g.decline_ms) / cfg.decline_speed)
        elif profile == "sudden_death":
            g.death_ms = start_ms + int(span_ms * rng.uniform(0.3, 0.75))
        elif profile == "quiet_but_stable":
            g.activity = min(g.activity, 1.5)
        g.members_at_start = size
        lurkers = rng.uniform(0.55, 0.8)
        for idx in range(size):
            g.members.append(idx)
            w = _speaker_weight(rng, lurkers)
            if idx == 0:
                w = max(w, 3.0)  # owner
            elif idx <= 2 and size > 30:
                w = max(w, 1.5)  # staff
            g.weights[idx] = w
        if profile == "quiet_but_stable" and sum(g.weights.values()) == 0:
            g.weights[0] = 1.0
        g.next_idx = size
        if profile == "ad_board":
            nb = rng.randint(2, 5)
            g.ad_bots = [f"u{9_000_000 + (gi * 8 + j) % 900_000}" for j in range(nb)]
            g.extra = nb
        groups.append(g)
    return groups


_JOIN_PER_HOUR = {
    "healthy": 0.002,
    "quiet_but_stable": 0.0006,
    "declining": 0.0012,
    "sudden_death": 0.0015,
    "ad_board": 0.003,
    "new": 0.002,
}
_LEAVE_PER_HOUR = {
    "healthy": 0.0015,
    "quiet_but_stable": 0.0004,
    "declining": 0.0015,
    "sudden_death": 0.0015,
    "ad_board": 0.004,
    "new": 0.002,
}
_GREET_P = (0.2, 0.45)  # newcomer says hello: (existing group, new group)


def _msg_rate(cfg: SimulationConfig, g: _Group, t_ms: int, members: int, k: float) -> float:
    """Expected chat messages per hour at t (without ads of ad boards)."""
    if t_ms < g.created_ms:
        return 0.0
    p = g.profile
    mod = 1.0
    if p == "quiet_but_stable":
        mod = 0.18 * cfg.quiet_scale
    elif p == "ad_board":
        mod = 0.3
    elif p == "declining":
        if g.decline_ms is not None and t_ms > g.decline_ms:
            mod = math.exp(-(t_ms - g.decline_ms) / g.tau_ms)
    elif p == "sudden_death":
        if g.death_ms is not None and t_ms >= g.death_ms:
            return 0.0
    elif p == "new":
        mod = 1.0 + 1.5 * math.exp(-(t_ms - g.created_ms) / (8 * HOUR_MS))
    members_factor: float = (max(members, 2) / 20.0) ** 0.6
    return k * cfg.base_rate * g.activity * members_factor * _rhythm(cfg, t_ms) * mod


def _ad_rate(cfg: SimulationConfig, g: _Group, t_ms: int, k: float) -> float:
    if g.profile != "ad_board":
        return 0.0
    members_factor: float = (max(g.member_count(), 2) / 20.0) ** 0.5
    return k * cfg.base_rate * 0.9 * g.activity * members_factor * math.sqrt(_rhythm(cfg, t_ms))


def _new_join_share(g: _Group, a_ms: int, b_ms: int, span_ms: int) -> float:
    """Share of a new group's target members joining in [a, b)."""
    if b_ms <= g.created_ms:
        return 0.0
    a = max(a_ms, g.created_ms) - g.created_ms
    b = b_ms - g.created_ms
    mean = 40 * MINUTE_MS
    burst = math.exp(-a / mean) - math.exp(-b / mean)
    return 0.75 * burst + 0.25 * (b - a) / max(span_ms, HOUR_MS)


# --------------------------------------------------------------------------- ad text


def _contact(rng: Random, evasion: str, wx: str, phone: str) -> str:
    if evasion == "fullwidth":
        return rng.choice(("加ｖｘ：", "ＶＸ：", "加Ｖ：", "ｑｑ：")) + wx.translate(_FULLWIDTH)
    if evasion == "separator":
        word = rng.choice(("加 V 信", "微-信", "v.x", "微/信", "加 微 信", "V❤", "威 心"))
        return f"{word}：{' '.join(wx)}"
    if evasion == "homophone":
        word = rng.choice(("威信", "薇信", "徽信", "卫星", "胃信", "扣扣", "v心"))
        return f"加{word}：{wx}"
    if evasion == "zero_width":
        zw = rng.choice(("\u200b", "\u200c", "\u200d", "\ufeff"))
        return f"加微{zw}信：{zw.join(wx)}"
    if evasion == "digit_variant":
        table = rng.choice((_CIRCLED, _CN_DIGITS, _CAP_DIGITS))
        return f"电话{phone.translate(table)}"
    if evasion == "emoji_padding":
        e = rng.choice(("🌹", "💰", "🔥", "⭐", "❤"))
        return f"加{e}微{e}信{e}{wx}"
    return rng.choice((f"加微信 {wx}", f"加V：{wx}", f"vx：{wx}", f"电话{phone}", f"QQ {wx[-6:]}"))


def _ad_message(
    rng: Random, template: str, wx: str, phone: str, evasion: str | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Returns (message fields, label fields)."""
    r = rng.random()
    if r < 0.72 or evasion is not None:
        ev = evasion or rng.choice(EVASIONS)
        text = template.format(c=_contact(rng, ev, wx, phone))
        if ev == "traditional":
            text = text.translate(_TRAD)
        elif ev == "emoji_padding":
            pad = rng.choice(("💰💰", "🔥🔥🔥", "🎁", "👉👉"))
            text = f"{pad}{text}{pad}"
        risk = _AD_TEMPLATE_RISK.get(template)
        categories = ["ad", risk] if risk else ["ad"]
        return {"msg_type": "text", "text": text}, {
            "evasion": ev,
            "form": "text",
            "categories": categories,
        }
    if r < 0.81:
        return {"msg_type": "card", "text": rng.choice(_AD_CARD)}, {
            "evasion": "none",
            "form": "card",
            "categories": ["ad"],
        }
    if r < 0.89:
        fields = {"msg_type": "miniprogram", "text": rng.choice(_AD_MINI)}
        return fields, {"evasion": "none", "form": "miniprogram", "categories": ["ad"]}
    if r < 0.96:
        url = f"http://t.cn/A{rng.randrange(36**5):05x}"
        fields = {"msg_type": "link", "text": rng.choice(_AD_LINK) + url, "url": url}
        return fields, {"evasion": "none", "form": "link", "categories": ["ad"]}
    return {"msg_type": "red_packet", "text": rng.choice(_AD_RED)}, {
        "evasion": "none",
        "form": "red_packet",
        "categories": ["ad"],
    }


def _rand_wx(rng: Random) -> tuple[str, str]:
    letters = "abcdefghjkmnpqrstuvwxyz"
    wx = "".join(rng.choice(letters) for _ in range(rng.randint(3, 5)))
    wx += str(rng.randint(100, 99999))
    phone = rng.choice(("138", "139", "186", "177", "150")) + f"{rng.randrange(10**8):08d}"
    return wx, phone


# --------------------------------------------------------------------------- ordinary text

_MSG_TYPES = (
    "text", "image", "emoji", "voice", "link", "video", "file", "red_packet", "card",
    "miniprogram", "system",
)  # fmt: skip
_MSG_CUM = tuple(accumulate((72, 10, 6, 3.5, 2, 1.5, 0.5, 1.5, 0.5, 1, 1.5)))
_TEXT_POOLS = (_EVERYDAY, _QUESTIONS, _THANKS, _POSITIVE, _NEGATIVE)
_TEXT_CUM = tuple(accumulate((50, 20, 10, 12, 8)))


def _chat_text(rng: Random, products: tuple[str, ...], name: str) -> str:
    pool = rng.choices(_TEXT_POOLS, cum_weights=_TEXT_CUM)[0]
    text = rng.choice(pool)
    if "{" in text:
        text = text.format(p=rng.choice(products), n=name)
    r = rng.random()
    if r < 0.2:
        text += rng.choice(_EMOJI)
    elif r < 0.25:
        text += rng.choice(_EMOJI) * rng.randint(2, 4)
    return text


# --------------------------------------------------------------------------- the world

_Item = tuple[int, int, int, dict[str, Any], dict[str, Any] | None]  # ts, gi, seq, body, label


class _World:
    def __init__(self, cfg: SimulationConfig) -> None:
        self.cfg = cfg
        self.seed = cfg.seed
        self.start_ms = _to_ms(cfg.start)
        self.span_ms = int(cfg.hours * HOUR_MS)
        self.end_ms = self.start_ms + self.span_ms
        self.horizon_ms = _horizon_ms(cfg)
        self.groups = _build_groups(cfg)
        self.by_gid = {g.gid: g for g in self.groups}
        self.gseq = 0
        self.k = 1.0
        self.mk = 1.0
        self.schedule: dict[int, list[tuple[str, int, Any]]] = {}
        self._plan_injections()
        if cfg.events is not None:
            self.k, self.mk = self._scale_for(cfg.events)

    # ---------------------------------------------------------------- planning

    def _alive(self, g: _Group, t_ms: int) -> bool:
        if t_ms < g.created_ms + 10 * MINUTE_MS:
            return False
        if g.death_ms is not None and t_ms >= g.death_ms:
            return False
        return not (g.decline_ms is not None and t_ms > g.decline_ms + g.tau_ms)

    def _add(self, t_ms: int, kind: str, payload: Any) -> None:
        step = (t_ms - self.start_ms) // HOUR_MS
        self.schedule.setdefault(step, []).append((kind, t_ms, payload))

    def _plan_injections(self) -> None:
        cfg = self.cfg
        rng = Random(_mix(self.seed, _S_INJECT))
        gh = cfg.groups * cfg.hours
        auto = max(1, round(gh / 2400)) if gh >= 24 else 0
        n_floods = auto if cfg.floods is None else cfg.floods
        n_storms = auto if cfg.complaint_storms is None else cfg.complaint_storms
        span = self.span_ms
        horizon = self.horizon_ms
        for c in range(cfg.campaigns):
            t = self.start_ms + int(horizon * rng.uniform(0.05, 0.88))
            # spammers like daytime: nudge night starts into the morning
            local_h = ((t + _CN_OFFSET_MS) // HOUR_MS) % 24
            if 1 <= local_h < 7 and horizon > 12 * HOUR_MS:
                t += (8 - local_h) * HOUR_MS
                if t >= self.start_ms + horizon - 15 * MINUTE_MS:
                    t = self.start_ms + int(horizon * 0.3)
            eligible = [g.gi for g in self.groups if self._alive(g, t)]
            n = min(len(eligible), rng.randint(8, 24))
            targets = rng.sample(eligible, n) if n else []
            self._add(t, "campaign", (c, targets, rng.getrandbits(64)))
        flood_ok = ("healthy", "new", "quiet_but_stable", "ad_board")
        for f in range(n_floods):
            t = self.start_ms + int(span * rng.uniform(0.05, 0.95))
            gi = self._pick(rng, t, lambda g: g.profile in flood_ok)
            if gi is not None:
                self._add(t, "flood", (f, gi, rng.getrandbits(64)))
        storm_ok = ("healthy", "declining", "new")
        for s in range(n_storms):
            t = self.start_ms + int(span * rng.uniform(0.05, 0.9))
            gi = self._pick(rng, t, lambda g: g.profile in storm_ok and g.members_at_start >= 10)
            if gi is not None:
                self._add(t, "storm", (s, gi, rng.getrandbits(64)))

    def _pick(self, rng: Random, t: int, ok: Callable[[_Group], bool]) -> int | None:
        """A random group alive at t that satisfies ok (None if there is none)."""
        for _ in range(64):
            g = self.groups[rng.randrange(len(self.groups))]
            if self._alive(g, t) and ok(g):
                return g.gi
        eligible = [g.gi for g in self.groups if self._alive(g, t) and ok(g)]
        return rng.choice(eligible) if eligible else None

    def _expected(self, mk: float, new_only: bool = False) -> tuple[float, float, float]:
        """Expected (messages at k=1, membership churn at mk, fixed events) over the span."""
        cfg = self.cfg
        steps = max(1, math.ceil(cfg.hours))
        msgs = churn = fixed = 0.0
        saved, self.mk = self.mk, mk
        for g in self.groups:
            if new_only and g.profile != "new":
                continue
            for s in range(steps):
                t0 = self.start_ms + s * HOUR_MS
                t1 = min(t0 + HOUR_MS, self.end_ms)
                if t1 <= g.created_ms:
                    continue
                lo = max(t0, g.created_ms)
                mid = (lo + t1) // 2
                frac = (t1 - lo) / HOUR_MS
                members = float(g.members_at_start)
                if g.profile == "new":
                    grown = 1.0 - math.exp(-(mid - g.created_ms) / (40 * MINUTE_MS))
                    members += 0.75 * g.target * grown * mk
                    fixed += 2 if t0 <= g.created_ms else 0
                lam_join, lam_leave = self._member_lams(g, lo, t1, members)
                greet = 0.0 if g.death_ms is not None and lo >= g.death_ms else lam_join
                churn += lam_join + lam_leave + greet * _GREET_P[g.profile == "new"]
                msgs += _msg_rate(cfg, g, mid, int(members), 1.0) * frac
                msgs += _ad_rate(cfg, g, mid, 1.0) * frac
                if s % max(1, cfg.snapshot_every_hours) == 0 and t0 > g.created_ms:
                    fixed += 1
        self.mk = saved
        if new_only:
            return msgs, churn, fixed
        for items in self.schedule.values():
            for kind, _t, payload in items:
                if kind == "campaign":
                    fixed += len(payload[1]) * (2 + 0.4 + 0.35)
                elif kind == "flood":
                    fixed += 27.5
                else:
                    fixed += 11
        return msgs, churn, fixed

    def _scale_for(self, events: int) -> tuple[float, float]:
        """Rate factors (messages, membership) so that about ``events`` lines fill the span.

        A small surplus keeps the span filled (the first ``events`` lines are emitted); when
        ``events`` is below what membership churn alone produces, churn is thinned too.
        """
        want = events * (1.005 + 3.0 / math.sqrt(max(events, 1)))
        msgs, churn, fixed = self._expected(1.0)
        if msgs <= 0:
            return 1.0, 1.0
        k = (want - fixed - churn) / msgs
        if k >= 1.0:
            return k, 1.0
        # thin membership churn like messages; new groups' size (hence chat) depends on it
        new_msgs, new_churn, new_fixed = self._expected(1.0, new_only=True)
        mk = max(0.001, (want - fixed) / (msgs + churn))
        for _ in range(3):
            m2, c2, _f2 = self._expected(mk, new_only=True)
            msgs_mk = msgs - new_msgs + m2
            churn_1 = churn - new_churn + c2 / mk
            k = max(0.001, (want - fixed) / (msgs_mk + churn_1))
            if abs(k - mk) < 0.01 * mk:
                break
            mk = k
        return k, min(1.0, k)

    # ---------------------------------------------------------------- stepping

    def _ev(
        self,
        out: list[_Item],
        rng: Random,
        g: _Group | None,
        gi: int,
        ts: int,
        body: dict[str, Any],
        label: dict[str, Any] | None = None,
    ) -> None:
        cfg = self.cfg
        owner = g if g is not None else self.by_gid[body["group_id"]]
        if owner.death_ms is not None and ts >= owner.death_ms and body["type"] == "message":
            return  # a dead group stays silent, whatever was scheduled
        body = {"type": body.pop("type"), "ts": _format_ts(rng, ts, cfg.epoch_ts_share), **body}
        if rng.random() < cfg.extra_field_share:
            key, vals = rng.choice(
                (
                    ("client", ("wecom", "wechat", "qq", "bot-v2")),
                    ("app_version", ("8.0.47", "4.1.22", "9.0.1")),
                    ("source", ("archive", "webhook")),
                )
            )
            body[key] = rng.choice(vals)
        if g is not None:
            g.seq += 1
            seq = g.seq
        else:
            self.gseq += 1
            seq = self.gseq
        out.append((ts, gi, seq, body, label))

    def _member_body(self, g: _Group, etype: str, idx: int, rng: Random) -> dict[str, Any]:
        body: dict[str, Any] = {"type": etype, "group_id": g.gid, "user_id": _uid(g.gi, idx)}
        if rng.random() < 0.5:
            body["user_name"] = _nick(self.seed, g.gi, idx)
        return body

    def _msg_body(
        self, g: _Group, user_id: str, user_name: str | None, fields: dict[str, Any]
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"type": "message", "group_id": g.gid, "user_id": user_id}
        body.update(fields)
        if user_name is not None:
            body["user_name"] = user_name
        return body

    def _chat_fields(
        self, rng: Random, g: _Group, name: str
    ) -> tuple[dict[str, Any], dict[str, Any] | None]:
        mt = rng.choices(_MSG_TYPES, cum_weights=_MSG_CUM)[0]
        if mt == "text":
            r = rng.random()
            if r < self.cfg.risk_share:
                cat = rng.choice(_RISK_CATEGORIES)
                text = rng.choice(_RISK[cat])
                categories = [cat, "ad"] if text in _RISK_WITH_AD else [cat]
                label = {"label": "risk", "category": cat, "categories": categories}
                return {"msg_type": "text", "text": text}, label
            if r < self.cfg.risk_share + self.cfg.lookalike_share:
                looks, text = rng.choice(_LOOKALIKES)
                label = {"label": "benign_lookalike", "looks_like": looks}
                return {"msg_type": "text", "text": text}, label
            return {"msg_type": "text", "text": _chat_text(rng, g.products, name)}, None
        if mt == "emoji":
            return {"msg_type": "emoji", "text": rng.choice(_EMOJI)}, None
        if mt == "link":
            url = f"https://mp.weixin.qq.com/s/{rng.getrandbits(48):012x}"
            return {"msg_type": "link", "text": "分享一篇文章", "url": url}, None
        if mt == "file":
            return {"msg_type": "file", "text": rng.choice(_FILE_NAMES)}, None
        if mt == "red_packet":
            return {"msg_type": "red_packet", "text": rng.choice(_RED_PACKET)}, None
        if mt == "card":
            return {"msg_type": "card", "text": f"[个人名片] {name}"}, None
        if mt == "miniprogram":
            return {"msg_type": "miniprogram", "text": "【接龙】本周团购报名"}, None
        if mt == "system":
            return {"msg_type": "system", "text": rng.choice(_SYSTEM).format(n=name)}, None
        return {"msg_type": mt}, None

    def step(self, step: int, t0: int, t1: int, hard_end: int | None) -> list[_Item]:
        out: list[_Item] = []
        for kind, t, payload in self.schedule.get(step, ()):
            if kind == "campaign":
                self._campaign(out, t, *payload)
            elif kind == "flood":
                self._flood(out, t, *payload)
            else:
                self._storm(out, t, *payload)
        for g in self.groups:
            self._group_step(out, g, step, t0, t1)
        if hard_end is not None:
            out = [it for it in out if it[0] < hard_end]
        return out

    def _member_lams(self, g: _Group, lo: int, t1: int, n: float) -> tuple[float, float]:
        """Expected joins and leaves of group g in [lo, t1) with n members."""
        frac = (t1 - lo) / HOUR_MS
        dead = g.death_ms is not None and lo >= g.death_ms
        declining = g.decline_ms is not None and lo >= g.decline_ms
        if g.profile == "new":
            lam_join = g.target * _new_join_share(g, lo, t1, self.horizon_ms)
        else:
            per = _JOIN_PER_HOUR[g.profile] * (0.2 if dead or declining else 1.0)
            lam_join = n * per * frac * max(0.3, min(1.6, _rhythm(self.cfg, (lo + t1) // 2)))
        per_leave = 0.012 if declining else 0.005 if dead else _LEAVE_PER_HOUR[g.profile]
        return lam_join * self.mk, n * per_leave * frac * self.mk

    def _group_step(self, out: list[_Item], g: _Group, step: int, t0: int, t1: int) -> None:
        if t1 <= g.created_ms:
            return
        cfg = self.cfg
        rng = Random(_mix(g.step_seed, step))
        lo = max(t0, g.created_ms)
        dur = t1 - lo
        frac = dur / HOUR_MS
        created_now = t0 <= g.created_ms < t1
        if created_now and g.profile == "new":
            body = {
                "type": "group_snapshot",
                "group_id": g.gid,
                "member_count": g.member_count(),
                "group_name": g.name,
            }
            self._ev(out, rng, g, g.gi, g.created_ms, body)
            text = rng.choice(_WELCOME)
            self._ev(
                out,
                rng,
                g,
                g.gi,
                g.created_ms + rng.randint(5_000, 120_000),
                self._msg_body(
                    g, _uid(g.gi, 0), _nick(self.seed, g.gi, 0), {"msg_type": "text", "text": text}
                ),
            )
        elif step % max(1, cfg.snapshot_every_hours) == 0:
            ts = lo + rng.randint(0, 60_000 if step == 0 else 120_000)
            body = {
                "type": "group_snapshot",
                "group_id": g.gid,
                "member_count": g.member_count(),
                "group_name": g.name,
            }
            self._ev(out, rng, g, g.gi, ts, body)

        dead = g.death_ms is not None and lo >= g.death_ms
        n = g.member_count()
        # ---- joins
        lam_join, lam_leave = self._member_lams(g, lo, t1, n)
        joins = min(_poisson(rng, lam_join), max(0, 500 - n))
        new_speakers: list[tuple[int, int]] = []
        for _ in range(joins):
            idx = g.next_idx
            g.next_idx += 1
            ts = rng.randint(lo, t1 - 1)
            g.members.append(idx)
            g.table = None
            w = _speaker_weight(rng, 0.75 if g.profile != "new" else 0.6)
            g.weights[idx] = w
            self._ev(out, rng, g, g.gi, ts, self._member_body(g, "member_join", idx, rng))
            if not dead and rng.random() < _GREET_P[g.profile == "new"]:
                new_speakers.append((idx, ts + rng.randint(20_000, 900_000)))
        # ---- leaves
        leaves = min(_poisson(rng, lam_leave), max(0, len(g.members) - 2))
        for _ in range(leaves):
            pos = rng.randrange(1, len(g.members))
            idx = g.members.pop(pos)
            g.table = None
            g.weights.pop(idx, None)
            ts = rng.randint(lo, t1 - 1)
            self._ev(out, rng, g, g.gi, ts, self._member_body(g, "member_leave", idx, rng))
        # ---- greetings of newcomers
        for idx, ts in new_speakers:
            if ts < t1 + HOUR_MS:
                text = rng.choice(_GREETINGS).format(n=_nick(self.seed, g.gi, idx))
                self._ev(
                    out,
                    rng,
                    g,
                    g.gi,
                    ts,
                    self._msg_body(
                        g,
                        _uid(g.gi, idx),
                        _nick(self.seed, g.gi, idx),
                        {"msg_type": "text", "text": text},
                    ),
                )
        # ---- chat in conversation bursts
        mid = (lo + t1) // 2
        rate = _msg_rate(cfg, g, mid, g.member_count(), self.k) * frac
        n_sessions = 0
        mlen = min(5.0, 1.0 + rate / 8.0)
        if rate > 0:
            n_sessions = _poisson(rng, rate / mlen)
        if n_sessions:
            speakers, cum = g.speaker_table()
            log_q = math.log(1.0 - 1.0 / mlen) if mlen > 1.0 else None
            limit = g.death_ms if g.death_ms is not None else None
            for _ in range(n_sessions):
                length = 1
                if log_q is not None:
                    length += int(math.log(1.0 - rng.random()) / log_q)
                ts = rng.randint(lo, t1 - 1)
                who = rng.choices(speakers, cum_weights=cum, k=length)
                for idx in who:
                    if limit is not None and ts >= limit:
                        break
                    name = _nick(self.seed, g.gi, idx)
                    fields, label = self._chat_fields(rng, g, name)
                    uname = name if rng.random() < 0.3 else None
                    self._ev(
                        out,
                        rng,
                        g,
                        g.gi,
                        ts,
                        self._msg_body(g, _uid(g.gi, idx), uname, fields),
                        label,
                    )
                    ts += 2_000 + int(rng.expovariate(1 / 40_000))
        # ---- ad board ads
        ad_rate = _ad_rate(cfg, g, mid, self.k) * frac
        if ad_rate > 0 and g.ad_bots:
            wx, phone = _rand_wx(Random(_mix(self.seed, _S_GROUP, g.gi, 99)))
            template = _AD_TEMPLATES[g.gi % len(_AD_TEMPLATES)]
            for _ in range(_poisson(rng, ad_rate)):
                fields, lab = _ad_message(rng, template, wx, phone)
                label = {"label": "ad", "campaign": None, **lab}
                body = self._msg_body(g, rng.choice(g.ad_bots), None, fields)
                self._ev(out, rng, g, g.gi, rng.randint(lo, t1 - 1), body, label)

    # ---------------------------------------------------------------- injections

    def _campaign(self, out: list[_Item], t: int, c: int, targets: list[int], rseed: int) -> None:
        rng = Random(rseed)
        cid = f"c{c + 1}"
        uid = f"u{9_900_000 + c}"
        uname = rng.choice(("福利官小美", "兼职招募", "优惠券助手", "A你的好友", "客服-阿琳"))
        template = rng.choice(_AD_TEMPLATES)
        wx, phone = _rand_wx(rng)
        # at least 5 groups hit within the first ~6 minutes; the rest within 10
        offsets = sorted(rng.randint(0, 8 * MINUTE_MS) for _ in targets)
        for gi, off in zip(targets, offsets, strict=True):
            g = self.groups[gi]
            tj = t + off
            body = {"type": "member_join", "group_id": g.gid, "user_id": uid, "user_name": uname}
            self._ev(
                out,
                rng,
                None,
                -1,
                tj,
                body,
                {"label": "spam_account", "campaign": cid, "action": "join"},
            )
            g.extra += 1
            tp = tj + rng.randint(15_000, 90_000)
            fields, lab = _ad_message(rng, template, wx, phone)
            self._ev(
                out,
                rng,
                None,
                -1,
                tp,
                self._msg_body(g, uid, uname, fields),
                {"label": "ad", "campaign": cid, **lab},
            )
            if rng.random() < 0.4:  # a second post with another spelling or form
                fields, lab = _ad_message(rng, template, wx, phone)
                tp += rng.randint(30_000, 300_000)
                self._ev(
                    out,
                    rng,
                    None,
                    -1,
                    tp,
                    self._msg_body(g, uid, uname, fields),
                    {"label": "ad", "campaign": cid, **lab},
                )
            if rng.random() < 0.35:  # hit and run
                tl = tp + rng.randint(60_000, 1_200_000)
                body = {"type": "member_leave", "group_id": g.gid, "user_id": uid}
                self._ev(
                    out,
                    rng,
                    None,
                    -1,
                    tl,
                    body,
                    {"label": "spam_account", "campaign": cid, "action": "leave"},
                )
                g.extra -= 1

    def _flood(self, out: list[_Item], t: int, f: int, gi: int, rseed: int) -> None:
        rng = Random(rseed)
        g = self.groups[gi]
        if len(g.members) < 2:
            return
        idx = rng.choice(g.members[1:])
        uid, name = _uid(g.gi, idx), _nick(self.seed, g.gi, idx)
        n = rng.randint(15, 40)
        window = rng.randint(50_000, 120_000)
        same = rng.random() < 0.7
        text = rng.choice(_FLOOD_TEXTS)
        label = {"label": "flood", "flood_id": f"f{f + 1}"}
        times = sorted(t + rng.randint(0, window) for _ in range(n))
        for ts in times:
            if same:
                fields: dict[str, Any] = {"msg_type": "text", "text": text}
            elif rng.random() < 0.2:
                fields = {"msg_type": "emoji", "text": rng.choice(_EMOJI)}
            else:
                fields = {"msg_type": "text", "text": rng.choice(_FLOOD_TEXTS) * rng.randint(1, 3)}
            uname = name if rng.random() < 0.3 else None
            self._ev(out, rng, None, -1, ts, self._msg_body(g, uid, uname, fields), dict(label))

    def _storm(self, out: list[_Item], t: int, s: int, gi: int, rseed: int) -> None:
        rng = Random(rseed)
        g = self.groups[gi]
        pool = g.members[1:]
        if len(pool) < 3:
            return
        k = min(len(pool), rng.randint(3, 8))
        people = rng.sample(pool, k)
        product = rng.choice(g.products)
        label = {"label": "complaint_storm", "storm_id": f"s{s + 1}"}
        window = rng.randint(15 * MINUTE_MS, 50 * MINUTE_MS)
        for idx in people:
            for _ in range(rng.randint(1, 3)):
                text = rng.choice(_COMPLAINTS).format(p=product)
                if rng.random() < 0.3:
                    text += rng.choice(("😡", "😤", "！！", "[发怒]", "👎"))
                name = _nick(self.seed, g.gi, idx)
                body = self._msg_body(
                    g,
                    _uid(g.gi, idx),
                    name if rng.random() < 0.4 else None,
                    {"msg_type": "text", "text": text},
                )
                self._ev(out, rng, None, -1, t + rng.randint(0, window), body, dict(label))


def _ts_of(item: _Item) -> int:
    return item[0]


def _valid_stream(cfg: SimulationConfig, extend: bool) -> Iterator[_Item]:
    """Valid events in (ts, group, seq) order, one simulated hour at a time."""
    world = _World(cfg)
    n_steps = max(1, math.ceil(cfg.hours))
    max_steps = n_steps * 100 + 100
    pending: list[_Item] = []
    step = 0
    while True:
        t0 = world.start_ms + step * HOUR_MS
        regular = step < n_steps
        if not regular and (not extend or step >= max_steps):
            return
        t1 = min(t0 + HOUR_MS, world.end_ms) if regular else t0 + HOUR_MS
        hard_end = None if extend else world.end_ms
        pending.extend(world.step(step, t0, t1, hard_end))
        pending.sort(key=lambda it: (it[0], it[1], it[2]))
        cut = t1
        if regular and step == n_steps - 1 and not extend:
            cut = world.end_ms + 1
        i = bisect_left(pending, cut, key=_ts_of)
        ready, pending = pending[:i], pending[i:]
        yield from ready
        step += 1


# --------------------------------------------------------------------------- malformed


def _malformed(
    rng: Random, kind: str, eid: str, body: dict[str, Any], ts_ms: int
) -> tuple[bytes, str]:
    gid = str(body.get("group_id", ""))
    d: dict[str, Any] = {"event_id": eid, **body}
    if kind == "bad_json":
        raw = orjson.dumps(d)
        if rng.random() < 0.3:
            return raw[:-1] + b",}", gid
        cut = rng.randint(max(1, len(raw) // 3), len(raw) - 1)
        while cut > 1 and (raw[cut] & 0xC0) == 0x80:  # never split a UTF-8 sequence
            cut -= 1
        return raw[:cut], gid
    if kind == "not_object":
        r = rng.random()
        if r < 0.5:
            return orjson.dumps([d]), gid
        if r < 0.8:
            return orjson.dumps(f"{d.get('type')} {d.get('text', '')}".strip()), ""
        return orjson.dumps(rng.choice((42, None, True))), ""
    if kind == "missing_event_id":
        d.pop("event_id")
        return orjson.dumps(d), gid
    if kind == "missing_group_id":
        d.pop("group_id", None)
        return orjson.dumps(d), ""
    if kind == "missing_ts":
        d.pop("ts", None)
        return orjson.dumps(d), gid
    if kind == "wrong_type":
        r = rng.randrange(3)
        if r == 0:
            d["group_id"] = int(gid[1:]) if gid[1:].isdigit() else 0
        elif r == 1:
            d["ts"] = [d["ts"]]
        else:
            d["event_id"] = {"id": eid}
        return orjson.dumps(d), gid
    if kind == "bad_ts":
        local = (_EPOCH + timedelta(milliseconds=ts_ms)).astimezone(CN)
        d["ts"] = rng.choice(
            (
                local.strftime("%Y-%m-%d %H:%M:%S"),
                local.replace(tzinfo=None).isoformat(timespec="milliseconds"),
                "昨天下午三点",
                "not-a-date",
                local.strftime("%Y-13-45T99:%M:%S+08:00"),
                "",
            )
        )
        return orjson.dumps(d), gid
    if kind == "unknown_type":
        d["type"] = rng.choice(("reaction", "poll", "recall"))
        d["emoji"] = "👍"
        return orjson.dumps(d), gid
    # oversized / bad_utf8: turn it into a text message
    d["type"] = "message"
    d.setdefault("user_id", "u0000000")
    d["msg_type"] = "text"
    d.pop("member_count", None)
    d.pop("group_name", None)
    if kind == "oversized":
        unit = rng.choice(("刷屏刷屏刷屏", "哈哈哈哈哈哈", "复制粘贴的长文 " * 4, "a" * 64))
        reps = 70_001 // len(unit.encode()) + 1 + rng.randint(0, 3000 // len(unit.encode()) + 1)
        d["text"] = unit * reps
        return orjson.dumps(d), gid
    d["text"] = "@@BAD@@"
    bad = rng.choice((b"\xff\xfe", b"\xe4\xb8", b"\xc3\x28", b"\xed\xa0\x80", b"\x80abc"))
    raw = orjson.dumps(d).replace(b"@@BAD@@", "你好".encode() + bad + "世界".encode())
    return raw, gid


# --------------------------------------------------------------------------- public API


def _check(config: SimulationConfig) -> None:
    if config.start.tzinfo is None or config.start.utcoffset() is None:
        raise ValueError("SimulationConfig.start must be timezone-aware")
    if config.groups < 1:
        raise ValueError("groups must be >= 1")
    if config.hours <= 0:
        raise ValueError("hours must be > 0")
    if config.events is not None and config.events < 0:
        raise ValueError("events must be >= 0")
    if not 0.0 <= config.malformed_ratio < 1.0:
        raise ValueError("malformed_ratio must be within [0, 1)")
    if config.lifecycle_hours is not None and config.lifecycle_hours <= 0:
        raise ValueError("lifecycle_hours must be > 0")
    if config.size_scale <= 0 or config.decline_speed <= 0 or config.weekend_scale < 0:
        raise ValueError("size_scale and decline_speed must be > 0, weekend_scale >= 0")
    if config.quiet_scale < 0:
        raise ValueError("quiet_scale must be >= 0")


def generate(config: SimulationConfig) -> Iterator[SimEvent]:
    """Events in non-decreasing ts order, generated lazily hour by hour."""
    _check(config)
    return _generate(config)


def _generate(config: SimulationConfig) -> Iterator[SimEvent]:
    limit = config.events
    if limit == 0:
        return
    ratio = config.malformed_ratio
    mrng = Random(_mix(config.seed, _S_MAL))
    lines = 0
    bad = 0
    counter = 0
    prefix = f"s{config.seed}-"
    for ts, _gi, _seq, body, label in _valid_stream(config, extend=limit is not None):
        while ratio > 0 and round((lines + 1) * ratio) > bad:
            counter += 1
            kind = mrng.choice(MALFORMED_KINDS)
            raw, gid = _malformed(mrng, kind, f"{prefix}{counter:08d}", body, ts)
            bad += 1
            lines += 1
            yield SimEvent(ts, gid, raw, {"label": "malformed", "kind": kind})
            if limit is not None and lines >= limit:
                return
        counter += 1
        d = {"event_id": f"{prefix}{counter:08d}"}
        d.update(body)
        lines += 1
        yield SimEvent(ts, body["group_id"], orjson.dumps(d), label)
        if limit is not None and lines >= limit:
            return


def group_truth(config: SimulationConfig) -> list[dict[str, Any]]:
    """One dict per group: id, profile, category, size, creation and decline/death times."""
    _check(config)
    rows = []
    for g in _build_groups(config):
        row: dict[str, Any] = {
            "group_id": g.gid,
            "profile": g.profile,
            "category": g.category,
            "group_name": g.name,
            "members_at_start": g.members_at_start,
            "created_at": _iso(g.created_ms),
        }
        if g.profile == "new":
            row["members_target"] = g.target
        if g.decline_ms is not None:
            row["decline_start"] = _iso(g.decline_ms)
        if g.death_ms is not None:
            row["death_at"] = _iso(g.death_ms)
        if g.ad_bots:
            row["ad_accounts"] = list(g.ad_bots)
        rows.append(row)
    return rows


def write_jsonl(
    config: SimulationConfig,
    events_path: Path,
    truth_path: Path,
    on_progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Write the events file and the truth file; return a summary.

    Truth file (JSONL): first one ``{"kind": "group", ...group_truth row}`` per group, then one
    ``{"kind": "event", "line": n, "event_id", "group_id", "ts_ms", "label": {...}}`` per
    labelled line of the events file (``line`` is 1-based; ``event_id`` is None when the line
    has none that can be read). ``on_progress(n)`` is called with the number of lines written
    since the previous call (every 10,000 lines and once at the end), so the sum is the total.
    """
    truth = group_truth(config)
    events_path = Path(events_path)
    truth_path = Path(truth_path)
    labels: Counter[str] = Counter()
    lines = 0
    malformed = 0
    first_ts: int | None = None
    last_ts: int | None = None
    with events_path.open("wb") as ev, truth_path.open("wb") as tr:
        for row in truth:
            tr.write(orjson.dumps({"kind": "group", **row}) + b"\n")
        for e in generate(config):
            lines += 1
            ev.write(e.raw + b"\n")
            if first_ts is None:
                first_ts = e.ts_ms
            last_ts = e.ts_ms
            if e.label is not None:
                labels[e.label["label"]] += 1
                eid = None
                if e.label["label"] == "malformed":
                    malformed += 1
                else:
                    eid = orjson.loads(e.raw)["event_id"]
                row = {
                    "kind": "event",
                    "line": lines,
                    "event_id": eid,
                    "group_id": e.group_id,
                    "ts_ms": e.ts_ms,
                    "label": e.label,
                }
                tr.write(orjson.dumps(row) + b"\n")
            if on_progress is not None and lines % 10_000 == 0:
                on_progress(10_000)
    if on_progress is not None and lines % 10_000 != 0:
        on_progress(lines % 10_000)
    return {
        "events": lines,
        "malformed": malformed,
        "labelled": dict(sorted(labels.items())),
        "groups": dict(Counter(r["profile"] for r in truth)),
        "first_ts": _iso(first_ts) if first_ts is not None else None,
        "last_ts": _iso(last_ts) if last_ts is not None else None,
    }


if __name__ == "__main__":  # pragma: no cover - manual use; the project CLI wraps this
    import argparse
    import sys
    import time

    ap = argparse.ArgumentParser(description="grouppulse synthetic traffic")
    ap.add_argument("events_path", type=Path)
    ap.add_argument("truth_path", type=Path)
    ap.add_argument("--groups", type=int, default=300)
    ap.add_argument("--hours", type=float, default=24.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--events", type=int, default=None)
    ap.add_argument("--malformed-ratio", type=float, default=0.0)
    args = ap.parse_args()
    t_start = time.perf_counter()
    summary = write_jsonl(
        SimulationConfig(
            groups=args.groups,
            hours=args.hours,
            seed=args.seed,
            events=args.events,
            malformed_ratio=args.malformed_ratio,
        ),
        args.events_path,
        args.truth_path,
    )
    summary["seconds"] = round(time.perf_counter() - t_start, 2)
    sys.stdout.write(orjson.dumps(summary, option=orjson.OPT_INDENT_2).decode() + "\n")
