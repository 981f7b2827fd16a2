"""Shared checks for the family tests of the moderator (one long-standing member, one fresh
Moderator per line, so no flood or newcomer state leaks between cases)."""

from __future__ import annotations

from streams.detect.lexicon import Lexicon
from streams.detect.moderation import Message, Moderator

LEXICON = Lexicon.load()


def classify(text: str, msg_type: str = "text", url: str = "") -> tuple[str, tuple[str, ...]]:
    verdict = Moderator(LEXICON).classify(Message("e1", 0, "g1", "u1", msg_type, text, url))
    return verdict.verdict, verdict.categories


def assert_passes(text: str, msg_type: str = "text", url: str = "") -> None:
    verdict, categories = classify(text, msg_type, url)
    assert verdict == "pass", (text, categories)


def assert_flags(text: str, category: str) -> None:
    verdict, categories = classify(text)
    assert verdict != "pass" and category in categories, (text, categories)
