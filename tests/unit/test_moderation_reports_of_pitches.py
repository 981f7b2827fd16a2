"""Stop 30's round on blind holdouts 194-201: reports of someone else's pitch, ID-card copies in
a form's list, insults' letters inside a phishing link.

- A stranger's direct message told and judged (有人私信我说…，是不是广告啊？) or their proposal told
  (要带我投资… · 问我要不要办…) is a report, unless the message goes on to invite the readers.
- Someone's pitch named by its own words (刚才那个"加微信领…"的) and judged with a done act or a
  plain verdict (群主已经踢了 · 是骗人的) is no ad, unless an invitation follows it.
- ID-card copies with a count under ten are a sale only with a sale word after the count.
- An insult's letters joined by a hyphen inside a link are the link's (sb-bujiao.com).

Two white-box reviews wrote the attacks below against the first versions: 19 of 95 ad pitches and
54 of 74 threats, ID-copy sales and insults got through. The rules were narrowed; every one of those
the baseline flagged is flagged again (one pitch with no channel is not: the last xfail). The
exasperation reading (排队排得我想杀人) was withdrawn: its review turned 27 of 33 threats that open
by venting (气得我想杀人，我已经知道他住哪了) into passes, for five benign lines in 34,000.
"""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes, classify


@pytest.mark.parametrize("text", [
    "有人私信我说拉我进一个养花群，天天发红包，是不是打广告的啊",
    "有个陌生人私聊我说要带我炒黄金，我直接拉黑了，大家小心",
    "刚才有人私信我，问我要不要办半价会员卡，让先转钱，这是真的吗？",
    "有个女的私信我说带我做跨境电商，零投资，这是广告吧？",
    "昨天群里那个“加微信领免费种子”的，群主已经踢了",
    "刚才那条“进群领红包”的，我问了下是假的，已经举报了",
    "刚才群里那个“加微信领鸡蛋”的，大家注意点。我打过去问了，让先交99会员费，就是骗人的",
    "水电工证复审带身份证复印件和三张两寸照，周五前交到队部",
    "报名需要带身份证复印件2份和一寸照片两张",
])
def test_a_report_or_a_forms_list_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "点 sb-bujiao.com 办理社保补缴的那条短信，大家注意",
    "您的社保卡已过期，请点击 https://12333-sb.cn/update 更新",
])
def test_an_insults_letters_inside_a_link_are_no_insult(text: str) -> None:
    assert "abuse" not in classify(text)[1]


