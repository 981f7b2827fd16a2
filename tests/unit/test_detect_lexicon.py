"""Lexicon: evasive terms hit with exact original spans, allowlist traps stay quiet, reload."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detect.lexicon import CATEGORIES, Lexicon, LexiconError, LexiconReloader
from streams.detect.normalize import normalize


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def _cats(lexicon: Lexicon, text: str) -> set[str]:
    return {h.category for h in lexicon.scan(normalize(text))}


@pytest.mark.parametrize(
    ("text", "category", "original", "step"),
    [
        ("快 加 V 信 领取福利", "ad", "加 V 信", "separator"),
        ("加威信领红包", "ad", "加威信", "homophone"),
        ("網絡賭博", "gambling", "網絡賭博", "traditional"),
        ("卖大\u200b麻", "drugs", "大\u200b麻", "zero_width"),
        ("百家樂", "gambling", "百家樂", "traditional"),
        ("ＢＥＴ３６５", "gambling", "ＢＥＴ３６５", "fullwidth"),
        ("冰冰冰毒", "drugs", "冰冰冰毒", "repeat"),
        ("裸-聊", "porn", "裸-聊", "separator"),
    ],
)
def test_evasive_terms_hit_with_original_span(
    lexicon: Lexicon, text: str, category: str, original: str, step: str
) -> None:
    n = normalize(text)
    hits = [h for h in lexicon.scan(n) if h.category == category]
    assert hits, text
    spans = {n.original_span(h.start, h.end): h for h in hits}
    assert any(text[s:e] == original for s, e in spans), [text[s:e] for s, e in spans]
    hit = next(h for (s, e), h in spans.items() if text[s:e] == original)
    assert step in n.steps_in(hit.start, hit.end)


@pytest.mark.parametrize(
    "text",
    [
        "这事真是个大麻烦",
        "别赌气",
        "我跟你打赌",
        "电脑操作系统",
        "明天政治课",
        "装个杀毒软件",
        "今晚秒杀",
        "大家加油",
        "用微信支付",
        "加微信支付的时候卡了",
        "想死你了",
        "跳楼价大甩卖",
        "晚上玩狼人杀",
        "天津大麻花",
        "下载注册都很慢",
        "5g水平不错",
        "院子里的大麻雀又来偷米了",  # eighth round: a sparrow, hyperbole, a market sell-off
        "这个歌手的高音简直杀人",
        "昨天股市血洗，满屏都是绿的",
        "术后负压引流一周换一次敷料",  # stop 25: drainage in the ward is no traffic drainage
        "淋巴水肿要坚持做手法引流",
        "大麻混纺那单样品出来了，手感偏硬",  # stop 26: hemp cloth, a simile
        "切个萝卜跟砍人似的费劲",
    ],
)
def test_allowlist_traps_do_not_fire(lexicon: Lexicon, text: str) -> None:
    assert _cats(lexicon, text) == set()


def test_hit_overlapping_but_not_inside_allowlist_stays(lexicon: Lexicon) -> None:
    assert "drugs" in _cats(lexicon, "大麻烦死了，卖大麻的")
    assert "violence" in _cats(lexicon, "他扬言要血洗那个村子")
    assert "drugs" in _cats(lexicon, "麻雀飞走了，有大麻的私我")
    assert "ad" in _cats(lexicon, "术后负压引流做完了，做私域引流的老板找我")
    assert "drugs" in _cats(lexicon, "大麻混纺面料到了，要大麻的私我")
    assert "violence" in _cats(lexicon, "跟砍人似的，明天我就去砍人")


def test_ascii_terms_need_word_boundaries(lexicon: Lexicon) -> None:
    assert _cats(lexicon, "abet365x") == set()
    assert _cats(lexicon, "上bet365下注") == {"gambling"}


def test_default_files_are_well_formed(lexicon: Lexicon) -> None:
    # the bundled lexicon's version and the allowlist's, dated, in that order
    assert re.fullmatch(r"20\d\d\.\d\d\.\d\d\+20\d\d\.\d\d\.\d\d", lexicon.version), lexicon.version
    assert {e.category for e in lexicon.entries} - {"allow"} <= CATEGORIES
    assert {e.severity for e in lexicon.entries if e.category != "allow"} <= {"review", "reject"}
    per_cat = {e.category for e in lexicon.entries}
    assert per_cat >= {
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
        "allow",
    }


def test_custom_file_adds_overrides_and_allows(tmp_path: Path) -> None:
    custom = tmp_path / "custom.tsv"
    custom.write_text(
        "# version: c1\n竞品群\tcustom\treview\n百家乐\tgambling\treview\n百家乐园\tallow\n",
        encoding="utf-8",
    )
    lx = Lexicon.load(custom)
    assert lx.version.endswith("+c1")
    hits = lx.scan(normalize("来竞品群，百家乐"))
    assert {(h.category, h.severity) for h in hits} == {
        ("custom", "review"),
        ("gambling", "review"),
    }
    assert lx.scan(normalize("百家乐园小区")) == []


def test_bad_custom_file_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("赌\tnot_a_category\treject\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.tsv:1"):
        Lexicon.load(bad)


def test_reloader_picks_up_changes_and_survives_bad_edits(tmp_path: Path) -> None:
    custom = tmp_path / "custom.tsv"
    custom.write_text("竞品群\tcustom\treview\n", encoding="utf-8")
    reloader = LexiconReloader((custom,), interval=10)
    first = reloader.maybe_reload(0.0)
    assert first.scan(normalize("竞品群"))
    custom.write_text("对手群\tcustom\treject\n", encoding="utf-8")
    os.utime(custom, ns=(10**18, 10**18))
    assert reloader.maybe_reload(5.0) is first  # not yet time to look
    second = reloader.maybe_reload(20.0)
    assert second is not first and second.scan(normalize("对手群"))
    custom.write_text("坏\tnope\treject\n", encoding="utf-8")
    os.utime(custom, ns=(2 * 10**18, 2 * 10**18))
    assert reloader.maybe_reload(40.0) is second
    assert reloader.last_error and "custom.tsv" in reloader.last_error


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_scan_never_raises(text: str) -> None:
    n = normalize(text)
    for h in _LEX.scan(n):
        assert 0 <= h.start < h.end <= len(n.text)
        s, e = n.original_span(h.start, h.end)
        assert 0 <= s < e <= len(text)


_LEX = Lexicon.load()


@pytest.mark.parametrize(
    ("text", "category", "rule"),
    [
        ("就是这个人，叫李强，电话13912345678，大家去他家门口闹", "privacy", "person_phone"),
        ("她手机一三九一二三四五六七八，住在东湖小区3栋，去堵她", "privacy", "person_phone"),
        ("那个插队的老师住在滨江花园2栋1502，明天去她家门口拉横幅", "privacy", "person_address"),
        ("再敢乱停车，我就把他的车砸了", "violence", "threat"),
        ("大家一起去把那个小偷揍一顿", "violence", "threat"),
        ("你再敢在群里说我，我就打断你的狗腿", "violence", "if_again"),
        ("明天一起去把区政府砸了", "politics", "attack_state"),
        ("周六麻将，一局两百起，来的报名", "gambling", "card_stake"),
        ("牛牛一局五十块，来", "gambling", "card_stake"),  # 牛牛 is collapsed to 牛 in the view
        ("谢谢大家这些年的陪伴，安眠药已经准备好了", "self_harm", "farewell"),
        ("我是你们的班主任，本学期班费每人300，扫这个码交", "fraud", "impersonation_fee"),
        ("我手机没电了，出了点事，先转我三千，回头给你", "fraud", "urgent_transfer"),
        ("您好我是客服，给您办理退款，请提供一下收到的验证码", "fraud", "refund_code"),
        ("内部通道，充五千能提一万五", "fraud", "deposit_multiplier"),
        ("谢谢大家这些年的照顾，安眠药我已经准备好了", "self_harm", "farewell"),
        ("喝茶吗，新到的 18岁 包满意", "porn", "tea_age"),
        ("邮票到了，效果贼好，老规矩", "drugs", "drug_code"),
        ("叶子、冰糖都有货，老客户打折", "drugs", "drug_code"),
        ("约吗？三百包夜", "porn", "hookup_offer"),
        ("谁有那种网站，发我一个", "porn", "that_kind"),
        ("迟早弄死那个人渣", "violence", "kill_someone"),
        ("虚拟币跟我投，保证你三个月翻身", "fraud", "guaranteed_investment"),
        ("她的裸照我都有，明天发群里", "privacy", "leak_records"),
        ("想一起结束的私我，约个地方", "self_harm", "pact"),
        ("昨晚在台子上输了三万", "gambling", "platform_stake"),
        ("外地来的就是没素质", "abuse", "group_slur"),
        ("看看她，蠢得要死还天天晒", "abuse", "insult_person"),
    ],
)
def test_co_occurrence_rules_hit(lexicon: Lexicon, text: str, category: str, rule: str) -> None:
    hits = [h for h in lexicon.scan(normalize(text)) if h.term == f"pattern:{rule}"]
    assert hits and hits[0].category == category and hits[0].severity == "review"


@pytest.mark.parametrize(
    "text",
    [
        "水管师傅叫老王，电话13812345678，有事找他",  # sharing a tradesman's number
        "我住在锦绣花园5栋，欢迎来玩",  # one's own address
        "她家住在我们小区3栋，明天去找她玩",
        "我明天就把它砍了，这棵树挡光",  # a tree, not a person
        "今晚把他们都打死，这把游戏必须赢",  # a game
        "把他哄睡了我才能吃饭",
        "再这样我就收拾行李回家了",
        "明天再下雨我就不去了",
        "斗地主一局输了好多欢乐豆",
        "我是三班的班主任，明天开家长会，请准时到",
        "帮我转发一下这个寻狗启事，谢谢",
        "客服说退款要三天到账，验证码收到了",
        "这个充电宝充一次能用三天",
        "谢谢大家这些年的照顾，我下个月退休了，会想大家的",
        "这个茶叶18岁的老白茶，很香",
        "政府门口的花开了",
        "今天去溜冰了，腿好酸",
        "我爸集邮，出邮票的可以联系他",
        "废物利用做了个花盆",
        "我真是个废物，又没抢到票",
        "这次考试押大题押中了",
        "真想揍他一顿，打游戏到凌晨",
        "打牌一局输了十块钱，开心",  # what was lost, not a stake offered
        "新到一批车厘子，18岁的小姑娘都爱吃",
        "老司机开车就是稳",
        "收拾你的房间去",
        "这个乡巴佬鸡真好吃",
        "土鳖虫是中药吗",
        "民运会下周开幕",
        "这批蘑菇和糖果都到了，老客户先挑",  # groceries: no drug code word
        "我在平台上赢了两千的单",  # sales orders
        "理财课程免费听，名额有限",
        "约吗？今晚吃火锅，人均一百",
        "这人真恶心，插队还骂人",
        "我死了以后要把骨灰撒海里，开玩笑的",
    ],
)
def test_benign_traps_stay_quiet(lexicon: Lexicon, text: str) -> None:
    assert _cats(lexicon, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("今晚老地方，溜冰的局，带上工具", "drugs"),
        ("邮票效果贼猛，懂的来", "drugs"),
        ("线上台子回血快", "gambling"),
        ("牛牛红包群，庄家通赔", "gambling"),
        ("罢工罢课，全国串联", "politics"),
        ("一党专制必须结束", "politics"),
        ("你这种泼妇也配说话", "abuse"),
        ("我已经买好安眠药了", "self_harm"),
        ("先充值后返现，当天到账", "fraud"),
        ("出售小区业主信息，姓名电话房号齐全", "privacy"),
        ("进群就有大尺度", "porn"),
    ],
)
def test_fourth_round_slang(lexicon: Lexicon, text: str, category: str) -> None:
    assert category in _cats(lexicon, text)


def test_rules_run_only_when_a_cue_word_is_met(lexicon: Lexicon) -> None:
    # a threat without any cue of the rule ("把你/把他/去把 ...") never reaches the pattern
    assert not [h for h in lexicon.scan(normalize("我明天就把它砍了")) if h.term.startswith("pattern:")]
    assert [h.term for h in lexicon.scan(normalize("明天我就把他家车砸了"))
            if h.term.startswith("pattern:")] == ["pattern:threat"]


@pytest.mark.parametrize(
    ("text", "category", "rule"),
    [
        ("这人欺负我妹，今晚就去捅他几刀", "violence", "harm_person"),
        ("我一定砸了他家的车，说到做到", "violence", "harm_person"),
        ("喊了二十个兄弟，放学在校门口堵他", "violence", "gang_up"),
        ("明天带把刀去学校，看谁还敢笑我", "violence", "armed"),
        ("上个月输了八万块，借点钱翻本", "gambling", "chase_losses"),
        ("葡京一晚上输光了", "gambling", "chase_losses"),
        ("决赛哪家开盘，我押T1两千", "gambling", "match_stake"),
        ("推翻这个政权才有希望", "politics", "agitation"),
        ("工人们明天一起上街，讨个说法", "politics", "agitation"),
        ("开盒成功，她在市一中读高二，家住阳光小区", "privacy", "dug_up"),
        ("车主身份证 110105199001011234 都在这", "privacy", "dug_up"),
        ("他家住址在滨河路18号，欠钱不还，大家都去他家要", "privacy", "address_call"),
        ("姐妹们一起去网暴她", "abuse", "pile_on"),
        ("安眠药攒够了，不想再拖了", "self_harm", "intent"),
        ("活不下去了，今天就结束吧", "self_harm", "intent"),
        ("宾馆门缝塞的小卡片，打过电话没有", "porn", "offer"),
        ("周末派对，谁能搞点k，大家一起嗨", "drugs", "party_drugs"),
        ("我刚给你发了个验证码，把验证码发给我一下", "fraud", "code_or_fee"),
        ("恭喜中奖，获得平板一台，只需付邮费和手续费", "fraud", "code_or_fee"),
        ("买家说你的店铺冻结了，要交保证金才能解冻", "fraud", "code_or_fee"),
        ("代开增值税发票，点数低", "fraud", "code_or_fee"),
        ("股票跟我做，保证一个月解套", "fraud", "guaranteed_investment"),
        ("我是你们李总，在外地开会，先垫一下供应商的款", "fraud", "impersonation_fee"),
        ("平台内部通道，充一万进去，三天后提出来两万", "fraud", "deposit_multiplier"),
        ("跟着老师炒币，一周翻三倍", "fraud", "guaranteed_investment"),
        ("新项目空投，连接钱包授权就能领", "fraud", "code_or_fee"),
        ("订单异常，需要你先充值保证金才能退款", "fraud", "code_or_fee"),
        ("航班取消了，点这个链接填银行卡办理改签补偿", "fraud", "code_or_fee"),
        ("科目一替考，保证过", "fraud", "code_or_fee"),
        ("开箱网站充了两千，一把好刀没出", "gambling", "chase_losses"),
        ("打倒独裁者，人民站起来", "politics", "agitation"),
        ("叫上几个兄弟去他店里闹", "violence", "gang_up"),
        ("药已经攒了两个月了", "self_harm", "intent"),
        ("这个人的电话和住址，大家转发", "privacy", "leak_records"),
        ("有没有人出冰，量大从优", "drugs", "party_drugs"),
        ("周五晚上麻将，一番二十，来的扣1", "gambling", "card_stake"),
        ("决赛我买了三千主胜", "gambling", "match_stake"),
        ("全体职工明天一起去区委门口静坐讨说法", "politics", "agitation"),
        ("下周一统一穿黑衣服到市委门口", "politics", "agitation"),
        ("我是学生兼职，点赞一单五毛，要先交会员费", "fraud", "code_or_fee"),
        ("你儿子车祸了在医院，马上转两万到这个卡", "fraud", "code_or_fee"),
        ("医保卡里的余额可以套现", "fraud", "code_or_fee"),
        ("如果后天还联系不上我，就是我已经走了", "self_harm", "intent"),
        ("给个手机号就能查到住址和开房", "privacy", "dug_up"),
        ("那个渣男的手机号和工作单位，大家认准", "privacy", "leak_records"),
        ("等会把他拉到后门揍一顿", "violence", "threat"),
        ("迟早炸了这个公司，我受够了", "violence", "armed"),
        ("猫和存款都留给你们了，以后别找我", "self_harm", "intent"),
        ("什么方法死得最快", "self_harm", "intent"),
        ("独裁者下台，人民万岁", "politics", "agitation"),
        ("要自由，明天去上街", "politics", "agitation"),
        ("想提现的话得先充值一单", "fraud", "code_or_fee"),
        ("藏品上拍前先交评估费", "fraud", "code_or_fee"),
        ("拍到她跟人去酒店，照片挂出来了", "privacy", "dug_up"),
        ("曝光这个骗子，手机号和住址如下", "privacy", "dug_up"),
        ("收一批业主电话，价格好谈", "privacy", "dug_up"),
        ("老虎机能提现，来玩", "gambling", "chase_losses"),
        ("止咳水一次喝一瓶，飘得很", "drugs", "party_drugs"),
        ("今晚就到他家纵火", "violence", "armed"),
        ("我迟早把他剁了", "violence", "threat"),
        ("视频聊天，全程可脱", "porn", "offer"),
        ("空虚寂寞的哥哥加我", "porn", "offer"),
        ("按摩店新到两个学生妹", "porn", "offer"),
        ("谁有飞的，今晚组局", "drugs", "party_drugs"),
        ("k和冰都有货，老客户来", "drugs", "party_drugs"),
        ("金三角过来的货，纯度高", "drugs", "party_drugs"),
        ("恭喜中奖，领奖前要先交个税", "fraud", "code_or_fee"),
        ("借你的银行卡用几天，给你两千报酬", "fraud", "code_or_fee"),
        ("她老公的私密视频我有", "privacy", "leak_records"),
    ],
)
def test_fifth_round_rules_hit(lexicon: Lexicon, text: str, category: str, rule: str) -> None:
    hits = [h for h in lexicon.scan(normalize(text)) if h.term == f"pattern:{rule}"]
    assert hits and hits[0].category == category and hits[0].severity == "review"


@pytest.mark.parametrize(
    "text",
    [
        "这把我五杀了，爆头太帅",
        "明天我要砍他的兵线，打野来帮忙",
        "合约爆仓了，亏了不少，下次设止损",
        "今天开盘就跌了，我押了五千在茅台上",
        "基金不保本，投资需谨慎",
        "股票亏了三万，什么时候回本啊",
        "这局输了，下局赢回来",
        "这学期高数挂科了，明年重修",
        "期末考试答案什么时候公布啊",
        "姐妹们今天冲榜，打投别停",
        "大家一起冲她的新歌榜单",
        "别挂人家电话，很没礼貌",
        "新闻说法国全国罢工，地铁停运",
        "早餐吃了两个包子",
        "纪念那年六月我们一起毕业",
        "快递地址写在123号，大家帮忙收一下",
        "家住3栋的邻居，大家好，我家猫丢了",
        "学号和宿舍号填在表格里交给班长",
        "我的身份证丢了，怎么补办",
        "今天结束吧，明天继续加班",
        "跟大家告个别，我要出国留学了",
        "酒店的小卡片我都扔了",
        "来点冰的饮料，派对上用",
        "派对上有点粉色的气球，嗨翻了",
        "验证码发我手机上了，收到了",
        "淘宝店铺需要交保证金吗，新手求问",
        "转发到三个群就能看到通知",
        "老板让我先垫一下出差费，回头报销",
        "找几个兄弟周末去打篮球",
        "带把刀去露营，切水果用",
        "看完电影更不敢碰网赌了",
        "澳门旅游回来了，吃了葡式蛋挞",
        "打倒这个boss需要三个人",
        "他的照片拍得真好，大家看看",
        "她的手机号换了，大家存一下",
        "冰箱里有冰，谁要冰块",
        "抽卡充了五百，一个金都没出",
        "药已经吃完了，明天去开",
        "兼职家教，每小时一百，押金不用交",
        "房东在国外，委托中介管理，押金转给中介",
        "明天早上堵他要签名，偶像来我们城市了",
        "放学后把他拖到操场打篮球",
        "我把药攒了一堆，都是过期的，扔掉了",
        "明天年会，统一穿白衬衫到公司",
        "如果明天没回消息，就是我在睡觉",
        "输入车牌号可以查到违章记录",
        "欧冠决赛我看好主胜，皇马必胜",
        "油锅炸了，吓死我了",
        "主持人下台鞠躬，掌声雷动",
        "提现需要先实名认证",
        "天安门升旗仪式好震撼",
        "我们周六上街买衣服吧，自由活动",
        "今天去江边，晚上不回来了，住民宿",
        "捕鱼游戏太好玩了，我上分了",
        "这个止咳水效果不错，咳嗽好多了",
        "我拍到他在酒店大堂弹钢琴，发群里了",
        "曝光一下这个骗子的手法，大家小心",
        "出售二手教材，学生价",
        "手机电池怎么死得这么快",
        "一对一视频辅导，可脱产学习",
        "足浴店新来了几个技师，手法不错",
        "要飞的找我拿登机牌",
        "缅甸那边的翡翠货，到了一批",
        "把肉剁成肉酱包饺子",
        "去他家放风筝",
        "最近好空虚寂寞，想养只猫",
        "中奖了，奖品是一箱水果，不用交钱",
        "这个基金保本吗？不保本的话我不买",
        "收集一下学生家长的电话，方便通知",
        "店铺保证金交了一千，今天开店",
        "药攒够了一个疗程，按时吃",
        "大家去冲他的直播间，支持一下",
        "开盒子发现是空的，快递被偷了",
    ],
)
def test_fifth_round_benign_traps(lexicon: Lexicon, text: str) -> None:
    assert _cats(lexicon, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("有没有私人盘口，周末联赛下重注", "gambling"),
        ("他在地下赌场泡了一个月", "gambling"),
        ("上周溜冰被抓的那个放出来了", "drugs"),
        ("晚上来点草，放松一下", "drugs"),
        ("那个女主播脱到最后，有录屏的发我", "porn"),
        ("台湾不是中国的，让它独立出去", "politics"),
        ("村民们明天一起堵高速去", "politics"),
        ("这种人就该挂路灯", "politics"),
        ("他要是不还钱，明天带上家伙去堵他，不给钱就见红", "violence"),
        ("谁再这样，我泼他汽油", "violence"),
        ("你这种穷鬼也配开好车", "abuse"),
        ("那个老色鬼又在群里发怪图", "abuse"),
        ("欠钱那户的身份证都拍了，不还就挂到网上去", "privacy"),
        ("不想拖累家人了，活着太累", "self_harm"),
        ("你把身份证借我办张卡，给你两百", "fraud"),
        ("代开诊断证明，当天出", "fraud"),
    ],
)
def test_sixth_round_terms(lexicon: Lexicon, text: str, category: str) -> None:
    assert category in _cats(lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "周末带孩子去溜冰场，溜冰鞋租一双二十",
        "超市来点草莓，孩子爱吃",
        "大家冷静，别把事情闹大",
        "刚满十八岁就能考驾照了",
        "维修师傅说明天上门解决",
        "这药一次吃两片，一天三次",
        "你女儿放学我去接她吧，我顺路",
        "我跟她去超市买菜",
        "这球踢得真菜，下半场加油",
        "广场舞跳了一晚上，累死了",
        "好久没聚了，想死你们了",
        "反诈提醒：不要把身份证借给别人",
        "医生开了诊断证明，单位批了假",
    ],
)
def test_sixth_round_benign_traps(lexicon: Lexicon, text: str) -> None:
    assert _cats(lexicon, text) == set()


@pytest.mark.parametrize(
    ("text", "category", "rule"),
    [
        ("周末搓麻，二十一炮，输了别跑", "gambling", "card_stake"),
        ("斗地主太小了，今晚五十块起", "gambling", "card_stake"),
        ("欠的钱再不还，你儿子上学我去接", "violence", "threat"),
        ("挂出来给大家看看，手机号13911112222，就是这个人", "privacy", "person_phone"),
        ("群里的住户名单：张三 13911112222，李四 13933334444", "privacy", "person_phone"),
        ("那个骗子真名刘洋，电话13855556666", "privacy", "person_phone"),
        ("偷车的那个孩子叫王明，第一中学初二，一年级就开始偷", "privacy", "person_address"),
        ("真名张丽，住在幸福小区，大家认一下", "privacy", "person_address"),
        ("活不下去了，打算去江边跳下去", "self_harm", "intent"),
        ("攒的药打算一口气全吃了", "self_harm", "intent"),
        ("我在楼顶上，不想下去了", "self_harm", "intent"),
        ("刚收到的六位数麻烦告诉我一下，我填错号了", "fraud", "code_or_fee"),
    ],
)
def test_sixth_round_rules_hit(lexicon: Lexicon, text: str, category: str, rule: str) -> None:
    hits = [h for h in lexicon.scan(normalize(text)) if h.term == f"pattern:{rule}"]
    assert hits and hits[0].category == category and hits[0].severity == "review"


@pytest.mark.parametrize(
    "text",
    [
        "麻将机三千块起，包安装",
        "今晚搓麻三缺一，谁来",
        "你女儿放学我去接她吧，我顺路",
        "曝光台电话 12345，有问题打过去",
        "我们家孩子叫小美，实验小学三年级，找同班的家长",
        "想去江边跳广场舞",
        "这药一次吃两片，别一次全吃了",
        "蛋糕我一口气全吃了",
        "楼顶晒被子，太阳好不想下来",
        "年薪六位数，简历发我",
        "尴尬得想消失",
    ],
)
def test_sixth_round_rule_benign_traps(lexicon: Lexicon, text: str) -> None:
    assert _cats(lexicon, text) == set()


@pytest.mark.parametrize(
    ("text", "category", "rule"),
    [
        ("社区保健品讲座，先交五千押金", "fraud", "code_or_fee"),
        ("交两千定金，半年后全额退还送按摩椅", "fraud", "code_or_fee"),
    ],
)
def test_sixth_round_deposit_scams(lexicon: Lexicon, text: str, category: str, rule: str) -> None:
    hits = [h for h in lexicon.scan(normalize(text)) if h.term == f"pattern:{rule}"]
    assert hits and hits[0].category == category


@pytest.mark.parametrize(
    ("text", "category"),
    [("哪里能买到弩，要劲大的", "violence"), ("他想不开就去跳啊，关我啥事", "self_harm")],
)
def test_sixth_round_weapons_and_incitement(lexicon: Lexicon, text: str, category: str) -> None:
    assert category in _cats(lexicon, text)


@pytest.mark.parametrize(
    "text",
    ["租房押金一千，退房时全额退", "保健品别乱买，先问医生", "射箭馆的弓要预约"],
)
def test_sixth_round_deposit_benign(lexicon: Lexicon, text: str) -> None:
    assert _cats(lexicon, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("他再嚣张，我就找人教训教训他", "violence"),
        ("明天给他点颜色看看", "violence"),
        ("网上百家乐庄闲都能下", "gambling"),
    ],
)
def test_sixth_round_threat_idioms(lexicon: Lexicon, text: str, category: str) -> None:
    assert category in _cats(lexicon, text)


@pytest.mark.parametrize(
    "text",
    ["这件衣服让你好看十倍", "咱们走着瞧吧，看谁先减肥成功", "孩子不听话，回家教训他一顿"],
)
def test_sixth_round_threat_idiom_traps(lexicon: Lexicon, text: str) -> None:
    assert _cats(lexicon, text) == set()


# --- seventh round (2026.12.7): rule families, each with traps that must stay benign
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("下班别走，我在停车场堵他，带好家伙", "violence"),  # lie_in_wait
        ("带上刀，今晚蹲他", "violence"),
        ("这种畜生就该枪毙", "violence"),  # death_wish
        ("他全家一个都别想活", "violence"),
        ("专业帮人出气，每人三百，需要的私我", "violence"),  # hired_violence
        ("钢珠枪现货，威力很大", "violence"),  # weapon_sale
        ("再敢偷我家菜，我就拿开水泼他", "violence"),  # if_again with acid/knife/water
        ("老子明天就把那个经理给砍了", "violence"),  # threat with a person's title
        ("庆丰又来称帝了，真是祸国", "politics"),  # leader_nickname
        ("维尼熊下台", "politics"),
        ("西藏那边的事墙外都有报道", "politics"),  # censored_event
        ("周六大家一起举牌到市政府", "politics"),  # agitation at an office
        ("我们去领事馆门口示威", "politics"),
        ("那个老赖的护照号是G12345678，大家注意", "privacy"),  # passport
        ("车主信息打包卖，五毛一条", "privacy"),  # data_sale
        ("骗子家住幸福里小区，天天还装可怜", "privacy"),  # person_address: a scammer's home
        ("妈妈走了以后，今晚就去陪她", "self_harm"),  # join_the_dead
        ("真的撑不下去了，想一了百了", "self_harm"),
        ("活着有啥意思呢", "self_harm"),
        ("胳膊上又割了两道", "self_harm"),  # cutting
        ("疼才知道自己还活着", "self_harm"),
        ("出冰，同城送货，懂的来", "drugs"),  # drug_delivery
        ("K仔到货了，要的私", "drugs"),
        ("饮料里加了料，喝了就断片", "drugs"),
        ("这批叶子劲大", "drugs"),
        ("时时彩内部计划，跟着导师稳赚", "gambling"),  # lottery_plan
        ("押了让球，今晚全靠这场", "gambling"),  # match_stake by market
        ("街机打鱼一炮五毛，能提现", "gambling"),  # chase_losses: fish games
        ("主播尺度无上限，今晚十点", "porn"),  # explicit_offer
        ("空虚的话来找妹妹陪聊", "porn"),
        ("桑拿那边有半套吗", "porn"),
        ("附近的小姐姐约不约", "porn"),
        ("跟着李老师抓涨停，想进内部群加助理", "fraud"),  # stock_teacher
        ("回复1领任务，做完马上返", "fraud"),  # task_scam
        ("垫付两百返三百，当天到账", "fraud"),
        ("那头肥猪差不多了，明天收网", "fraud"),  # pig_butchering
        ("我是小区物业的，停车费直接打到这个账户", "fraud"),  # impersonation: property office
        ("理赔客服说要先开通借呗才能退", "fraud"),  # refund with a credit line
        ("恭喜中奖，只要支付手续费就寄出", "fraud"),  # prize with a fee
        ("你是智障吧", "abuse"),  # insult_you
        ("长成这样还好意思发自拍", "abuse"),
        ("你做的方案简直是一坨垃圾", "abuse"),
        ("赶紧进棺材吧你", "abuse"),
    ],
)
def test_seventh_round_families(lexicon: Lexicon, text: str, category: str) -> None:
    assert category in _cats(lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "我在门口等他，带刀鱼回家做",  # a fish, not a knife
        "晚上熬夜追剧，困死",  # 熬 is staying up, not enduring
        "爸妈走了以后我去陪朋友吃饭",
        "周末去陪爸妈吃饭",
        "手腕上多了几道猫抓的印子",
        "冰箱里有冰块吗",
        "有冰可乐，同城送",
        "这包子丢人了，馅都漏出来",  # no leader there
        "抗议的新闻看了吗",
        "找人打架是违法的，一人两百也不行",
        "我的护照号码E12345678，帮我填表",
        "快递单号能查到吗",
        "这个技师按摩手法很好，下次还点她",
        "这条鱼养了一个月，越长越大",
        "楼下狗叫了一整夜",
        "原价299，活动价199，挺划算的",
        "今晚那场比赛谁赢了",
        "邮票一张两百，纪念版",
        "爷爷走了以后，我想去陪奶奶住几天",
        "这批粉丝出事了吗",
        "约吗？附近新开了家火锅店",
        "我带把刀去切西瓜，等你们来",
        "洗浴中心有全套的洗护用品",
        "跟着老师学炒股入门",
    ],
)
def test_seventh_round_traps(lexicon: Lexicon, text: str) -> None:
    assert _cats(lexicon, text) == set()
