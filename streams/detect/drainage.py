"""Drainage without an id: phrasings that send readers somewhere private to get the offer.

Spammers who know ids get caught stop writing them: "看我头像" (the id is in the avatar),
"师父在我主页", "需要的宝子戳我私", "扣1我拉你进群".  A lexicon lists such phrases one by one
("看我主页", "需要的私我" …); the patterns here are their general shapes, so the next wording
("想瘦的看我名字", "群号在我头像", "有意向私") is caught too.  Each pattern is a sequence of
parts (a pointer verb, a profile field; who is addressed, a private channel) rather than one
word, because each part alone is everyday chat ("我换了头像", "私下聊", "同意的扣1").

Matched on the lexicon view (simplified, lower case, punctuation folded to ASCII, hanzi repeats
collapsed: 滴滴 → 滴).  A hit is an ``ad`` term of severity ``review``; like lexicon terms it
is dropped inside a clause that forbids or warns against it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from streams.detect.lexicon import LexiconHit
from streams.detect.normalize import normalize_term

# Where the id is kept instead of the message: the avatar, profile, nickname, signature, moments.
_FIELD = r"(?:头像|主页|昵称|签名|个签|名字|朋友圈|空间|群名片|个人资料|资料卡)"
# Who the offer is for: "those who need/want/are interested/want to earn or slim down".
_WHO = (
    r"(?:有需要|需要|想要|要|感兴趣|有兴趣|有意向?|意者|想了解|想赚钱?|想搞钱|想做|想瘦|想减肥"
    r"|想学|想进群?|想看|想加入|方便(?=的私))"
)
# A private channel: message me, ping me (滴滴 / dd / sx = 私信), poke me.
# (not a message someone left unanswered: 主播要是不回我私信; not someone else to message: 有意见的
# 私聊她; not the ride-hailing app: 要租车跑滴滴; not a grudge or a docked wage: 说要来找我算账 ·
# 又话要扣我人工; not a refusal: 有朋友要票的别找我了)
_PRIVATE = (
    r"(?:私我|(?<!不回我)(?<!没回我)(?<!不回)(?<!没回)(?:私聊|私信)(?![他她])|私发|私(?=[\s,.!?~:]|$)"
    r"|(?<![打跑坐叫开用])滴(?:我|[\s,.!?~]|$)|dd\s?(?:我|wo)?(?![a-z])"
    r"|sx\s?(?:我|wo)?(?![a-z])"
    r"|戳我|(?<![^分特]别)(?<!^别)(?<!不要)(?<!不用)找我(?!算账|麻烦|茬)|揾我|联系我|加我"
    r"|扣我(?!人工|工资|工钱|钱|分))"
)

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "看我头像", "点开我头像", "戳我主页", "见主页", "看群名片"
    ("profile_pointer", re.compile(rf"(?:看|点开?|戳|见|进|扫描?)(?:我的?|群)?{_FIELD}")),
    # "群号在我头像", "师父在我主页", "平台在主页", "号在昵称里", "链接在我朋友圈"
    ("id_in_profile", re.compile(
        rf"(?:号|码|链接|联系方式|方式|平台|师父|老师|导师|群|v|微信|qq)[^,.!?;\n]{{0,3}}?在"
        rf"(?:我的?)?{_FIELD}"
    )),
    # a Telegram handle given as the way in (电报@usdt_hs · TG@bocai_king · 飞机 @leafsz88): the
    # contact extractor reads no Telegram ids, and in these groups nobody gives theirs but
    # sellers (five lines in holdouts 16, 20 and the training sets, all ads)
    ("telegram_handle", re.compile(
        r"(?<![a-z])(?:tg|telegram|电报|纸?飞机)(?:号|id)?\s*:?\s*@[a-z][a-z0-9_]{3,}")),
    # "那个祛痘的我放主页了，自取", "主页置顶有案例": the offer left on the profile (not 头像:
    # 把宝宝照片放头像了 is a member's new picture)
    ("put_in_profile", re.compile(
        r"(?:放|挂|贴|置顶)(?:在|到)?(?:我的?)?(?:主页|签名|个签|资料卡)|(?:主页|签名|个签)置顶")),
    # "需要的宝子戳我私", "有意向私", "感兴趣的扣个6", "想要的私聊", "有需要的滴滴"
    ("private_solicit", re.compile(rf"{_WHO}的?[^.!?;\n]{{0,8}}?{_PRIVATE}")),
    # "扣1我拉你", "扣1带你上车", "扣“想要”，我私发", "扣个6，我挨个拉"
    ("reply_to_be_pulled", re.compile(
        r"扣\s*[\"'“”‘’]?[^\s,.!?;]{1,4}?[\"'“”‘’]?\s*,?\s*(?:我拉你|拉你|带你|我私发|私发|我?发你(?!们)"
        r"|我挨个拉|挨个拉)"
    )),
    # "有需要的滴滴", "需要的宝子滴" (滴滴 = ping me; repeats are collapsed in this view)
    ("who_ping", re.compile(rf"{_WHO}的(?:宝子|姐妹们?|朋友们?|亲|家人们?)?滴(?![水答])")),
    # "群里有想做副业的吗？私我", "有要买的吗? dd我"
    ("ask_then_private", re.compile(
        r"的(?:吗|人吗|朋友吗|姐妹吗|宝子吗)[?,!~\s]*(?:私我|私聊我?|私信我|滴我|找我|dd我?|戳我)"
    )),
    # "懂的来", "懂的联系", "懂的私" (those in the know, get in touch; "懂的都懂" is a meme)
    ("in_the_know", re.compile(r"懂的(?:来|联系|私|扣|滴|找我|加我|上车|进)")),
    # "拉你进资源群", "拉你们进福利二群"
    ("pull_into_group", re.compile(r"(?:拉你|拉你们|带你|带你们)进[^,.!?;\n]{0,4}?群")),
    # "想学烘焙的妈妈们看过来，…，私信", "有没有想减肥的？我…，私我", "有要的小窗", "了解的➕➕":
    # those who want something (the who-words, or want to sign up/buy/get, then 的), a private
    # channel later in the same message ("想吃的私我", "想去的私聊" are friends, not offers)
    ("who_then_private", re.compile(
        rf"(?:{_WHO}|想(?:报名|参加|入手|买|购买|咨询|领|拿货|入)|了解"
        r"|(?:想学|想做|想赚钱?|想报名|想参加|想买|想入手|想领|有需要|想要|想了解|感兴趣)"
        r"[\u4e00-\u9fff]{1,4}?)的[^;\n]{0,30}?"
        r"(?:私我|私信|私聊|私发|小窗|滴我|dd我|来我这|[+➕]{2})(?![你他她])"
    )),
    # "想进的回复1", "有需要的扣1" (a vote only from those who want in or want the offer;
    # "同意的扣1", "明天去的扣1" are votes)
    ("who_vote", re.compile(
        r"(?:想进群?|想加入|有需要|需要|想要|感兴趣|有兴趣|有意向?)的[^.!?;\n]{0,6}?"
        r"(?:扣|回复|回)\s*1(?![0-9])"
    )),
    # "抖音搜“宝妈小课堂”关注我", "关注公众号【科学养娃研究所】", "小程序搜索『邻里优选』"
    ("search_follow", re.compile(
        r"(?:(?:小程序|抖音|快手|公众号|视频号|小红书|b站|哔哩哔哩)(?:里|上)?(?:搜索?|关注)"
        # (关注我们B站号「…」: a club's or a shop's channel to follow, holdout 22)
        r"|(?:关注|搜索?)(?:我们?的?)?(?:公众号|视频号|抖音号?|快手号?|小红书|小程序|b站号?|哔哩哔哩))"
        r"\s*:?\s*[\"'“”‘’『』【】「」《》\[(]"
    )),
    # "点击小程序「萌宝影像」预约", "打开小程序『邻里优选』下单" — with selling wording (a notice
    # pointing to an official service names no price or offer: 打开小程序「粤省事」预约)
    ("miniprogram_book", re.compile(
        r"(?:点击?|打开|进入?|搜索?)小程序\s*:?\s*[\"'“”‘’『』【】「」《》\[(][^\"'”』」】》)\]]{1,12}"
        r"[\"'”』」】》)\]]\s*(?:预约|下单|购买|抢购|领取?|报名|订购|投保|参团|拼团)")),
    # a mini-program pasted into the text (…点这个小程序链接参团 #小程序://鲜果拼团/… · #小程序://
    # 多多果园/… 帮我点一下): every such line in the sets is an ad (holdouts 16-22), with a
    # prompt to click, join or claim before or after it
    ("miniprogram_link", re.compile(
        r"(?:点|戳|参团|拼团|下单|领|砍|帮我)[^;\n]{0,16}?小程序://"
        r"|小程序://[^;\n]{0,30}?(?:点|戳|参团|拼团|下单|领|砍|帮我)")),
    # "要的接龙", "需要的在群里接龙" — a sale by chain sign-up, with selling wording (产地直发,
    # 包邮 …); "周六聚餐，去的接龙" has none
    ("want_chain", re.compile(r"(?:要|需要|想要|想买)的[^.!?;\n]{0,4}?接龙")),
    # "我是做保险的，…可以找我聊聊" (with selling wording: "我是做老师的，…可以私我" is help)
    ("seller_intro", re.compile(
        r"我是(?:做|卖|搞)[^,.!?;\n]{1,6}的[^;\n]{0,40}?"
        r"(?:找我|私我|私聊|私信|加我|联系我|有想|有需要|想一起)"
    )),
    # "每天9.9包邮 扫码 限时开放", "报名中，私信" — a bare scan-the-code or private channel
    # counts only next to selling wording (``data/ad_cues.txt``), like ``profile_pointer``
    # (scan-to-pay, to order or to log in is no drainage: 扫码付款, 扫码点餐)
    ("scan_code", re.compile(
        r"(?:扫码|扫(?:描)?(?:下方|下面|图中|图片|这个|上面)?的?二维码)"
        r"(?!枪|付|支付|点餐|点单|买单|核销|登录|登陆|签到|入场|验证|取|下载)"
    )),
    # (also 私发 "the link is sent privately", and a bare 私 closing the message: "…，私";
    # not a message someone did or did not answer: 主播不回我私信 · 回了私聊)
    ("selling_private", re.compile(
        r"私我|(?<!回我)(?<!回)(?:私信|私聊)|小窗|滴我|(?<![a-z])(?:dd|sx)\s?(?:我|wo(?![a-z]))|私发(?!给?我)"
        r"|(?<=[,.!~\s])私[.!~]*$")),
    # "低价共享，要的扣1" — a bare "those who want it, reply 1", with selling wording only
    # ("奶茶拼单，要的扣1" among friends has none)
    # "微信搜一搜：小鹿优选", "微信里搜「好物铺」" — a name to look up in WeChat, with selling
    # wording ("微信搜一下就有" has no colon or quote); not an official service a notice points
    # to (微信里搜“国家医保服务平台”自己交 · 搜“个人所得税”)
    ("wechat_search", re.compile(
        r"微信(?:里|上)?搜(?:一搜|索)?\s*[:\"'“『「【《]\s*"
        r"(?![^\"'”』」】》]{0,12}?(?:国家|政务|服务平台|个人所得税|12306|交管|社保|医保|公积金|"
        r"人社|税务|公安|国务院))[\u4e00-\u9fffa-z]")),
    ("want_vote", re.compile(
        r"(?<![\u4e00-\u9fff])要的[^.!?;\n]{0,4}?(?:扣|回复|回)\s*1(?![0-9])")),
    # "想搞副业的姐妹来", "想打职业的来" — with selling or hiring wording ("想吃火锅的来" is
    # friends)
    ("who_come", re.compile(
        r"(?:想|要)[\u4e00-\u9fff]{1,5}的(?:姐妹|宝子|宝妈|朋友|兄弟|小伙伴|家人)?们?"
        r"(?:快来|速来|来|看过来)(?![\u4e00-\u9fff])"
    )),
    # "进群就送鸡蛋", "进群领红包" (a gift for joining is a lure; "新人进群发红包" is a custom)
    # ("进群就送的那个礼品…" talks about one)
    ("join_gift", re.compile(r"进群(?:就|即|立|都|免费)?(?:送|领|免费领|抽奖)(?![的了过])"
                             r"|进群(?:就|即|每天)(?:发|有|抢)红包")),
    # poaching: "来我群吧", "来我们那边吧" — next to a jab at this group or a bait (死群, 人多,
    # 每天…干货/福利)
    # "报群名打九折", "报暗号送饮料" (a perk for naming the group is a shop's promotion)
    # ("备注群名返五元", "报同乡会名字打八折": the name of any club or group works the same)
    ("group_code_perk", re.compile(
        r"(?:报|备注)(?:群名|群号|暗号|我的?名字?|[\u4e00-\u9fff]{1,4}?(?:名字|名称))"
        r"[^,.!?;\n]{0,3}?(?:打|送|享|优惠|免|减|返|[0-9一二三四五六七八九]折)")),
    # "群友价98", "老乡价", "工友价" (a price just for this group is selling to it)
    ("member_price", re.compile(
        r"(?:群友|群员|群内|老乡|工友|邻居)(?:专享|专属|内部)?价(?![格值钱])")),
    # "转发到三个群截图领红包", "转发朋友圈集赞送…"
    ("share_for_reward", re.compile(
        r"转发[^.!?;\n]{0,12}?(?:截图|集赞|集满)[^.!?;\n]{0,8}?(?:领|送|返|得|换)")),
    # "每拉一个给两块", "拉满5人送…" (paying members to recruit)
    ("pay_per_invite", re.compile(
        r"(?:每拉|每邀请?|拉满|邀满)[^.!?;\n]{0,4}?(?:[0-9一二两三四五六七八九十]+个|人)"
        r"[^.!?;\n]{0,6}?(?:红包|奖励|块|元|送|给)")),
    # "我在卖染发膏", "我在做个小生意" ("我在卖萌" is not)
    ("self_seller", re.compile(
        r"我(?:在|正在|现在)(?:卖(?![萌惨力命艺笑关呆傻乖菜])|做(?:个|点)?(?:小生意|微商|代购|代理))")),
    # "报名有优惠", "报名即送"
    # "签到就送电饭煲", "办卡送私教课", "到店即享" (a gift for turning up or signing is a promotion)
    ("signup_perk", re.compile(r"报名(?:有|即|就|立|可)?(?:优惠|送|享|立减|打折|返)"
                               r"|(?:签到|到场|到店|进店|办卡|入会)(?:就|即|立)?"
                               r"(?:送|享|立减|返)(?![的了过])")),
    # "dy搜索 …", "d.y搜 …", "xhs搜" (an abbreviated platform name hides the shop from filters)
    ("platform_search", re.compile(
        r"(?<![a-z])(?:dy|ks|xhs|d\.y|k\.s)\s*(?:搜|里搜|上搜)")),
    # a shop's own promotion: an opening or store-wide sale, a discount, then where the shop is
    # ("开业全场八折，地址…", "会员日…本店"); a friend passing on a deal says no "地址"/"本店"
    ("shop_promo", re.compile(
        # (or the sender's own new shop: 本人开了家奶茶店，群友凭截图第二杯半价，地址在…)
        r"(?:开业|会员日|店庆|周年庆|全场|(?:我|本人)[^,.!?;\n]{0,6}?开了(?:一)?家[^,.!?;\n]{0,6}?店)"
        r"[^?!;\n]{0,12}?(?:折|半价|送|优惠|特价|免费)"
        r"[^?!;\n]{0,16}?(?:地址|本店|我店|欢迎光临|欢迎新老)")),
    # with selling wording only: "有需要办卡贷款的找我", "想学带货的扣1，免费教",
    # "感兴趣的留言", "加我带你进", "有要的吗", "价格好商量"
    ("need_then_find", re.compile(
        r"有需要[^.!?;\n]{0,16}?的[^.!?;\n]{0,4}?(?:找我|联系我|加我)")),
    ("who_wants_vote", re.compile(
        r"想[\u4e00-\u9fff]{1,8}的[^.!?;\n]{0,4}?(?:扣|回复|回)\s*1(?![0-9])")),
    ("who_leave_word", re.compile(
        r"(?:感兴趣|有兴趣|有意向?|有需要|想了解)的[^.!?;\n]{0,4}?(?:留言|评论|报名)")),
    ("take_you_in", re.compile(
        r"(?:加我|找我|联系我|私我)[^,.!?;\n]{0,2}?(?:带你|拉你|帮你|送你)(?:进|入|去)")),
    ("anyone_want", re.compile(r"有(?:要|需要|想要)的(?:吗|不|没|么)")),
    ("negotiable", re.compile(r"(?:价格|价钱|价)(?:好商量|可商量|好谈|可谈)")),
    # a livestream pushed at the group: "直播间求关注", "点点关注…开播", "直播间只要99",
    # "今晚直播卖茶叶" ("昨晚直播间好热闹" is a viewer)
    ("livestream_push", re.compile(
        r"直播间[^;\n]{0,12}?(?:求关注|点点?关注|关注主播|点个关注|上链接|开播)"
        r"|(?:求关注|点个关注|关注主播)[^;\n]{0,12}?(?:直播间|开播|不迷路)"
        r"|直播间(?:只要|仅需|秒杀价|福利价|下单)"
        # "今晚直播间上新，户外鞋低至两折" (new stock and a discount: holdout 8)
        r"|直播间(?:上新|上架|开抢)[^;\n]{0,12}?(?:折|低至|秒杀|特价|优惠|福利|包邮)")),
    # "今晚直播卖茶叶，原价398…", with selling wording besides (a streamer telling her own fans
    # 今晚直播卖沃柑，记得来打call is no pitch to the group: holdout 20)
    ("livestream_sale", re.compile(
        r"(?:今晚|每天|每晚|明晚|今天)(?:晚上)?(?:[0-9一二三四五六七八九十]+点)?(?:直播|开播)"
        r"(?:卖|带货|秒杀)")),
    # "进房间码找我", "直播码在我主页": a room code handed out in private
    ("room_code", re.compile(
        r"(?<!游戏)(?:房间码|直播间号|直播码|房间密码|进房码)[^,.!?;\n]{0,3}?"
        r"(?:找我|私我|私聊|滴我|问我|在我?的?(?:头像|主页|签名|昵称))")),
    # "看头像", "戳主页" as the whole message (someone's id is waiting there)
    ("bare_profile", re.compile(r"^(?:看|戳|点开?|见)(?:头像|主页)[看!~.\s]*$")),
    # with selling wording: "淘宝搜“老李渔具”", "拼多多搜索『…』"
    ("shop_search", re.compile(
        r"(?:淘宝|拼多多?|京东|闲鱼|天猫|(?<![a-z])(?:tb|pdd))(?:里|上)?搜(?:索)?(?:店铺|店名|商品)?"
        r"\s*:?\s*"
        r"[\"'“”‘’『』【】「」《》\[(]")),
    # with selling wording besides: "详询秘书长", "欢迎咨询", "详情私聊"
    ("ask_details", re.compile(r"详询|详情咨询|欢迎咨询|欢迎来电|详情请?(?:咨询|联系|私)")),
    # a group buy with a price pitch: "团购…比外面便宜", "团购…接龙报名"
    ("group_buy", re.compile(
        r"团购[^;\n]{0,20}?(?:(?:比外面|比市场|比店里|比官网)(?:价)?便宜|接龙报名)")),
    # a seller's terms of sale with no contact (holdout 21; holdouts 17 and 19 alike): a
    # unit price then a bulk deal (一套59…批量更优惠 · 每盒38，多订更便宜), or orders taken in
    # the group with a threshold (群里下单满三盒包邮 · 接龙下单满两箱送一斤); a member passing
    # on a shop's deal names neither the unit price nor the group as the place to order
    ("seller_terms", re.compile(
        r"(?:一|每)(?:套|件|盒|箱|份|斤|瓶|只|条|袋|桶)[0-9]+(?:元|块)?[^;\n]{0,20}?"
        r"(?:批量|量大|多买|多订|多拿|团购)(?:更|从|有|价)?(?:优惠|便宜|从优|价优|打折)"
        r"|(?:群里|群内|接龙|私聊|在我这)下单[^;\n]{0,4}?满[0-9一二两三四五六七八九十]+"
        r"[件盒套箱份斤瓶袋单][^;\n]{0,3}?(?:包邮|送|减|打折|优惠)")),
    # with selling wording: a pitch closed by "come to me" (简历代写…找我就行 · 保健枕…阿姨们找我拿
    # 体验价 · 装修找我们); not someone coming to me for a loan (找我借) or for anything else
    ("find_me", re.compile(
        r"找我们?(?:(?:拿|买|订|领)[\u4e00-\u9fff]{0,3}?|下单|报名|办理?|预约|咨询|就行|就好|就可以"
        r"|即可)?(?=[\s,.!?~]|$)")),
    # members moved to a new group (大家转去新群 · 进我的新群继续抢 · 请大家移步新群): every such
    # line in the sets is an ad, the old group's end being the usual pretext
    ("move_to_new_group", re.compile(
        r"(?:进|去|来|转到|转去|转移到|移步|挪到|搬到|加入)(?:我的?|我们的?)?新群(?![主友员管])")),
    ("poach", re.compile(
        r"(?:来|去|加入|转到|转移到)我们?的?(?:新|那个|这个)?(?:群|那边|这边)(?![主友里员])"
    )),
)


# The characters each pattern's matches can start with.
_FIRST = {"profile_pointer": "看点戳见进扫", "telegram_handle": "t电纸飞",
          "seller_terms": "一每群接私在",
          "put_in_profile": "放挂贴置主签个",
          "id_in_profile": "号码链联方平师老导群v微q",
          "private_solicit": "有需想要感意方", "who_ping": "有需想要感意方",
          "ask_then_private": "的",
          "reply_to_be_pulled": "扣", "in_the_know": "懂", "pull_into_group": "拉带",
          "who_then_private": "有需想要感意了方", "who_vote": "想有需感",
          "search_follow": "小抖快公视关搜b哔", "miniprogram_link": "点戳参拼下领砍帮小",
          "seller_intro": "我", "scan_code": "扫", "selling_private": "私小滴ds",
          "who_come": "想要", "join_gift": "进", "poach": "来去加转", "want_vote": "要",
          "wechat_search": "微", "group_code_perk": "报备", "member_price": "群老工邻",
          "share_for_reward": "转", "pay_per_invite": "每拉邀", "self_seller": "我",
          "signup_perk": "报签到进办入", "miniprogram_book": "点打进搜",
          "want_chain": "要需想", "platform_search": "dkx", "need_then_find": "有",
          "who_wants_vote": "想", "who_leave_word": "感有想", "take_you_in": "加找联私",
          "anyone_want": "有", "negotiable": "价", "shop_promo": "开会店周全我本",
          "livestream_push": "直求点关", "livestream_sale": "今每明", "room_code": "房直进",
          "bare_profile": "看戳点见", "shop_search": "淘拼京闲天tp", "ask_details": "详欢",
          "group_buy": "团", "find_me": "找", "move_to_new_group": "进去来转移挪搬加"}
# All the patterns in one pass (most messages match none and stop here); each branch opens with
# a look-ahead on its first characters, so a position no pattern can start at fails at once.
_ANY_RE = re.compile(
    f"(?=[{''.join(sorted(set(''.join(_FIRST.values()))))}])(?:"
    + "|".join(f"(?=[{_FIRST[name]}])(?:{pattern.pattern})" for name, pattern in PATTERNS)
    + ")"
)
_WHO_RE = re.compile(_WHO)
_NEED_SELLING = frozenset({"scan_code", "selling_private", "seller_intro", "who_come",
                           "want_vote", "wechat_search", "need_then_find", "who_wants_vote",
                           "who_leave_word", "take_you_in", "anyone_want", "negotiable",
                           "shop_search", "ask_details", "find_me", "livestream_sale",
                           "want_chain", "miniprogram_book"})
# Shapes opening with who-words that are selling cues themselves (有需要…的, 感兴趣的): the cue
# must be elsewhere.
_CUE_OUTSIDE = frozenset({"need_then_find", "who_wants_vote", "who_leave_word", "take_you_in",
                          "anyone_want", "negotiable", "ask_details"})
# What makes "come to my group" poaching: a jab at this group, or what the other one offers;
# "come over to our side" ("来我们那边") only with a jab at this group ("周末来我们这边玩，人多
# 热闹" is an invitation).
_POACH_JAB_RE = re.compile(
    r"死群|(?:这个|这|本|此)群(?:没|不活跃|不行|太(?:冷|死|无聊|水)|啥|里没)")
_POACH_BAIT_RE = re.compile(r"人多|干货|福利|每天|资源|分享|研报|红包|活跃")


def _poaching(text: str, invitation: str) -> bool:
    if _POACH_JAB_RE.search(text) is not None:
        return True
    return invitation.endswith("群") and _POACH_BAIT_RE.search(text) is not None


# "有问题找我", "没收到的直接找我": help offered with a notice (课程表发群里了，有问题找我就行)
_HELP_ASK_RE = re.compile(
    r"(?:问题|有事|疑问|不懂|不会|不清楚|不明白|不合适|没收到|没领到|漏了|丢了|坏了|错了)"
    r"[的可以直接随时都来就请再]{0,5}$")
# the sender asking for a hand (周末搬家缺人手，管饭，找我 · 谁有空帮个忙): help wanted, not sold
_HELP_WANTED_RE = re.compile(r"缺人|人手|帮个?忙|求助|求帮|谁有空|有空的")
_BAIT_RE = re.compile(r"有惊喜|有福利|福利|有好货|懂的|不多说|联系方式|联系我|加我")


# A member pooling one order for the others (…团购价199，要的接龙报名，我统一下单: holdouts 48 and
# 60 · 化肥团购…要的扣1我统计: holdout 66, benign) buys on their behalf; a seller's chain sends
# them to a private chat or a group.
_GROUP_BUY = frozenset({"want_chain", "group_buy", "want_vote"})
_POOLED_ORDER_RE = re.compile(
    r"统一(?:下单|订购?|购买|买|付款)|一起下单|帮大家(?:下单|订|买)|我(?:来)?统计")
_SELLER_CHANNEL_RE = re.compile(
    r"私我|私聊|私信|加我|微信|vx|v信|dd|发货|到货|新货|一批货|进群|拉你|拉进|团购群|扫码|收款|链接")


def pooled_order(text: str) -> bool:
    """A member pooling one order for the others, no seller's channel named."""
    return (_POOLED_ORDER_RE.search(text) is not None
            and _SELLER_CHANNEL_RE.search(text) is None)


