"""Contact extraction, holdout-19/20 round: 微 alone as the WeChat label, V我 / V聊 and a colon,
加我 before a hyphenated id, an id a few words after 微信 is mentioned (换了新号…, 我是…), an id
given in two halves, Q我 and a colon, and the QQ number of a numeric qq.com mailbox.  Every
family has look-alikes that must stay contact-free (words after 微, 稍微, v我50, e-mail after
加我, passwords and model names after 微信, a phone plan's 新号, amounts)."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes

from streams.detect.contacts import extract_contacts


def _found(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.value) for c in extract_contacts(text)]


def _wechat(text: str) -> list[str]:
    return [v for k, v in _found(text) if k == "wechat"]


# --- 微 alone before an id --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("家电清洗上门服务，找我微 jdqx2468 预约", "jdqx2468"),
    ("代写简历，有意或 微 resume_pro1", "resume_pro1"),
    ("二手教材回收，电话不方便就或者微 book_huishou", "book_huishou"),
    ("宠物寄养按天算，微 chongwu_jy 看环境", "chongwu_jy"),
    ("加我微 paobu2077 一起约跑", "paobu2077"),
    ("海鲜到货了，要的或者薇 haixian_dh", "haixian_dh"),  # 薇 and 威 are 微 too
    ("接婚礼跟拍，档期问威 gp_studio", "gp_studio"),
    ("老客户都知道，微号：laoke_88", "laoke_88"),  # 微号 is 微信号
    ("预约看房 微号 kanfang2024", "kanfang2024"),
])
def test_a_bare_wei_labels_the_id_after_it(text: str, value: str) -> None:
    assert _wechat(text) == [value]


@pytest.mark.parametrize("text", [
    "稍微 abc123 那个型号贵一点",  # 稍微 is "a little"
    "轻微 h2o2 过敏也要注意",
    "我在微 hello 群里看到的",  # an ordinary word after 微
    "微 party 好玩吗",
    "微号 hello",  # 微号 and a word
    "微信变成了 iphone15 的图标",
    "显微 x1000 的镜头能看到细胞",
    "权威 data_set 今天发布了",  # 威 ending a word
    "紫薇 zi_wei_hua 这个品种好养",
])
def test_no_id_after_wei_as_part_of_a_word_or_before_a_word(text: str) -> None:
    assert _wechat(text) == []


# --- V我 / V聊 and a colon --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("同城陪玩，想约的V我：pw_tongcheng", "pw_tongcheng"),
    ("资源都在，电报不方便就V聊：zy_share", "zy_share"),
    ("有兴趣的v我: hezuo2025", "hezuo2025"),
    ("要货的V私聊：huo_yuan", "huo_yuan"),
    ("感兴趣V我 gz_xingqu", "gz_xingqu"),  # no colon: an underscore will do
])
def test_v_me_and_a_colon_labels_a_wechat_id(text: str, value: str) -> None:
    assert _wechat(text) == [value]


@pytest.mark.parametrize("text", [
    "v我50看看诚意",  # the meme: no id
    "谁v我：hahaha",  # letters alone after the colon are no id
    "v我：明天再说",
    "v我 hello 一下",
])
def test_the_v_me_meme_and_words_are_no_id(text: str) -> None:
    assert _wechat(text) == []


# --- 加我 before a hyphenated id ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("奶茶店开业，拼单的加我 nc-pindan", "nc-pindan"),
    ("想报班的加我 yy-peixun 咨询", "yy-peixun"),
])
def test_a_hyphenated_id_after_add_me(text: str, value: str) -> None:
    assert _wechat(text) == [value]


@pytest.mark.parametrize("text", [
    "有问题加我 e-mail 联系也行",  # a one-letter chunk: a word
    "要定制的加我 t-shirt 尺码发过来",
    "加我 wi-fi 密码是多少",
    "加我一个",
    "加我 hello",
])
def test_words_after_add_me_are_no_id(text: str) -> None:
    assert _wechat(text) == []


# --- an id a few words after 微信 --------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("通知一下，我微信号改了，新号 chen_xiao_2019，旧的别加了", "chen_xiao_2019"),
    ("小王的微信换新号了 xw_newid 麻烦大家重新加", "xw_newid"),
    ("我微信被封了，现在新的是 lili_mama_88", "lili_mama_88"),
    ("之前有人要我微信，我是 tea_lover_zhou，随时聊", "tea_lover_zhou"),
    ("我查到这人微信了 dz_0715，谁认识", "dz_0715"),
    ("我的微信号换了，新号 zhoumin1990，老的注销了", "zhoumin1990"),  # a digit after 新号
    ("我微信号改成 gao_yuan_95 了，麻烦重新加", "gao_yuan_95"),
    ("微信搜一搜 huayi_studio 就能找到", "huayi_studio"),
    ("威信号码 qiche_weixiu8", "qiche_weixiu8"),
])
def test_an_id_after_a_wechat_mention(text: str, value: str) -> None:
    assert _wechat(text) == [value]


@pytest.mark.parametrize("text", [
    "我微信换了手机登录，新的是 mate60 用着挺好",  # a model name, no underscore
    "微信群里说的那个型号是 iphone15",
    "微信密码是 abc_12345，别告诉别人",  # a password
    "微信支付接口的参数是 app_id",  # a developer's field
    "微信验证码是 xk_9981",
    "微信里转发的文件是 report_2024.xlsx",
    "我微信被盗了，大家别信",  # nothing after
    "移动营业厅办了新号 5g套餐挺便宜",  # a phone plan's 新号
])
def test_no_id_from_models_passwords_fields_or_plans(text: str) -> None:
    assert _wechat(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("WeChat ID: lucy_w1", "lucy_w1"),  # the label's id is no part of the id
    ("wechat id lucy_w1", "lucy_w1"),
    ("微信 idea2024 那个账号", "idea2024"),  # an id that starts with id keeps it
])
def test_the_id_label_is_not_read_into_the_id(text: str, value: str) -> None:
    assert _wechat(text) == [value]


def test_a_telegram_handle_is_no_wechat_id() -> None:
    # Telegram is no contact kind here; the sets label only the WeChat id beside it
    assert _found("tg：@fx_danbao 或 微 fxdb2024") == [("wechat", "fxdb2024")]
    assert _found("Telegram搜我 @night_owl_88") == []


def test_a_phone_after_a_new_number_stays_a_phone() -> None:
    assert _found("我手机号换了，新号 13612345678") == [("phone", "13612345678")]


# --- an id in two halves ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("资料包要的加V，号前半段xxzl后半段2025", "xxzl2025"),
    ("加薇：前面是ming 后面是shi88", "mingshi88"),
    ("微信前几位是kfzx 后几位是3321", "kfzx3321"),
])
def test_an_id_in_two_halves_is_joined(text: str, value: str) -> None:
    assert _wechat(text) == [value]


@pytest.mark.parametrize("text", [
    "车牌前面是 su 后面是 a12",  # no WeChat cue
    "排队前面是 a 组后面是 b 组",
])
def test_halves_without_a_wechat_cue_are_nothing(text: str) -> None:
    assert _wechat(text) == []


# --- Q我 and a colon; the number of a numeric qq.com mailbox -----------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("代考驾照理论，Q我：壹贰叁 肆伍陆 柒捌", "12345678"),
    ("接单的q我: 3345 6789 1", "334567891"),
    ("作品集发 2736451890@qq.com 就行", "2736451890"),
])
def test_qq_me_and_a_qq_mailbox_give_the_number(text: str, value: str) -> None:
    assert ("qq", value) in _found(text)


@pytest.mark.parametrize("text", [
    "Q我：12000元就出",  # an amount
    "qq：50000块",
    "资料发 zhang.wei@qq.com",  # a named mailbox: no number
    "邮箱 12345678@163.com",  # not qq.com
])
def test_no_qq_from_amounts_or_other_mailboxes(text: str) -> None:
    assert not any(kind == "qq" for kind, _ in _found(text))


# --- an arrow after the cue; ➕ alone; 裙 for 群 ------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("领资料的微信 → zl_lingqu", "zl_lingqu"),
    ("加我 ⇒ kefu2046 备注群名", "kefu2046"),
    ("副业带做 ➕ ➡ fuye8899", "fuye8899"),  # ➕ and an arrow: add this
    ("副业带做 ➕ fuye_daizuo", "fuye_daizuo"),
    ("副业带做 ➕ fuyezhuan520", "fuyezhuan520"),
])
def test_arrows_and_a_heavy_plus_before_an_id(text: str, value: str) -> None:
    assert _wechat(text) == [value]


@pytest.mark.parametrize("text", [
    "主机 ➕ rtx4090 一起出，不单卖",  # a bundle, not an id
    "手机➕ airpods2 打包价",
    "套餐➕ iphone15 手机壳",
    "微信 → 设置 → 通用",  # a menu path
])
def test_bundles_and_menu_paths_are_no_id(text: str) -> None:
    assert _wechat(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("想进的进裙➕ 七七六 五四三 二一九", "776543219"),
    ("加裙：33445566 暗号读书", "33445566"),
])
def test_qun_written_as_skirt_is_a_qq_group(text: str, value: str) -> None:
    assert ("qq", value) in _found(text)


@pytest.mark.parametrize("text", [
    "连衣裙 20240601 批次到货",  # a batch date after a skirt
    "这条裙 12000 块买的",
    "裙 66 码偏大",
])
def test_skirts_with_numbers_are_no_qq(text: str) -> None:
    assert not any(kind == "qq" for kind, _ in _found(text))


# --- what the moderator makes of them -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "推拿上门，全身按摩一次两百，找我微 anmo_shangmen",
    "高仿包包原单货，要图的V我：bao_yuandan",
    "兼职刷单日结三百，加我 sd-rijie 带你做",
])
def test_offers_with_these_ids_are_ads(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "说一声：我微信号换了，新号 wang_li_1988，老号不用了，大家重新加我",
    "有人问我微信，我是 jiejie_2020，平常发点做饭的视频",
    "我微信被封了，现在新的是 zhou_q_77，之前的消息都没了",
])
def test_a_member_giving_their_own_new_id_passes(text: str) -> None:
    assert_passes(text)