# the reviewed pitches: reports, testimonials and courtesy lines that end in an invitation
@pytest.mark.parametrize("text", [
    "这个红包群的，每天准时发，不是骗人的，想进的扣1",
    "那个副业赚钱的，我做了三个月了，不是骗人的，想学的找我",
    "这个返利群的，省钱是真的，不是骗人的，想进群的扣1",
    "这个引流的，一天加五百精准粉，不违法不封号，要的私",
    "这个涨粉的，真人粉不掉粉，不是骗人的，需要的老板滴滴",
    "这个兼职客服的，在家回复消息就行，合法不违法，要求会打字，感兴趣的扣1",
    "这条招聘打字员的，一单一结，不怕被踢我也要发，有意者敲我",
    "有个宝妈私聊我说要带我做副业，在家就能赚，是广告吧？感兴趣的姐妹可以一起了解",
    "有人私信我说进红包群每天发红包，是不是广告啊？想进的扣1",
    "对方私聊我，问我要不要做兼职日结，一单一结，是不是广告？感兴趣的m我我拉你",
    "有个老师私聊我说想带我做网络兼职日赚五百，是不是广告啊，有没有一起的？",
    "之前有个姐妹私聊我说要带我做宝妈兼职，我还以为是骗子，没想到一个月多了四千，真香，感兴趣的可以留言",
    "之前有个群友私信我说带我做兼职日结，我还以为是骗的，结果每天都结三百，真不是骗人的，感兴趣的留言",
    "有个宝妈私聊我说要带我做副业，一开始我以为是骗子，现在每个月多五六千，感兴趣的姐妹留言我拉你",
    "有人私信我说想带我做代购，我以为是广告，做了两个月月入过万，感兴趣的m我",
    "有个阿姨私聊我，问我需不需要免费领取鸡蛋，是不是广告啊？我去领了一盒，明天还有，要的留言",
    "有人私信我说带我进抢红包群，是广告吧？进去一天抢了几十块，想进的姐妹敲我",
    "有个人私信我，问我要不要上门服务，全城可约，是广告吧？老板们懂的敲我",
    "有人私信我问我要不要冰妹，是广告吧？需要的老板敲我",
    "那人私聊我，问我想不想做兼职刷单，一单返十块，是不是广告？我做了几单都返了，一起的扣1",
    "有个男的私聊我，问我要不要加入红包群，每天发红包，是广告吧？我进去了真的每天都有，想进的留言",
    "有个网友私信我说带我做跨境电商，零投资，我以为是骗人的，结果第一个月就回本，感兴趣的m我",
    "有人私聊我说要带我做直播带货，在家兼职，是不是广告？我做了半个月了感觉真不错，想做的宝妈敲我",
    "陌生人私聊我，问我需不需要贷款，无抵押当天到，是不是广告？急用钱的可以敲我",
    "有个同学私信我说想带我做学生兼职，暑假在家就能做，是广告吧，有一起的姐妹敲我",
    "这个宝妈兼职的，还剩最后三个名额，做满一周还有奖励。不需要的可以拉黑，感兴趣的留言",
    "这个招代理的，零门槛，一件代发，没有库存压力，利润三七分。群主别踢，不感兴趣的拉黑",
    "那条红包群的，群主每天晚上八点准时发，满五百人发大包。谁举报谁是小狗，想进的留言",
    "这个抢红包群的，每天几十个红包，人满就不拉了。看到的别举报，想进的留言",
    "这个兼职打字员的，手机就能做，一单一结，多劳多得。合法合规不违法，有兴趣的宝妈留言",
    "这个“在家兼职”的，一天两小时，月入四五千，已经有几十个宝妈在做了。不想做的直接拉黑，想做的敲我",
    "这个网赚项目的，零成本，一部手机每天赚两三百，我带着做，不违法。有意向的m我",
    "这个代理加盟的，总部扶持，包教包会，三个月回本。绝对不是骗人的项目，想了解的姐妹留言",
    "这个返利群的，淘宝京东下单都能返，一个月省好几百！不是骗子也不违法，想进群的留言",
    "这个微商货源的，一手货源，厂家直发。别上当那些二手三手的，老板们敲我拿价",
    "这个刷单兼职的，一单佣金五到二十，本金秒返。谁说是骗人的我直接拉黑，想做的敲我",
    "这个兼职日结的，工资当天结，不压工资。要是被踢了就加不上了，想做的赶紧留言",
    "有人私信我，问我要不要叶子，云南直发，是广告吧？懂的老哥敲我",
    "有个老哥私聊我，问我想不想玩时时彩，一天稳赚两千，是不是广告？有一起上车的m我",
    "陌生人私信我，问我要不要办信用卡，黑户也能下卡，是广告吧？急用的朋友敲我",
    "有个妹子私聊我，问我要不要陪聊，视频裸聊都可以，是不是广告啊？老哥们懂的m我",
    "有人私信我说要带我做兼职刷单，一单佣金十块，是广告吧？我做了几单都结了，想做的敲我",
    "有个宝妈私聊我说想带我做社区团购，一件代发，是不是广告？我跟着做了两周感觉不错，有兴趣的姐妹敲我",
    "有人私信我，问我需不需要代写论文，包过查重，是不是广告？毕业季的同学需要的敲我",
    "群友私聊我，问我要不要进内部优惠券群，是广告吧？我进了，领了好几张大额券，姐妹们想进的敲我",
    "有个人私聊我说要带我做跨境电商无货源，零投资，以为是骗子，结果真的出单了，一起的留言我拉你",
    "有人私聊我说要带我做手机兼职，每天一两个小时，是广告吧？我已经做了一周了，每天能结，宝妈们感兴趣敲我",
    "陌生人私信我，问我想不想兼职日结，在家动动手指一天两三百，是广告吧？人越多越好，想一起的留言",
    "有个群友私聊我，问我要不要一起做副业，一开始以为是骗子，现在每个月多三四千，想了解的姐妹敲我",
    "有人私聊我说想带我进一个返利群，是不是广告？进去一看真的能返，需要的滴我",
    "好多人问这个在家兼职的，统一回复一下：一天两小时，手机就能做，日结。不想做的直接拉黑，想做的敲我",
    "想做这个宝妈兼职的，抓紧了，今天最后五个名额，做满七天有奖励。不感兴趣的拉黑就好，打扰了",
    "刚才问这个红包群的，每晚八点准时发，人满就不拉了。怕被踢我就不多说了，想进的留言",
    "想进这个返利群的，下单都能返现，一个月能省几百。不是骗人的，也不违法，想进的留言",
])
def test_a_pitch_dressed_as_a_report_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize(("text", "category"), [
    ("气得我真想杀人，那个姓王的我已经知道他住哪了", "violence"),
    ("被他坑了十万，恨得我想杀人，下班就到他公司楼下等他出来", "violence"),
    ("逼得我都想杀人了，这次谁拦我都没用，一命换一命", "violence"),
    ("那个渣男气得我想杀人，我已经买好了汽油，这周末就让他付出代价", "violence"),
    ("恨得我想杀人，包里已经揣好家伙了，后天见分晓", "violence"),
    ("老板拖欠工资半年，气得我想杀人，大不了跟他拼了，这条命不要了", "violence"),
    ("被隔壁那家欺负成这样，逼得我真的想杀人，晚上我就过去找那家人算账", "violence"),
    ("那个老东西欺负我女儿，气得我想杀人，我已经在他小区门口守着了", "violence"),
    ("他再敢发一次这种东西，恨得我想杀人，我说到做到", "violence"),
    ("气得我想杀人，王磊你给我记住，下周一你上班路上小心点", "violence"),
    ("欺负我妈是吧，气得我想杀人，我这就开车过去，谁也别拦我", "violence"),
    ("急得我想杀人，我把斧头都磨好了", "violence"),
    ("恨得我真想杀人，他全家的地址我都查到了，等我过去", "violence"),
    ("憋得我快想杀人了，那个包工头再不给钱我就动手", "violence"),
    ("被他害成这样，逼得我想杀人，拉他一起走", "violence"),
    ("恨得我想杀人，那个叫李强的，掐死他都不解恨", "violence"),
    ("气得我想杀人，@张伟 你出门最好小心点", "violence"),
    ("气得我想杀人，陈某你等我出差回来", "violence"),
    ("恨得我想杀人，我已经准备好了，就等他下楼", "violence"),
    ("逼得我想杀人，我不活了也要拉上那个女人", "violence"),
    ("身份证复印件5份，带签名，便宜出", "privacy"),
    ("有身份证复印件6份 需要注册的滴滴 价格好说", "privacy"),
    ("你的新网站我帮你想好了 www.sb.com 不用谢", "abuse"),
    ("你发的啥玩意 https://b23.tv/abc123，sb", "abuse"),
    ("看看你自己 http://t.cn/A6xyz,cnm", "abuse"),
    ("举报去吧 www.12377.cn，rnm", "abuse"),
    ("回复楼上：cnm.com", "abuse"),
    ("https://www.baidu.com/s?wd=nmsl 自己搜搜你是啥", "abuse"),
    ("楼上这位 sb.cn", "abuse"),
    ("滚吧你 https://wcnm.top", "abuse"),
    ("群主就是个 nmsl.cn", "abuse"),
    ("自己看 https://t.cn/xyz?nmsl", "abuse"),
    ("你是不是 sb.com 来的", "abuse"),
    ("这群管理 sb.top 一个", "abuse"),
    ("那个司机撞了我爸就跑，恨得我想杀人，车牌我记下了，找到他非要他偿命", "violence"),
    ("逼得我真想杀人，这个月底他还不还钱，我就上他家去", "violence"),
    ("被那个小三气得我想杀人，我已经查到她在哪个小区了", "violence"),
    ("气得我想杀人 这次我是认真的 不是开玩笑", "violence"),
    ("闹得我都想杀人了，再有下次我真的会动手，说到做到", "violence"),
    ("气得我想杀人，我现在就在他楼下", "violence"),
    ("吵得我想杀人，楼上那家人再蹦迪我就上去跟他们拼命", "violence"),
    ("身份证复印件8份 实名卡可用 需要的私", "privacy"),
    ("身份证复印件3份，正反面，可以开户，一份100", "privacy"),
    ("有需要身份证复印件的吗 手上有4份 男女都有", "privacy"),
    ("身份证复印件两份加手机号，价格私聊", "privacy"),
    ("看这 https://t.cn/A6abc！nmsl", "abuse"),
    ("链接https://t.cn/A6abc（sb）", "abuse"),
    ("你自己看 https://b23.tv/xYz9，cnm，眼瞎吗", "abuse"),
    ("你要的链接 https://t.cn/RxK2p，sb才信这个", "abuse"),
    ("https://m.tb.cn/h.5abc?sm=1，rnm退钱", "abuse"),
    ("自己去官网看 https://www.gov.cn/zhengce，sb", "abuse"),
    ("www.12306.cn，sb不会自己买票吗", "abuse"),
    ("问百度 https://www.baidu.com，nmsl", "abuse"),
    ("你的官网 www.nmsl.gov.cn", "abuse"),
])
def test_a_threat_a_small_id_sale_or_a_linked_insult_stays_flagged(text: str,
                                                                    category: str) -> None:
    assert_flags(text, category)


