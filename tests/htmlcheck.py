"""Reads a report's HTML the way the tests need: tag balance, outside references, KPI values
and headings. (tests/ is on sys.path through its conftest, so unit and integration tests share
this module.)"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
REFERENCE_ATTRS = {"src", "href", "xlink:href", "action", "data", "poster", "srcset"}


@dataclass
class ParsedReport:
    problems: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)  # src/href values that leave the file
    kpis: dict[str, str] = field(default_factory=dict)  # data-kpi -> data-value
    headings: list[str] = field(default_factory=list)  # text of h1-h3
    scripts: int = 0
    text: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = ParsedReport()
        self.stack: list[str] = []
        self.heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attrs(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)
        if tag in ("h1", "h2", "h3"):
            self.heading = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attrs(tag, attrs)

    def _attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.out.scripts += 1
        values = dict(attrs)
        for name, value in attrs:
            if name in REFERENCE_ATTRS and value and not value.startswith("#"):
                self.out.external.append(value)
            if name == "style" and value and "url(" in value:
                self.out.external.append(value)
        if "data-kpi" in values:
            self.out.kpis[str(values["data-kpi"])] = str(values.get("data-value"))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.out.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else ''}>"
                                     f" at {self.getpos()}")
            if tag in self.stack:
                while self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        if tag in ("h1", "h2", "h3") and self.heading is not None:
            self.out.headings.append("".join(self.heading).strip())
            self.heading = None

    def handle_data(self, data: str) -> None:
        self.out.text.append(data)
        if self.heading is not None:
            self.heading.append(data)


def read_report(html: str) -> ParsedReport:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    if reader.stack:
        reader.out.problems.append(f"unclosed: {reader.stack}")
    if not html.lstrip().lower().startswith("<!doctype html>"):
        reader.out.problems.append("no <!DOCTYPE html>")
    return reader.out