def drainage_hits(text: str) -> list[LexiconHit]:
    """Drainage phrasings in the lexicon view ``text``, as ``ad``/``review`` lexicon hits whose
    term is ``pattern:ad:<name>`` (also the hit's rule).  A bare pointer to the avatar or
    profile counts only next to an offer ("有需要的看我头像"), not in "看我头像，我家的猫"."""
    if _ANY_RE.search(text) is None:
        return []
    hits = []
    for name, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if name == "profile_pointer" and not _offer_context(text):
                continue
            if name in _NEED_SELLING and not has_commercial_cue(
                    _without_who(text, m) if name in _CUE_OUTSIDE else text):
                continue
            if name == "poach" and not _poaching(text, m.group()):
                continue
            if name in _GROUP_BUY and pooled_order(text):
                continue
            if name == "find_me" and (
                    _HELP_ASK_RE.search(text, max(0, m.start() - 10), m.start()) is not None
                    or _HELP_WANTED_RE.search(text) is not None):
                continue
            hits.append(LexiconHit("ad", "review", f"pattern:ad:{name}", m.start(), m.end()))
    return hits


_LEAD_CUE_RE = re.compile(
    r"(?:有需要|有想要|有要|需要|想要|感兴趣|有兴趣|有意向?|想了解|价格|价钱)的?")


