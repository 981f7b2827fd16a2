"""Rule patterns run on the normalised view, where every run of one hanzi is that hanzi once
(怪怪的 → 怪的, 敌敌畏 → 敌畏, 天天 → 天): a doubled hanzi written in a pattern can never match
there, so the alternative that holds it was dead.  Stop 29 found 46 such words in the rules
(counted per module).  Written once where the single form means the same in its place (敌敌畏,
时时彩, 刮刮乐, 老太太, 货拉拉, 看看我们的力量, 叔叔 opening a message); the lonely lure
(附近的小哥哥寂寞吗), whose every branch was dead, now needs loneliness or desire named.  The
rest were dropped, not read: a review of a version that read them all (宝, 牛, 妹, 小姐, 偷划,
谢, 坐, 看星, 管 …) found 37 everyday lines newly flagged and 27 harmful ones let through, so
each rule does what it did, and now says so.  (A few patterns run on the original text, where a
doubled hanzi would match; none needs one, so the check holds them to the same rule.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import ModuleType

import pytest
from moderation_cases import assert_flagged, assert_flags, assert_passes

from streams.detect import drainage, lexicon, moderation
from streams.detect.normalize import normalize

# a doubled hanzi not made optional (天天? reads 天 and is alive)
DOUBLED = re.compile(r"([\u4e00-\u9fff])\1(?![?*])")


def _patterns_in(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, tuple | list | frozenset | set) and depth < 4:
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif isinstance(value, dict) and depth < 4:
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def _view_patterns(module: ModuleType) -> Iterator[str]:
    """Every compiled pattern the module holds, alone or in its rule tables."""
    for value in vars(module).values():
        for pattern in _patterns_in(value):
            yield pattern.pattern


def test_the_view_has_no_hanzi_run() -> None:
    assert normalize("敌敌畏").text == "敌畏"
    assert normalize("怪怪的").text == "怪的"


def test_no_pattern_holds_a_doubled_hanzi() -> None:
    for module in (moderation, lexicon, drainage):
        found = {m.group() for p in _view_patterns(module) for m in DOUBLED.finditer(p)}
        assert found == set(), (module.__name__, "dead on the view: write it once")


def test_a_pesticide_written_once_is_read() -> None:
    """敌敌畏 in the self-harm and poison rules was dead until written as the view reads it."""
    assert_flags("敌敌畏喝了死得快吗", "self_harm")
    assert_flags("我在他水杯里加点敌敌畏，看他还敢不敢", "violence")



# Stop 29's white-box review of the first version, which made most dead words live in their
# single form: these everyday lines it flagged (宝 in 淘宝 beside 麻烦 read as giving a child
# away, 偷划 a desk, 小哥 a repair man, 牛 milk, 小姐 a badminton partner, 飘飘的 a patient's
# side effect) pass ...
REVIEW_29_BENIGN = [
    "吗啡打完人飘了，医生说正常",  # (飘 for 飘飘 as a drug taken for the feeling)
    "吗啡贴完头有点飘，这正常吗",
    "我奶奶用吗啡止痛，打了以后说头飘飘的",
    '带娃太累了，宝宝发烧一晚上，麻烦问下附近哪个儿科医院晚上有号',
    '这周加班太累了，淘宝买的快递到了，麻烦谁帮我去驿站拿一下',
    '做饭带娃太累了，宝宝的疫苗本在哪，拜托爸爸找一下',
    '期末复习太累了，支付宝的水电费拜托老妈帮我交一下',
    '一个人带二胎太累了，宝宝明天的体检就拜托奶奶了',
    '妈妈说孩子的美工刀偷偷划了课桌，被老师叫家长了',
    '熊孩子拿小刀偷偷划我的车门，物业说调监控要等两天',
    '我家猫把刀片盒子打翻了，又偷偷划破了沙发皮',
    '同城的小哥哥送蛋糕特别准时，加我微信说下次直接找他',
    '表哥来嘛，今晚家里没人，我们通宵开黑',
    '哥你来嘛，家里没人陪我写作业，妈妈又加班',
    '哥哥来嘛，奶奶说家里没人吃饭，菜做多了',
    '楼下足浴店新来的收银员是王姐的妹妹，人挺好的',
    '小区那家按摩店新来了个小妹妹，是老板的女儿，周末来帮忙',
    '深夜福利，滴滴打车夜间半价，回家的姐妹冲',
    '今天推票了吗，我追的那本小说冲月票榜呢',
    '我妈睡前吃半片阿普唑仑，早上起来头还是飘飘的，要跟医生说吗',
    '医生开的地西泮吃完整个人飘飘的，走路都不稳，这正常吗',
    '他说要我先交保证金才发货，我打算报警试试',
    '牛奶卡里剩的钱可以提现吗，不想续了',
    '养牛场的补贴在网上可以提现吗',
    '我在做蒙牛牛奶代理，每卖一箱有提成，朋友们支持一下',
    '牛肉干代理，亲戚家自己做的，卖一袋提成两块',
    '牛客网线上编程比赛报名费20，奖池五千，有一起的吗',
    '有需要的宝宝滴滴奶奶，饺子包多了',
    '给我闺女的抖音点点关注，她今晚第一次开播唱歌',
    '喜欢我家猫的就点点关注，直播间明天见哈',
    '周末约个小姐姐来陪练羽毛球，那家会所服务好',
    '叫个小姐姐来陪玩，这家剧本杀DM服务好',
    '附近的小哥手艺不错，约了下周来修空调',
    '附近哥哥开的那家面馆可以聊聊天，味道也好',
    '这部电视剧跳楼那个镜头好压抑，谢谢大家推荐',
    '那部电影跳江的镜头太揪心了，谢谢大家',
    '昨晚看的电视剧割腕的镜头好真实，谢谢大家推荐',
]
# ... and these, which it let through (a sit-in at 他家坐到他还钱为止 read as a visit, sarcastic
# 谢谢你全家, a doxxing dressed as a missing-person appeal, 看星星 on a roof with 别拦我, 群主管不着
# 我, an ad signed off 群主管吧), keep their category: the words went back to being dropped, not read.
REVIEW_29_ATTACKS = [
    # (管 for 管管 asked of the admins, read at the end of the message: an ad signs off with it)
    ("群主管吧，祛斑霜三天见效，无效退款", "ad"),
    ("兼职日结300，手机就能做，名额有限，群主管吧", "ad"),
    ("群主管，兼职日结300，手机就能做，名额有限", "ad"),
    ("管理员管啊，祛斑霜三天见效，无效退款", "ad"),
    ('宝藏女孩没穿衣服的身材，兄弟们自己品', 'porn'),
    ('坐在天台上看星星，已经一个多小时了，这次别拦我', 'self_harm'),
    ('站在楼顶上看星星，别来找我了，我撑不下去了', 'self_harm'),
    ('三楼那个宝妈懒得像猪一样，孩子都不管', 'abuse'),
    ('群主管不着我，兼职日结300，手机就能做，名额有限', 'fraud'),
    ('老人走失了？走丢活该，他住阳光小区3栋502，电话13812345678，大家去告诉他妈他干的好事', 'privacy'),
    ('孩子走失的那家人就是他，欠钱不还，住在城南花园5栋301，大家去打他妈家', 'privacy'),
    ('找不到家的那个老赖，住在和平小区2单元601，电话13712345678，通知他爸来收拾', 'privacy'),
    ('我姐的前男友家住幸福小区12栋301，明天大家来他家坐着等他回来', 'privacy'),
    ('我妈说那家人住在阳光小区6栋，我们去她家坐到她出来为止', 'privacy'),
    ('谢谢你全家，一家子残废', 'abuse'),
    ('群友天天私信我，说要面膜链接，群主别删，新款补水面膜特价39一盒，买二送一', 'ad'),
    ('谢谢啊，你这种人也配当老师', 'abuse'),
    ('谢谢你全家，一窝残废', 'abuse'),
    ('谢谢，你这个矮子也就这点出息', 'abuse'),
    ('谢谢你妈生了你这么个玩意儿', 'abuse'),
    ('我弟的债主住在幸福里8号楼，大家到他家坐到他还钱为止', 'privacy'),
    ('我爸说那个女的住锦绣花园5栋，我们到她家坐一天，看她出不出来', 'privacy'),
    ('群主管不着，祛斑霜三天见效，无效退款', 'ad'),
    ('宝子们快看，没穿衣服的身材，这福利谁顶得住', 'porn'),
    ('坐在楼顶看星星，别拦我，这辈子就这样吧', 'self_harm'),
    ('在天台上坐着看星星，已经两个小时了，不想回去了', 'self_harm'),
    ('隔壁宝妈笨得像猪，教个孩子都教不会', 'abuse'),
]
# What the first version caught that nothing catches now (its words flagged too much elsewhere).
REVIEW_29_GAPS = [
    '阿普唑仑配酒吃，吃完整个人飘飘的',
    '小哥哥来嘛，我一个人在家',
    '牛牛线上app，报名费100，奖池一万',
    '老师天天推两只牛股，跟着吃肉',
    '想做副业的宝宝们快来',
]


@pytest.mark.parametrize("text", REVIEW_29_BENIGN)
def test_the_reviews_everyday_lines_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), REVIEW_29_ATTACKS)
def test_the_reviews_attacks_keep_their_category(text: str, category: str) -> None:
    assert_flags(text, category)


@pytest.mark.xfail(strict=True, reason="a dead word left dropped: not caught (stop 29)")
@pytest.mark.parametrize("text", REVIEW_29_GAPS)
def test_the_reviews_gaps_are_known(text: str) -> None:
    assert_flagged(text)
