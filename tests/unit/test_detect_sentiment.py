"""Sentiment scorer: behaviour on chat phenomena, accuracy floor, and hostile input."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detect.sentiment import (
    MAX_CHARS,
    Scorer,
    SentimentResult,
    analyse,
    label_of,
    score,
)

DATA = Path(__file__).resolve().parent.parent / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --- accuracy (a quality check on the labelled chat set, not a timed test) -----------------


def test_chat_set_is_big_and_labelled() -> None:
    rows = _rows("sentiment_chat.jsonl")
    assert len(rows) >= 400
    assert {r["label"] for r in rows} == {"positive", "negative", "neutral"}


def test_train_and_evaluation_sets_are_disjoint() -> None:
    chat = {r["text"] for r in _rows("sentiment_chat.jsonl")}
    train = {r["text"] for r in _rows("sentiment_train.jsonl")}
    assert not chat & train


def test_accuracy_floor_on_chat_set() -> None:
    """Positive vs negative, neutral excluded; a score of 0 (abstain) counts as wrong."""
    polar = [r for r in _rows("sentiment_chat.jsonl") if r["label"] != "neutral"]
    right = 0
    for row in polar:
        value = score(row["text"])
        right += (value > 0 and row["label"] == "positive") or (
            value < 0 and row["label"] == "negative"
        )
    assert right / len(polar) >= 0.80


def test_most_neutral_messages_stay_neutral() -> None:
    neutral = [r for r in _rows("sentiment_chat.jsonl") if r["label"] == "neutral"]
    kept = sum(analyse(r["text"]).label == "neutral" for r in neutral)
    assert kept / len(neutral) >= 0.75


# --- chat phenomena ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("这个真好用", "positive"),
        ("这个不好用", "negative"),
        ("不是很好", "negative"),
        ("一点都不贵", "positive"),
        ("虽然有点贵，但是真的好用", "positive"),
        ("东西不错，就是发货太慢了", "negative"),
        ("呵呵，服务真好", "negative"),
        ("笑死我了哈哈哈", "positive"),
        ("yyds", "positive"),
        ("无语", "negative"),
        ("客服不回，我要投诉", "negative"),
        ("质量差，要退货", "negative"),
        ("😡😡", "negative"),
        ("👍👍", "positive"),
        ("🙄", "negative"),
        ("(╯‵□′)╯︵┻━┻", "negative"),
        ("[强]", "positive"),
        ("明天几点集合？", "neutral"),
        ("这个好用吗？", "neutral"),
        ("", "neutral"),
    ],
)
def test_labels_of_typical_messages(text: str, label: str) -> None:
    assert analyse(text).label == label


def test_degree_adverbs_scale() -> None:
    assert score("非常好") > score("好") > score("有点好") > 0


def test_exclamation_intensifies() -> None:
    assert score("太差了！！！") < score("太差了") < 0


def test_negated_complaint_is_only_mildly_positive() -> None:
    assert 0 < score("不差") < score("好")


def test_contrast_weighs_the_second_clause() -> None:
    assert score("很好，但是很贵") < 0 < score("很贵，但是很好")


def test_evidence_names_the_words() -> None:
    result = analyse("这个客服太垃圾了😡")
    assert isinstance(result, SentimentResult)
    assert "垃圾" in result.evidence and "😡" in result.evidence


def test_label_of_band() -> None:
    assert label_of(0.0) == "neutral"
    assert label_of(0.9) == "positive"
    assert label_of(-0.9) == "negative"


# --- pluggable lexicon --------------------------------------------------------------------


def test_from_files_uses_another_lexicon(tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon.tsv"
    lexicon.write_text("# custom\n喵喵\t2.0\n汪汪\t-2.0\n", encoding="utf-8")
    custom = Scorer.from_files(lexicon=lexicon)
    assert custom.score("喵喵") > 0.5
    assert custom.score("汪汪") < -0.5
    assert custom.score("垃圾") == 0.0  # the bundled words are gone, not merged
    assert custom.score("不喵喵") < 0  # negators still come from the bundled file


def test_bundled_data_is_a_package_resource() -> None:
    data = resources.files("streams.detect").joinpath("sentiment_data")
    for name in ("lexicon.tsv", "negators.txt", "degree.tsv", "contrast.txt", "emoji.tsv"):
        assert data.joinpath(name).is_file()
    assert data.joinpath("PROVENANCE.md").is_file()


# --- hostile input never raises -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\x01\x02\x1b[31m",
        "\ud800",
        "好\udfff坏\ud83d",
        "！" * 10_000,
        "？" * 10_000,
        "垃圾" * 500_000,
        "[" * 1000 + "]" * 1000,
        "\u200b\u200d\ufeff",
        "😂" * 5000,
        "a" * 1_000_000,
    ],
)
def test_bad_input_scores_in_range(text: str) -> None:
    value = score(text)
    assert -1.0 <= value <= 1.0
    assert analyse(text).score == value


def test_non_string_input_scores_zero() -> None:
    assert score(None) == 0.0  # type: ignore[arg-type]  # untyped callers exist upstream
    assert score(b"\xff") == 0.0  # type: ignore[arg-type]  # bytes from a bad decoder


def test_huge_text_is_bounded() -> None:
    assert analyse("好" * (MAX_CHARS * 10)).evidence.count("好") <= MAX_CHARS


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    result = analyse(text)
    assert -1.0 <= result.score <= 1.0
    assert result.label == label_of(result.score)
    assert score(text) == result.score


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("不没别很太非常好差但是呵😂😡🙄！？，。[]()╯︵┻━") + ["\ud800", "\x00"]
        ),
        max_size=200,
    )
)
def test_dense_sentiment_text_stays_in_range(text: str) -> None:
    assert -1.0 <= score(text) <= 1.0


@settings(max_examples=100, deadline=None)
@given(st.characters(codec=None, categories=("Cs",)).map(lambda c: "差" + c + "好"))
def test_lone_surrogates_are_dropped(text: str) -> None:
    assert score(text) == score("差好")
