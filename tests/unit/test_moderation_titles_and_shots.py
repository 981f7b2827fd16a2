"""A risky word that names a work or a price, not what the member says or does (stop 28, the
benign lines of holdouts 9, 16, 23, 52, 182 and 184): a word inside a 《title》, a film's shot
judged, a price falling like a leap."""

from __future__ import annotations

import pytest
from moderation_cases import assert_flagged, assert_passes


@pytest.mark.parametrize("text", [
    "看《滚蛋吧！肿瘤君》哭成狗，熊顿真的太勇敢了",
    "《滚蛋吧！肿瘤君》你们看过吗，我看一次哭一次",
    "《我想死，但我想吃辣炒年糕》这本店里有吗？朋友推荐的",
    "《鸟人》那部电影看过没，最后那段跳楼的镜头好震撼",
    "这两天核桃价跌得跟跳楼一样，三块都不到了",
])
def test_titles_shots_and_falling_prices_pass(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", [
    "你给我滚蛋《滚蛋》",  # the word said outside the title too
    "我今晚就去跳楼，《遗书》写好了",
    "《杀了你》这本书私聊我买",  # a title beside a "message me"
    "电影里那个跳楼的镜头让我也想跳",  # the reader's own wish
    "我真想像跳楼一样从这里跳下去",  # the allowlisted phrase beside the act
])
def test_a_title_a_shot_or_a_price_does_not_cover_what_is_said_beside_it(text: str) -> None:
    assert_flagged(text)


# Stop 28's white-box review of the three rules: abuse, threats and a member's own plan put in
# 《》, dressed as a film's shot or as "like a leap", each flagged before the rules and let
# through by their first version.
REVIEW_28 = [
    "@王磊 你就是个《傻逼》，群里谁不知道",
    "张伟你这种人就该去读读《你个废物》，好好照照镜子",
    "@刘芳 《贱人》说的就是你，别装了",
    "李强，《我知道你住哪》，明晚等着",
    "姓陈的你给我等着，《砍死你》不是说着玩的",
    "@赵敏 《去死吧》送给你，全群都烦你",
    "老周你个《狗东西》，欠钱不还还有脸在群里说话",
    "《不想活了》，今晚就去天台，谢谢大家这些年",
    "最后一条了，《活不下去了》，别来找",
    "刘总你记住，《血债血偿》，你家孩子几点放学我都知道",
    "@孙浩 《你死定了》，下班别走",
    "王八……不，给你推荐本书《你就是个王八蛋》",
    "《想死》，这个月房贷又还不上了，药都准备好了",
    "姓刘的欠钱不还，下周带人去他店里，演一出电影里拿刀砍的镜头",
    "各位别劝了，今晚天台上就是电影最后跳楼的镜头，谢谢这一年大家的照顾",
    "明早八点公司楼顶见，给老板拍一个跳楼的镜头，跟电影一样，谁也别拦",
    "这日子过不下去了，今晚就去江边，跳河的镜头电影里看过很多次了",
    "王强你等着，那部电影捅死人的镜头，下周就在你身上来一遍",
    "老板再不发工资就去他办公室拍个放火烧的镜头，电影里那种",
    "高清无码岛国电影，镜头全程不打码，老司机上车",
    "岛国电影高清无码，每个镜头都很顶，五块一部",
    "岛国电影全集高清无码，镜头近到毛孔都看得清，老司机速度上车",
    "高清无码岛国电影，女演员镜头全程无遮挡，老司机上车",
    "岛国电影高清无码，每部都是特写镜头，需要的上车",
    "欠了八十万还不上，今晚就去公司顶楼，跟跳楼一样干脆，大家保重",
    "王磊你个骗子，我要把你推下天台，让你像跳楼一样摔死",
    "跟跳楼一样，十八楼，一秒钟的事，今晚就做个了断",
    "兄弟们别劝了，明天去三十层像跳楼一样飞一次，下辈子再做兄弟",
    "都别找了，十九楼，像跳楼一样一下就好，替我照顾好妈",
    "工资三个月没发，房租也交不起，明早去工地塔吊上，跟跳楼一样，让老板看看",
    "@小王 建议你去看看《你算什么东西》，说的就是你这种人",
    "群主赶紧把这个《人渣》踢了，看见他就恶心",
    "楼上的，《傻逼》《脑残》《废物一个》三连送给你",
    "给爸妈写好了《遗书》，放在床头柜第二个抽屉里，明天以后就不麻烦大家了",
    "陈老板，你家门牌号都查到了，《等着收尸》吧",
    "@周丽 你这个《绿茶婊》，勾引别人老公还有脸发朋友圈",
    "那个《死肥猪》又在群里带节奏了，大家别理他",
    "《滚出这个群》，说的就是你刘畅，没人欢迎你",
    "今晚把这些年的《遗书》都写完，楼顶风挺大的",
    "张总，你女儿在实验小学三年级二班吧，《撕票》这种事我干得出来",
    "今晚江边风大，跳河的镜头跟电影里一样，不用打捞了，谢谢大家",
    "天台门已经撬开了，跳楼的镜头电影里看过几十遍，今晚自己来一次",
    "药已经备齐了，电影结尾上吊的镜头也就几秒钟，妈对不起",
    "催收的天天打电话，明天在他们公司门口上演电影里泼汽油的镜头",
    "隔壁那家人再吵，找几个兄弟上门，演一个电影里打死他的镜头",
    "三楼那个《贱货》天天穿成那样在楼道晃，谁家的管管",
    "@王涛 你妈《不得好死》，你也一样",
    "今天是最后一天了，《一了百了》，卡里的钱留给女儿",
    "《割腕》其实没那么疼，刀片已经放在浴室了",
    "今晚江边风大，跳河的镜头好震撼，不用打捞了",  # a verdict word beside the plan
]


@pytest.mark.parametrize("text", REVIEW_28)
def test_the_reviews_attacks_through_titles_shots_and_leaps_stay_flagged(text: str) -> None:
    assert_flagged(text)
