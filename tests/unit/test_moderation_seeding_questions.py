"""Stop 29: an approach told and questioned (有人私聊我说…，vx …，是真的吗？ · 收到一条短信说…
http://… 这是骗子吧？) is how honest members ask about a scam, and how seeding posts sell one.  A
reading that let the contact of such a message pass (the approacher's, no ad) freed 11 benign
lines of the labelled sets; its white-box review put these 56 pitches through it — a hook
question before the ad (宝宝晚上老哭闹正常吗？小儿推拿上门…), the seller's own FAQ (天天有人私聊我问
这茶叶真的假的…), a success story told after the question and plain fake questions no rule can
tell from a member's.  Not shipped; each stays an ad."""

from __future__ import annotations

import pytest
from moderation_cases import MODEL_1206_MISSES, classify, excused_by_decision

SEEDING_QUESTIONS = [
    '有人私聊我说宝妈在家兼职一天一两百，微信 bm_jz8866，真的假的？',
    '收到一条短信说手机号抽中了话费补贴，vx hfbt2024 ，是真的吗',
    '有个宝妈私聊我说做手工活计件结算，一天能挣两三百，vx sgh_668 是真的吗？我朋友做了一个月说能提现',
    '有个姐妹私聊我推荐了个减肥茶，一个月瘦了十五斤，微信 jfc_5566，真的假的',
    '有人私聊我说这个理财年化18%，qq 2876543210，正常吗？我表姐投了半年了',
    '收到条消息说可以低息贷款，不看征信当天放款，电话 13912345678，是真的吗？',
    '有人私聊我说可以代办驾照，不用考试，v: jz_daiban99，真的假的？',
    '有个老同学私聊我说他们公司在招打字员，在家就能做，日薪300，vx dzy300a 是真的吗',
    '有人私聊我说茅台原价1499，电话 15812345678，有这事没？',
    '收到短信说积分能兑换电饭煲，点 http://jf-dh.top 领取，是真的吗？同事已经兑了一个',
    '有人私聊我推荐了个看病挂号的黄牛，北京协和的号都能挂，vx gh_xh99 ，正常吗',
    '收到个电话说能帮孩子上重点中学，名额有限，电话 18612345678，有这回事吗',
    '收到一条短信说考公务员内部押题，通过率90%，qq 1234567890，是真的吗',
    '有个大姐私聊我说这个保健品治三高，吃了三个月血压正常了，vx bjp_sg3 真的假的',
    '收到消息说可以免费领取儿童绘本，填地址就寄，http://hb-free.cn 是真的吗',
    '孩子注意力不集中、写作业拖拉正常吗？专业感统训练，vx gt_xl2024，收到消息秒回',
    '宝宝晚上老哭闹正常吗？小儿推拿上门，电话 13812345678，收到信息马上回复',
    '最近总觉得身体不对劲？艾灸调理免费体验，vx aj_tl88，收到消息第一时间回',
    '月经推迟正常吗？中医调理，微信 zy_tl666 收到私信必回',
    '脱发严重正常吗？生发液一个疗程见效，vx sf_0099，看到收到消息都会回',
    '有人私聊我说在家做手工能挣钱，我婆婆在做，一个月三四千，vx sg_pp88 真的假的自己问',
    '有个朋友私聊我说这个平台能赚钱，我老公投了两万，一周回了两千五，http://tz-pt.vip 真的假的',
    '有个阿姨私聊我说这个净水器喝了不得结石，她家用了好几年了，电话 13700001111，是真的吗',
    '有个人私聊我说能代考四六级，包过，qq 567891234 是真的吗',
    '有人给我发链接说是咱们群的团购，http://tg-xq.top 是咱群的吗？东西挺不错的',
    '有人私聊我说 vx yf_7788 这里卖的原单鞋，真的假的，图片看着跟专柜一模一样',
    '空调制冷不对劲？专业上门维修加氟，接到电话半小时到，13812345678',
    '马桶堵了正常吗？疏通下水道，接到电话立马上门，18633334444',
    '正品茶叶，源头直发，收到消息必回，vx cy_yt88，绝对是真的',
    '高仿包包跟专柜一模一样，收到信息秒回，v bb_gf77 真的假的一比就知道',
    '兼职打字员日结200，vx dz_rj66，收到私信秒回，假的赔你十倍，是真的',
    '信用卡逾期不对劲的朋友，停息挂账，收到消息马上处理，vx tx_gz99',
    '征信花了正常吗？一样能贷，收到消息第一时间回复，微信 dk_zx88',
    '孩子成绩一直上不去正常吗？一对一辅导，收到信息安排试听，电话 13566667777',
    '车子异响不对劲？上门检测，接到电话就来，vx qc_jc01',
    '天天有人私聊我问这茶叶真的假的，喝过的都回购，微信 cy_hg66',
    '有人私聊我说我家的土鸡蛋贵，真的假的一尝就知道，vx tjd_nc01',
    '我姐收到条短信说能免费领取一箱牛奶，她填了地址已经收到了，http://nn-free.top 真的假的',
    '有个老乡私聊我说这个app看视频就能挣钱，他一天挣五十多，http://ksp-zq.cc 是真的吗',
    '有个宝妈私聊我说 vx bm_zq520 可以带着一起做，她一个月四五千，真的假的',
    '有人私聊我说这个减肥药三天瘦五斤，我同事吃了一盒瘦了八斤，vx jfy_3t5j 真的假的？',
    '有人私聊我推荐一个在家带娃也能做的活，小区好几个宝妈都在做，vx dw_jz77，是真的吗',
    '收到短信说信用卡提额到五万，我同事点了 http://xyk-te.cc 额度真的上去了，正常吗',
    '有人私聊我说这个股票群每天推牛股，我大哥进去后赚翻了，qq群 812345678 是真的吗',
    '收到一条短信说养老保险可以一次性补缴，隔壁王姨交完每月领两千，电话 18899990000 是真的吗',
    '有个老师私聊我说孩子报这个网课成绩提高三十分，vx wk_ts30，同班好几个都报了，真的假的',
    '有个中介私聊我说这个小区房子首付只要五万，电话 13388889999，好多人都买了，正常吗？',
    pytest.param('有人私聊我说这个彩票预测群准确率九成，群里的人天天中，qq 998877665 是真的吗',
                 marks=MODEL_1206_MISSES),
    '收到消息说这个牌子的奶粉在清仓，一罐只要九十九，http://nf-qc.top 真的假的？同事抢了三罐',
    '有人私聊我说二手手机几百块就能买苹果13，vx sj_es13，成色跟新的一样，真的假的',
    '有人私聊我说有个赚钱门路，投一千一周翻倍，vx mf_fb1k，大家说这是骗子吧？反正小区里好几个人都挣了',
    '有人加了我问这个面膜真的假的，用完一盒脸都亮了，vx mm_ll33 真的假的自己判断',
    '有人加了我说要团购大米，五斤装，vx dm_tg55，真的假的？这么快就有人要了',
    '有人私聊我说是咱们业主群的团购，vx yz_tg01，一箱橙子三十五，是咱们小区的吗',
    '有个网友私聊我说做跨境电商一单赚几十，vx kj_ds66 带新手，真的假的？她说她去年买了房',
    '收到一条短信说家里老人可以申请免费体检，http://tj-lr.cc ，正常吗？我奶奶去了，挺全的',
]


@pytest.mark.parametrize("text", SEEDING_QUESTIONS)
def test_a_pitch_dressed_as_a_question_about_an_approach_stays_an_ad(text: str) -> None:
    if excused_by_decision(text):  # stop 47's cost: it passes, watched
        return
    verdict, categories = classify(text)
    assert verdict != "pass" and "ad" in categories, (text, categories)
