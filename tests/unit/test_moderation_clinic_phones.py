"""A hospital's landline passed on, and the hospital ad that borrows its shape (stop 37,
``_office_phone`` in ``streams/detect/moderation.py``).

A member who passes on a hospital's or clinic's landline named as such (市妇幼的咨询电话是
0371-…) gives the group a desk's number, not a channel to a seller.  The name alone used to
excuse the number, so the oldest ad of Chinese groups, a private hospital's treatments and a
"registration" line (仁爱医院预约电话 0571-…，银屑病白斑腋臭，有需要的打), passed whatever it
sold: a white-box review wrote 506 such ads and the shipped code let 494 of them through.  Now
the number is excused only when nothing is sold beside it: no price or sale, no commercial cue
but the desk's own name (咨询电话); and a 科 that names a hospital (男科医院 · 眼科门诊部) is no
longer read as a public office's.  16 of the 506 still pass (a 服务中心 desk, a cue-less
price).

A clinic's cure claims (专治, 不复发, 断根, 三天见效) are commercial cues, a tout (代挂, 黄牛)
beside a notice's, a bureau's or an office's number is no longer excused either, and nor is any
desk's number beside a promotion (限时秒杀 · 半价抢购 · 先到先得).

Two reviews are kept in ``tests/data/stop37_clinic_review_lines.jsonl``: their ads (those that
still get through, strict xfails: a 服务中心 desk, a price or cure with no cue at all, a notice
heading, a vouch — a fresh reviewer's 245 ads in varied shapes left 105 of them through what
ships, none of which stop 36's code flagged) and their benign lines (a public hospital's number
with 有需要的…记一下 beside it reads as the ad does, so many are strict xfails: the price of
closing the door; of the labelled lines one member's tip, 宠物医院电话…有需要的可以存一下, pays
it).

Since stop 48 a cure promised anywhere in the message (见效 · 根治 · 治愈 · 包治 · 断根) keeps a
clinic's number an ad: four of the reviews' ads that got through are caught.  A wider desk name
(24小时 · 育儿 · 热线: 市妇幼24小时咨询热线…) was tried with it and withdrawn after its review
put 67 of 80 clinic and museum ads through (``tests/data/stop48_review_lines.jsonl``).
"""

from __future__ import annotations

import pytest
from moderation_cases import assert_flags, assert_passes, review_case_id, review_cases

# Labelled benign lines the excuse must keep passing (holdouts 14, 16, 28, 35, 62 …: the
# desk's name is the only cue beside the number).
DESKS_PASSED_ON = [
    "我们市儿童医院药学门诊咨询电话 0371-85515678，药怎么吃拿不准可以打过去问",
    "药房咨询电话是0735-4218860，病人问的话直接告诉他们这个座机",
    "体检在市第一人民医院，咨询电话0571-87065701，记得空腹去",
    "看病一定要去正规医院，我们这儿市妇幼的咨询电话是 0371-65978120，周末也有人接",
    "市中医院预约挂号电话0755-83366388，李主任周四上午坐诊",
    # the label ending in a full-width colon, as typed on a phone (the fresh review's)
    "儿童医院咨询电话：0571-87061122，发烧门诊开不开可以问",
]
# Written for these tests: the same desk names beside a sale.
HOSPITAL_ADS = [
    "仁爱医院预约电话 0571-86651234，银屑病白斑腋臭，有需要的打",
    "博爱医院咨询电话 0571-86651234，无痛人流只要299",
    "美莱医院挂号电话021-64561234，双眼皮隆鼻玻尿酸，感兴趣的姐妹打",
    "口腔诊所电话 0755-26631234，种植牙可分期，有需要的打",
    # a cure claimed is a sale (ad cues 2026.12.18) ...
    "仁爱医院咨询电话 0571-88886666，专治前列腺炎，三天见效，不复发",
    # ... and a tout beside an office's or a bureau's number is a tout's
    "医务处电话 0571-86771155，专家号代挂，有需要的联系",
    "医院办公室电话 15012345678，专家号代挂，有需要联系",
    # ... and a promotion beside any desk's number excuses nothing
    "温馨提示：本院口腔种植牙限时秒杀，免费拍CT，预约电话0571-86119922",
    "牙科门诊电话 0571-86224455，全口种植牙半价抢购，有需要的打",
]


@pytest.mark.parametrize("text", DESKS_PASSED_ON)
def test_a_hospitals_landline_passed_on_is_no_ad(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize("text", HOSPITAL_ADS)
def test_a_hospital_ad_with_its_desk_landline_stays_an_ad(text: str) -> None:
    assert_flags(text, "ad")


@pytest.mark.parametrize("line", review_cases("stop37_clinic_review_lines.jsonl", "attack",
                                              through="a hospital ad another desk reading excuses"),
                         ids=review_case_id)
def test_the_reviews_hospital_ads_stay_ads(line: dict[str, str]) -> None:
    assert_flags(line["text"], "ad")


@pytest.mark.parametrize("line", review_cases("stop37_clinic_review_lines.jsonl", "benign"),
                         ids=review_case_id)
def test_the_reviews_benign_lines_pass(line: dict[str, str]) -> None:
    assert_passes(line["text"])
