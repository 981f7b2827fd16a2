"""Risk lexicon: curated terms in the DESIGN taxonomy, an allowlist, one Aho-Corasick pass.

Terms and allowlist phrases are normalised exactly like messages (``normalize_term``) and go
into one automaton, so a scan is a single pass over the lexicon view.  A hit lying entirely
inside an allowlist match (大麻 inside 大麻烦) is dropped; a hit that merely overlaps one stays.
ASCII terms (bet365) need non-alphanumeric neighbours so they do not fire inside longer words.

Matcher picked by measurement (``bench/detect_lexicon.py``, 100k messages, overlapping search
on pre-normalised text, one core, one run): daachorse (charwise double-array, Rust)
3.65M msg/s = 2.62x, ahocorasick-rs 2.37M msg/s = 1.70x, pyahocorasick 1.39M msg/s = 1.00x.
daachorse also reports character (not byte) offsets, which the position map needs.

Data files (``data/lexicon.tsv``, ``data/allowlist.txt``): ``term<TAB>category<TAB>severity``
with a ``# version:`` header; a custom file may also hold ``phrase<TAB>allow`` lines.  Later
files override earlier ones for the same normalised term.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import daachorse

from streams.detect.normalize import Normalized, normalize_term

CATEGORIES: frozenset[str] = frozenset(
    {
        "ad",
        "fraud",
        "gambling",
        "drugs",
        "porn",
        "politics",
        "violence",
        "abuse",
        "privacy",
        "self_harm",
        "custom",
    }
)
SEVERITIES: frozenset[str] = frozenset({"review", "reject"})
ALLOW = "allow"


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class LexiconHit:
    """A lexicon term found in the normalised text (``start``/``end`` index ``text``)."""

    category: str
    severity: str
    term: str
    start: int
    end: int


@dataclass(frozen=True)
class _Entry:
    term: str
    category: str  # a taxonomy category, or ALLOW
    severity: str
    ascii_word: bool


def _read_text(path: Path | str) -> str:
    if isinstance(path, str) and path.startswith("package:"):
        name = path.removeprefix("package:")
        return resources.files("streams.detect").joinpath(f"data/{name}").read_text("utf-8")
    return Path(path).read_text("utf-8")


def _version_of(text: str) -> str:
    for line in text.splitlines():
        if line.startswith("#") and "version:" in line:
            return line.split("version:", 1)[1].strip()
    return "sha1-" + hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:10]


def _parse_line(line: str, where: str) -> tuple[str, str, str] | None:
    """(term, category, severity) or None for a comment/blank; a bare phrase is an allow."""
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    parts = [p.strip() for p in line.split("\t")]
    if len(parts) == 1:
        return (parts[0], ALLOW, "-")
    category = parts[1]
    severity = parts[2] if len(parts) > 2 else "review"
    if category == ALLOW:
        return (parts[0], ALLOW, "-")
    if category not in CATEGORIES or severity not in SEVERITIES:
        raise LexiconError(f"{where}: bad category/severity {category!r}/{severity!r}")
    return (parts[0], category, severity)


def _entries(text: str, where: str) -> Iterable[tuple[str, _Entry]]:
    for number, line in enumerate(text.splitlines(), 1):
        parsed = _parse_line(line, f"{where}:{number}")
        if parsed is None:
            continue
        term, category, severity = parsed
        key = normalize_term(term)
        if key:
            ascii_word = key.isascii() and key.isalnum()
            yield key, _Entry(term, category, severity, ascii_word)


@dataclass(frozen=True)
class Lexicon:
    """An immutable, ready-to-scan lexicon; build it with ``Lexicon.load``."""

    version: str
    entries: tuple[_Entry, ...]
    _matcher: daachorse.CharwiseDoubleArrayAhoCorasick = field(repr=False, compare=False)

    DEFAULT_FILES: tuple[str, ...] = ("package:lexicon.tsv", "package:allowlist.txt")

    @classmethod
    def load(cls, *paths: Path | str, include_default: bool = True) -> Lexicon:
        """Bundled lexicon and allowlist, then each custom file (later files override)."""
        sources = [*(cls.DEFAULT_FILES if include_default else ()), *paths]
        merged: dict[str, _Entry] = {}
        versions: list[str] = []
        for src in sources:
            try:
                text = _read_text(src)
            except (OSError, UnicodeDecodeError) as exc:
                raise LexiconError(f"{src}: {exc}") from exc
            versions.append(_version_of(text))
            merged.update(_entries(text, str(src)))
        keys = list(merged)
        entries = tuple(merged[k] for k in keys)
        matcher = daachorse.CharwiseDoubleArrayAhoCorasick(keys or ["\x00never\x00"])
        return cls("+".join(versions), entries, matcher)

    def scan(self, normalized: Normalized) -> list[LexiconHit]:
        """Hits in the lexicon view, allowlist applied, ordered by position."""
        text = normalized.text
        if not text or not self.entries:
            return []
        hits: list[LexiconHit] = []
        allowed: list[tuple[int, int]] = []
        for start, end, index in self._matcher.find_overlapping(text):
            entry = self.entries[index]
            if entry.ascii_word and not _word_bounded(text, start, end):
                continue
            if entry.category == ALLOW:
                allowed.append((start, end))
            else:
                hits.append(LexiconHit(entry.category, entry.severity, entry.term, start, end))
        if allowed:
            hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in allowed)]
        hits.sort(key=lambda h: (h.start, h.end))
        return hits


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


@dataclass
class LexiconReloader:
    """Hot reload without threads: the caller asks, now and then, whether files changed.

    ``maybe_reload(now)`` stats the custom files at most every ``interval`` seconds; on a change it
    builds a new Lexicon and swaps it in.  A broken file keeps the last good lexicon and is
    reported in ``last_error`` so a bad edit never takes moderation down.
    """

    paths: tuple[Path, ...]
    interval: float = 5.0
    lexicon: Lexicon = field(init=False)
    last_error: str | None = field(default=None, init=False)
    _stamps: tuple[tuple[int, int] | None, ...] = field(default=(), init=False)
    _checked_at: float | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self._stamps = self._stat()
        self.lexicon = Lexicon.load(*self.paths)

    def _stat(self) -> tuple[tuple[int, int] | None, ...]:
        stamps: list[tuple[int, int] | None] = []
        for path in self.paths:
            try:
                st = os.stat(path)
                stamps.append((st.st_mtime_ns, st.st_size))
            except OSError:
                stamps.append(None)
        return tuple(stamps)

    def maybe_reload(self, now: float) -> Lexicon:
        """The current lexicon, reloaded first when a custom file changed since last look."""
        if self._checked_at is not None and now - self._checked_at < self.interval:
            return self.lexicon
        self._checked_at = now
        stamps = self._stat()
        if stamps == self._stamps:
            return self.lexicon
        try:
            existing = [p for p, s in zip(self.paths, stamps, strict=True) if s is not None]
            self.lexicon = Lexicon.load(*existing)
            self.last_error = None
            self._stamps = stamps
        except LexiconError as exc:
            self.last_error = str(exc)
            self._stamps = stamps
        return self.lexicon
