"""Benign families from holdouts 11 and 12 (first runs: 14 and 13 benign lines flagged, all but
one for a contact): members giving their own id, organisers collecting registrations, notices
with an office landline, government and university links, parcels sent back, police busts in
the news.  Lines in our own wording that must pass, and offers of the same shape that must not."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes


@pytest.mark.parametrize("text", [
    "我微信 xiaoyu_2020，回头照片发你",
    "我的邮箱 zhang.san@163.com，资料发这里就行",
    "我是豆豆奶奶，微信 doudou_nai2018，有事找我",
    "我QQ是 3021987765，周末开黑的拉我",
    "我的微信号就是 linlin_0712，下午把表格传给你",
    "我的 keep id 是 runner_lee，互相加油",
    "我手机 13987654321，到了打我电话",
])
def test_a_members_own_id_given_as_theirs_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "我的微信是 shoes_888，莆田鞋一手货源批发",
    "加我微信 fuli_2026 领取新人红包",
    "我微信 daikuan_88，黑户秒批，当天放款",
    "薇❤ xiao yu 2020，私聊有惊喜",
])
def test_an_offer_next_to_an_id_is_still_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "班主任：还没交回执的家长加我微信 bzr_li2026 登记一下",
    "领队：周日徒步报名的加我微信 ld_hiker99，统计人数",
    "管理员：新进群的请加我微信 admin_wq 核对一下姓名和车位号",
    "加队长微信 dz_zhao2019，排班表发给你们",
])
def test_an_organiser_collecting_registrations_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "群主：加我微信 qz_fuli888 领福利，名额有限",
    "管理员：想赚钱的加我微信 zq_2026，日结三百",
])
def test_an_organiser_title_does_not_excuse_an_offer(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "社区通知：明天上午停电检修，咨询电话 0571-86012345",
    "【物业公告】电梯年检暂停使用一天，值班电话 021-55667788",
    "温馨提示：燃气安全检查本周进行，有疑问请致电 0755-26781111",
])
def test_a_notice_gives_its_offices_landline(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "通知：高薪招聘日结三百，电话 13812345678 随时来",
    "社区通知：老人领补贴，联系李主任 一三八 一二三四 五六七八",
])
def test_a_notice_header_does_not_excuse_a_mobile_or_a_spelled_out_number(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "社保新政策看这里 http://www.mohrss.gov.cn 自己查一下",
    "学校的通知在官网 https://www.zju.edu.cn/news 上，大家看看",
    "退货地址改了：杭州余杭仓库2号门，收件电话 0571-88776655",
    "仓库代码在这 https://gitee.com/teamx/tools 自己拉",
])
def test_read_only_links_and_parcel_addresses_are_no_ads(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "政府补贴领取入口 http://www.gov.cn.butie-lingqu.top 加微信 bt_2026 审核",
    "补贴名额有限，登记网址 gov-butie.vip 抓紧",
])
def test_a_lookalike_of_a_government_site_is_still_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("text", [
    "听说开发区一个地下赌场被端了，抓了二十多个",
    "那家洗浴中心涉黄被查封了，新闻都报了",
])
def test_news_of_a_bust_is_no_offer(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "主播一直不回我私信，是不是把我拉黑了",
    "客服回了私聊，说明天补发",
])
def test_a_message_answered_or_not_is_no_call_to_message_me(text: str) -> None:
    assert_passes(text)


def test_message_me_next_to_selling_wording_is_still_drainage() -> None:
    assert_flags("主播同款面膜，批发价，要的私信", "ad")