WITHDRAWN = pytest.mark.xfail(strict=True, reason="exasperation reading withdrawn (stop 30)")


@WITHDRAWN
@pytest.mark.parametrize("text", [
    "医院挂号排队排得我想杀人，六点到的，中午才叫到号😤",
    "这个麻辣烫辣得我想杀人🔥",
    "装修拖了三个月，气得我想杀人😤",
])
def test_exasperation_is_still_flagged(text: str) -> None:
    assert_passes(text)


@pytest.mark.xfail(strict=True, reason="a testimonial with no channel, told as a DM report")
def test_a_testimonial_with_no_channel() -> None:
    assert_flags("有人私信我说带我做兼职日赚三百，是不是广告啊？我试了一下第二天真的结了", "ad")


# the small round on holdouts 202-209: a diagnosis, a gondola, exhaustion at a place
@pytest.mark.parametrize("text", [
    "3床的脑瘫娃今天出院了，康复科的李医生人很好",
    "脑瘫康复训练每周三次，医保能报一部分",
    "有些广告说能根治脑瘫，都是骗钱的，别信",
    "六级风以上禁止上吊篮作业",
    "打完三场球我就想死在赛场上🤣",
])
def test_a_diagnosis_a_gondola_or_exhaustion_passes(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(("text", "category"), [
    ("你家那个脑瘫娃别出来丢人了", "abuse"),
    ("你就是个脑瘫患者吧，打成这样", "abuse"),
    ("你就是个脑瘫孩子", "abuse"),
    ("这个吊篮上吊死人最方便", "self_harm"),
    ("活着没意思，今晚想死在健身房里算了", "self_harm"),
    ("真的不想活了，想死在地板上，没人会发现", "self_harm"),
])
def test_the_taunt_or_the_plan_stays_flagged(text: str, category: str) -> None:
    assert_flags(text, category)
