"""Contact extraction, holdout-23/24 round: an e-mail address's local part is no WeChat id; an
id stops where hanzi start; 加群主 / 加班主任新号 / 联系客服 and an id; an id named in a warning
about a scammer (微信叫 …, … 这个微信) is still a contact; the phone number that is the WeChat id
too (电话同微信, 手机同V, 电话微信同号, …（同微信）) gives both kinds; 大写 digits mixed with spaced
ASCII digits; an emoji between vx and the id; an underscore typed with blanks around it.  Every
family has look-alikes that must stay contact-free: overtime (加班), 参加老师, a phone's app
(mate60这个微信版本), 微信同步, 同城, order numbers, codes, prices and dates."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes

from streams.detect.contacts import extract_contacts


def _found(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.value) for c in extract_contacts(text)]


def _kind(text: str, kind: str) -> list[str]:
    return [v for k, v in _found(text) if k == kind]


# --- an e-mail address is no WeChat id --------------------------------------------------------


@pytest.mark.parametrize(("text", "mail"), [
    ("二手钢琴出售，感兴趣的邮件联系 piano_sale88@163.com", "piano_sale88@163.com"),
    ("简历请投递至 hr_zhaopin@company.cn，注明岗位", "hr_zhaopin@company.cn"),
    ("合作请联系 biz_coop2024@126.com 谢谢", "biz_coop2024@126.com"),
    ("资料发你了吗？没收到加我 wang_li99@sina.com 重发", "wang_li99@sina.com"),
    ("商务合作 联系：media.team_01@qq.com", "media.team_01@qq.com"),
])
def test_the_local_part_of_an_email_is_not_a_wechat_id(text: str, mail: str) -> None:
    assert _kind(text, "wechat") == []
    assert _kind(text, "email") == [mail]


def test_an_id_next_to_a_mailbox_is_still_found() -> None:
    found = _found("微信 laowang_88 或者邮箱 laowang@163.com 都行")
    assert ("wechat", "laowang_88") in found and ("email", "laowang@163.com") in found


def test_a_numeric_qq_mailbox_keeps_its_qq_number() -> None:
    assert _kind("有事发邮件 2876543210@qq.com", "qq") == ["2876543210"]


# --- an id stops where hanzi start ------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("上门修空调，V：kongtiao_li师傅", "kongtiao_li"),
    ("家教数学，微信 shuxue_zhang老师 联系", "shuxue_zhang"),
    ("宠物美容 加微信：chongwu88店长", "chongwu88"),
])
def test_an_id_ends_at_the_first_hanzi(text: str, value: str) -> None:
    assert _kind(text, "wechat") == [value]


# --- 加 / 联系 and a role before the id --------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("抢红包的群开了，想进的加群主 qun_zhu777", "qun_zhu777"),
    ("补课资料请家长加班主任新号 laoshi_wang2 领", "laoshi_wang2"),
    ("退换货请联系客服 kefu_0815 处理", "kefu_0815"),
    ("报名加老师 yuwen2024 备注孩子姓名", "yuwen2024"),
    ("要进货的加店长：dianzhang_88", "dianzhang_88"),
    ("课程有疑问加助理的新号 zl_xiaomei", "zl_xiaomei"),
    ("想合作的联系负责人 fzr_chen01", "fzr_chen01"),
    ("加管理 gl_2025 拉你进福利群", "gl_2025"),
])
def test_an_id_right_after_a_role(text: str, value: str) -> None:
    assert _kind(text, "wechat") == [value]


@pytest.mark.parametrize("text", [
    "今天又加班，abc_123 的报表明天交",  # 加班 is overtime
    "周五参加老师 li_zhang1 的公开课",  # 参加, not 加
    "加老师 hello 一下不就行了",  # a word, not an id
    "加群主验证码 abc123 才能进",  # a code named between
    "联系客服，订单号 sf1234567890 还没到",  # an order number
    "加班主任 2026 年的工作计划",  # a year
])
def test_no_id_after_a_role_without_one(text: str) -> None:
    assert _kind(text, "wechat") == []


def test_a_qq_number_after_a_role_stays_qq() -> None:
    assert _found("有事加客服QQ 23456789") == [("qq", "23456789")]
    assert _kind("有事联系群主 13912345678", "wechat") == []  # a phone, not a WeChat id


def test_a_role_cue_with_an_id_is_drainage() -> None:
    assert_flags("福利群每晚八点发红包，进群加群主 hongbao_888", "ad")


def test_overtime_and_a_teacher_stay_ordinary_chat() -> None:
    assert_passes("又加班到十点，明天还要参加老师的家长会")


# --- an id in a warning about a scammer is still a contact ------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("大家注意，骗我钱的人微信叫 pz_liming 别加", "pz_liming"),
    ("这个中介跑路了，他微信叫 zhongjie520 都小心点", "zhongjie520"),
    ("小心 yuanyuan_99 这个微信，收了定金就拉黑", "yuanyuan_99"),
    ("曝光 fake_seller1 这个vx，卖假货的", "fake_seller1"),
    ("dianpu888 这个微信号是骗子，已报警", "dianpu888"),
    ("骗子的微信是 pianzi_007，截图在群相册", "pianzi_007"),
])
def test_an_id_quoted_in_a_warning_is_extracted(text: str, value: str) -> None:
    assert _kind(text, "wechat") == [value]


@pytest.mark.parametrize("text", [
    "mate60这个微信版本太老了，更新一下",  # a phone model before the app
    "iphone15 这个微信怎么双开",
    "他微信叫什么名字来着",  # no id at all
    "微信叫我一声就行",
])
def test_no_id_in_talk_about_the_app(text: str) -> None:
    assert _kind(text, "wechat") == []


def test_a_warning_about_an_app_version_passes() -> None:
    assert_passes("mate60这个微信版本太老了，更新一下就好")


# --- the phone number that is the WeChat id too: both kinds -----------------------------------


@pytest.mark.parametrize(("text", "number"), [
    ("上门开锁换锁，电话同微信 15912345678", "15912345678"),
    ("二手家电回收，手机同V 13698765432", "13698765432"),
    ("代收快递，微信电话同号 18700001111", "18700001111"),
    ("农家乐订桌，手机微信同号：135 2468 1357", "13524681357"),
    ("搬家公司，电话/微信同号 17766554433", "17766554433"),
    ("招临时工 电话：138-1122-3344（同微信）", "13811223344"),
    ("装修咨询 13677889900 微信同号", "13677889900"),
    ("宠物寄养，微信同号 15800112233", "15800112233"),
])
def test_a_shared_number_is_both_phone_and_wechat(text: str, number: str) -> None:
    assert _kind(text, "phone") == [number]
    assert _kind(text, "wechat") == [number]


@pytest.mark.parametrize("text", [
    "微信同步 13800138000 的通讯录就好了",  # 同步, not 同号
    "手机同城 13800138000 送货上门",  # 同城
    "13912345678 同学的电话，帮忙打一下",  # 同学
    "我们同v 这个号 13800138000 不一样",  # not the number after 同v
])
def test_only_the_phone_when_no_sharing_is_said(text: str) -> None:
    assert _kind(text, "wechat") == []


# --- 大写 digits mixed with spaced ASCII digits ------------------------------------------------


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("老群满了，新群群号 玖捌⑦6 5 4 3 2 1", "qq", "987654321"),
    ("QQ：壹贰 3 4 5 6 7 8", "qq", "12345678"),
    ("扣扣 伍 2 零 1 3 1 4 备注来意", "qq", "5201314"),
    ("电话 壹叁捌 0 0 1 3 8 0 0 0", "phone", "13800138000"),
])
def test_banker_digits_mixed_with_spaced_digits(text: str, kind: str, value: str) -> None:
    assert _kind(text, kind) == [value]


@pytest.mark.parametrize("text", [
    "验证码 壹 2 3 4 5 6，五分钟内有效",  # a code
    "订单号 壹贰 3 4 5 6 7 8 9 已发货",  # an order number
    "快递单号 柒 8 9 0 1 2 3 4 5 6",  # a tracking number
    "群费 壹 2 3 4 5 元，月底交",  # a price
    "第一 100 200 300 名各有奖品",  # ranks
])
def test_mixed_digits_that_are_no_contact(text: str) -> None:
    assert _kind(text, "qq") == [] and _kind(text, "wechat") == []


# --- an emoji between the cue and the id ------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("私房菜预订 V💗：sifang123", "sifang123"),
    ("代购港货 vx➡️daigou_hk88", "daigou_hk88"),
    ("接单画头像 wx🔥touxiang_01", "touxiang_01"),
    ("VX🌸xiaomei_520 备注来意", "xiaomei_520"),
    ("咨询请微信💬 zixun_88", "zixun_88"),
    ("加V 👉 huodong_2025", "huodong_2025"),
])
def test_an_emoji_between_the_cue_and_the_id(text: str, value: str) -> None:
    assert _kind(text, "wechat") == [value]


@pytest.mark.parametrize("text", [
    "稍微😊 happy_day 大家",  # 稍微 is no cue
    "max🔥abc123 这个配置",  # x after a word, not vx
    "wx🔥hello 哈哈",  # a short word, no id
])
def test_no_id_after_an_emoji_without_a_cue(text: str) -> None:
    assert _kind(text, "wechat") == []


# --- an underscore typed with blanks around it ------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("家教辅导，加我 shuxue _ 2024", "shuxue_2024"),
    ("美甲预约 薇 nail _ art88", "nail_art88"),
    ("加我 xiao_ mei88 拉你进群", "xiao_mei88"),
    ("微信：lao _wang 66", "lao_wang66"),
    ("V：abc _ 123", "abc_123"),
])
def test_an_underscore_with_blanks_around_it(text: str, value: str) -> None:
    assert _kind(text, "wechat") == [value]


@pytest.mark.parametrize("text", [
    "公式里 x _ 1 是下标",  # no cue
    "a _ b 两个变量",
])
def test_a_spaced_underscore_without_a_cue_is_no_contact(text: str) -> None:
    assert _found(text) == []


# --- a code, a password, an order or a remark named before the colon is no id -----------------


@pytest.mark.parametrize("text", [
    "微信验证码：kd8823，别告诉别人",  # a verification code
    "我把微信密码：mima_2024 改了",  # a password
    "加微信验证：vip2024 才会通过",  # what to type in the friend request
    "微信订单号：abc12345678 查一下",  # an order number
    "微信红包口令：hb8888 快抢",  # a pass phrase
    "加微信好友验证码 yz6688 发我",  # a code after the ask
    "加微信备注暗号 vip888 优先通过",  # a remark
])
def test_no_id_after_a_code_password_order_or_remark(text: str) -> None:
    assert _kind(text, "wechat") == []


@pytest.mark.parametrize(("text", "value"), [
    ("微信号码：laoli2024 随时找", "laoli2024"),  # 号码 is the id's own label
    ("加微信详谈：xq_2024", "xq_2024"),
    ("加微信领新人礼包 lb2288", "lb2288"),
])
def test_ids_after_ordinary_hanzi_still_count(text: str, value: str) -> None:
    assert _kind(text, "wechat") == [value]


# --- an id that opens with digits --------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("V：⑦⑦⑧⑧ｘｙ 备注群友", "7788xy"),  # after 微信 and a colon
    ("加威信：520lucky_88", "520lucky_88"),
    ("想翻身的找我 wx6688qq", "wx6688qq"),  # glued to the wx it follows: the whole is the id
    ("私聊 vx1314love", "vx1314love"),
])
def test_an_id_opening_with_digits(text: str, value: str) -> None:
    assert _kind(text, "wechat") == [value]


@pytest.mark.parametrize("text", [
    "微信：100kg 的货明天到",  # an amount with its unit
    "微信：88rmb 一位",
    "威信：2024年开的号",  # a year
    "WX 8899ab",  # not glued, no colon
])
def test_digits_with_a_unit_or_apart_are_no_id(text: str) -> None:
    assert _kind(text, "wechat") == []


# --- 微信 named right before the phone cue ----------------------------------------------------


@pytest.mark.parametrize(("text", "number"), [
    ("水电维修上门，vx/电话：13812345678", "13812345678"),
    ("订蛋糕 微信、手机：139 1234 5678", "13912345678"),
])
def test_wechat_then_phone_cue_names_both(text: str, number: str) -> None:
    assert _kind(text, "phone") == [number] and _kind(text, "wechat") == [number]


def test_a_phone_cue_alone_names_a_phone() -> None:
    assert _found("维修电话：13812345678") == [("phone", "13812345678")]


@pytest.mark.parametrize(("text", "value"), [
    ("感兴趣的朋友微信号在下面👇 tuan_gou99", "tuan_gou99"),
    ("报名微信如下 baoming_2025", "baoming_2025"),
])
def test_an_id_after_a_pointer_to_it(text: str, value: str) -> None:
    assert _kind(text, "wechat") == [value]


def test_a_pointer_without_an_id_is_nothing() -> None:
    assert _kind("微信下面的按钮 abc 点一下就行", "wechat") == []


# --- a comma for the colon after a QQ cue -----------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("想一起开黑的加我扣扣，七六五四三二一零九", "765432109"),
    ("资料都在群里，QQ群，456 789 123", "456789123"),
])
def test_a_comma_after_the_qq_cue(text: str, value: str) -> None:
    assert _kind(text, "qq") == [value]


@pytest.mark.parametrize("text", [
    "我的旧qq，20000元就卖",  # a price
    "qq，12点上线",  # a time
])
def test_no_qq_after_a_comma_when_no_number_follows(text: str) -> None:
    assert _kind(text, "qq") == []


@pytest.mark.parametrize(("text", "value"), [
    ("小号出售，微信（同QQ）：345678912", "345678912"),
    ("联系方式【QQ】 23456789", "23456789"),
])
def test_a_closing_bracket_between_the_qq_cue_and_the_number(text: str, value: str) -> None:
    assert _kind(text, "qq") == [value]


def test_an_amount_after_a_bracketed_qq_is_no_number() -> None:
    assert _kind("卖号（QQ）：20000元 不讲价", "qq") == []


# --- 大写 digits glued to an id's letters -----------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("代购护肤品 薇：hufu 壹贰叁", "hufu123"),
    ("加V：yun 捌 捌 陆 陆", "yun8866"),  # repeated 大写 digits are digits, not a repeat
    ("微信 mei伍贰零 备注来意", "mei520"),
])
def test_banker_digits_after_an_ids_letters(text: str, value: str) -> None:
    assert _kind(text, "wechat") == [value]


@pytest.mark.parametrize("text", [
    "微信：qiqi零食店 新开张",  # 零食 is a snack
    "abc一起玩吧",  # 一起 is a word
    "定价 ¥壹佰元",  # an amount in 大写, no Latin before it
])
def test_banker_digits_in_words_or_amounts_are_no_id(text: str) -> None:
    assert _kind(text, "wechat") == []