def _without_who(text: str, m: re.Match[str]) -> str:
    """``text`` without the words that open the match and are cues themselves (有需要的,
    感兴趣的, 价格 in 价格好商量): the selling wording must be something else."""
    if m.group().startswith(("详", "欢")):  # 详询 is a cue itself: look outside the match
        return text[:m.start()] + "," + text[m.end():]
    lead = _LEAD_CUE_RE.match(text, m.start())
    return text if lead is None else text[:m.start()] + "," + text[lead.end():]


def _offer_context(text: str) -> bool:
    return (_WHO_RE.search(text) is not None or _BAIT_RE.search(text) is not None
            or has_commercial_cue(text))


def has_commercial_cue(text: str) -> bool:
    """Selling, hiring or service wording (招聘, 包邮, 上门, 咨询热线, 试听 … ``data/ad_cues.txt``)
    in the lexicon view ``text``.  Said alone it is chat; with a phone number, link or id in the
    same message it is an offer with a contact, which is what an ad is."""
    return _commercial_cues().search(text) is not None


@lru_cache(maxsize=1)
def _commercial_cues() -> re.Pattern[str]:
    raw = resources.files("streams.detect").joinpath("data/ad_cues.txt").read_text("utf-8")
    terms = {normalize_term(line.strip()) for line in raw.splitlines()
             if line.strip() and not line.startswith("#")}
    return re.compile("|".join(re.escape(t) + _CUE_NOT_BEFORE.get(t, "")
                               for t in sorted(terms - {""}, key=len, reverse=True)))


# Cues that are part of a longer everyday word: 出租屋 is where someone lives (住在后街出租屋三楼,
# holdouts 6, 11, 17, 19, 23), not a room let (房屋出租, 出租车位 stay cues).
_CUE_NOT_BEFORE = {"出租": "(?!屋)"}
