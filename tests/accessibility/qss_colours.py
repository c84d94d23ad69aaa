"""The stylesheet's colour pairs and their WCAG 2.2 contrast ratios (for test_contrast.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

WINDOW = "#f5f6f8"  # QMainWindow, QDialog background in style.qss: the palette default behind text
PANEL = "#ffffff"  # group boxes, inputs, the decision panel: the other surface text sits on
DEFAULT_TEXT = "#1d2b3a"  # the text colour a selector without one inherits (QGroupBox, inputs)

_BLOCK = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")


@dataclass(frozen=True)
class Rule:
    selector: str
    properties: dict[str, str]

    def colour(self, *names: str) -> str | None:
        for name in names:
            found = _COLOUR.search(self.properties.get(name, ""))
            if found:
                return found.group(0).lower()
        return None

    @property
    def large_text(self) -> bool:
        """WCAG large text: 18 pt, or 14 pt bold."""
        size = re.search(r"(\d+(?:\.\d+)?)pt", self.properties.get("font-size", ""))
        points = float(size.group(1)) if size else 0
        return points >= 18 or (points >= 14 and "bold" in self.properties.get("font-weight", ""))


def rules(path: Path) -> list[Rule]:
    text = _COMMENT.sub("", path.read_text(encoding="utf-8"))
    found = []
    for selector, body in _BLOCK.findall(text):
        properties = {}
        for declaration in body.split(";"):
            name, _, value = declaration.partition(":")
            if value.strip():
                properties[name.strip()] = value.strip()
        found.append(Rule(" ".join(selector.split()), properties))
    return found


def luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@dataclass(frozen=True)
class Pair:
    selector: str
    what: str
    foreground: str
    background: str
    needed: float

    @property
    def ratio(self) -> float:
        return contrast(self.foreground, self.background)


def pairs(path: Path) -> list[Pair]:
    """Every colour pair the stylesheet makes, with the ratio WCAG 2.2 AA asks of it.

    Text (``color``) on the rule's own background, or on both surfaces (window and panel) when it sets
    none: 4.5:1, 3:1 for large text. Selected text on its selection background: 4.5:1. A focus
    indicator (the border or background a ``:focus`` rule sets) against the surfaces around it: 3:1
    (1.4.11 non-text contrast). Disabled controls are exempt (1.4.3).
    """
    found = []
    for rule in rules(path):
        if ":disabled" in rule.selector:
            continue
        own = rule.colour("background", "background-color")
        backgrounds = [own] if own else [WINDOW, PANEL]
        text = rule.colour("color")
        if text:
            for background in backgrounds:
                found.append(Pair(rule.selector, "text", text, background, 3.0 if rule.large_text else 4.5))
        selected = rule.colour("selection-color")
        selection = rule.colour("selection-background-color")
        if selection:
            found.append(Pair(rule.selector, "selected text", selected or PANEL, selection, 4.5))
        if ":focus" in rule.selector:
            border = rule.colour("border", "border-color", "border-right", "border-bottom", "border-left")
            if border and own:
                found.append(Pair(rule.selector, "text on focus fill", text or DEFAULT_TEXT, own, 4.5))
            if border:
                for background in [WINDOW, PANEL]:
                    found.append(Pair(rule.selector, "focus indicator", border, background, 3.0))
            elif own:
                for background in [WINDOW, PANEL]:
                    # a focus shown by a fill alone must stand out from the surface it is on
                    found.append(Pair(rule.selector, "focus fill", own, background, 3.0))
                found.append(Pair(rule.selector, "text on focus fill", text or DEFAULT_TEXT, own, 4.5))
    return found
