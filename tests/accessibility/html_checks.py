"""An offline HTML accessibility check for the exported documents, over the parsed HTML (no network tool).

Each check names the WCAG 2.2 success criterion it covers. It returns the problems found, so a test can
fail with all of them at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from tests.accessibility.qss_colours import contrast

_STYLE_COLOUR = re.compile(r"(?<![-\w])(color|background(?:-color)?)\s*:\s*(#[0-9a-fA-F]{6})\b")
_VOID = {"meta", "br", "img", "hr", "link", "input", "col", "area", "base", "wbr", "source"}
_WHITE = "#ffffff"
_TEXT = "#000000"


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    colour: str
    background: str
    text: str = ""
    children: list[_Element] = field(default_factory=list)


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#document", {}, _TEXT, _WHITE)
        self.stack = [self.root]
        self.all: list[_Element] = []

    def handle_starttag(self, tag, attrs):
        parent = self.stack[-1]
        attributes = {k: v or "" for k, v in attrs}
        colours = dict(
            ("color" if k == "color" else "background", v.lower())
            for k, v in _STYLE_COLOUR.findall(attributes.get("style", ""))
        )
        element = _Element(
            tag, attributes, colours.get("color", parent.colour), colours.get("background", parent.background)
        )
        parent.children.append(element)
        self.all.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        for element in self.stack:
            element.text += data


def check(document: str) -> list[str]:
    """Every problem found in ``document`` (empty when it passes)."""
    tree = _Tree()
    tree.feed(document)
    elements = tree.all
    problems: list[str] = []
    by_tag = {}
    for element in elements:
        by_tag.setdefault(element.tag, []).append(element)

    # 3.1.1 Language of Page
    html = by_tag.get("html", [])
    if not html or not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*", html[0].attrs.get("lang", "")):
        problems.append("3.1.1: <html> has no valid lang")
    # 2.4.2 Page Titled
    titles = by_tag.get("title", [])
    if len(titles) != 1 or not titles[0].text.strip():
        problems.append("2.4.2: the document needs one non-empty <title>")
    # 1.3.1 Info and Relationships, 2.4.6 Headings and Labels: one h1, no skipped level, none empty
    headings = [e for e in elements if re.fullmatch(r"h[1-6]", e.tag)]
    if [h.tag for h in headings].count("h1") != 1:
        problems.append("1.3.1: the document needs exactly one <h1>")
    level = 0
    for heading in headings:
        this = int(heading.tag[1])
        if this > level + 1:
            problems.append(f"1.3.1: heading level skipped before <{heading.tag}> {heading.text.strip()!r}")
        if not heading.text.strip():
            problems.append(f"2.4.6: empty <{heading.tag}>")
        level = this
    # 1.3.1: data tables have header cells, each with a scope
    for table in by_tag.get("table", []):
        cells = _descendants(table)
        headers = [c for c in cells if c.tag == "th"]
        if not headers:
            problems.append("1.3.1: a table without header cells (<th>)")
        for header in headers:
            if header.attrs.get("scope") not in {"row", "col", "rowgroup", "colgroup"}:
                problems.append(f"1.3.1: <th> {header.text.strip()!r} without a scope")
    # 1.1.1 Non-text Content
    for image in by_tag.get("img", []):
        if "alt" not in image.attrs:
            problems.append("1.1.1: an <img> without alt")
    # 1.4.1 Use of Color: nothing conveyed by a coloured box alone (an element with a colour and no text)
    for element in elements:
        style = element.attrs.get("style", "")
        if element.tag not in _VOID and _STYLE_COLOUR.search(style) and not element.text.strip():
            problems.append(f"1.4.1: <{element.tag} style={style!r}> carries colour and no text")
    # 1.4.3 Contrast (Minimum): every element with text, its colour on its background
    for element in elements:
        if element.tag in {"html", "head", "title", "meta"} or not element.text.strip():
            continue
        ratio = contrast(element.colour, element.background)
        if ratio < 4.5:
            problems.append(
                f"1.4.3: {element.colour} on {element.background} is {ratio:.2f}:1 in <{element.tag}> "
                f"{element.text.strip()[:40]!r}"
            )
    # 2.4.1 / 4.1.2: every link has text and a target
    for link in by_tag.get("a", []):
        if not link.text.strip() or not link.attrs.get("href"):
            problems.append("2.4.4: a link without text or href")
    return problems


def _descendants(element: _Element) -> list[_Element]:
    found = []
    for child in element.children:
        found.append(child)
        found.extend(_descendants(child))
    return found
