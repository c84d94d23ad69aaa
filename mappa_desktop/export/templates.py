"""A tiny block template renderer for summaries (no Jinja: the needs are a handful of fixed blocks).

A template file holds named blocks::

    {% block row %}<tr><th>$label</th><td>$value</td></tr>{% endblock %}

Each block is a ``string.Template``; text outside blocks is a comment. The newline right after
``{% block NAME %}`` is dropped, so a block can start on its own line; the rest is kept as written.
The renderer fills the blocks ``document``, ``section``, ``empty``, ``caption``, ``table``, ``row``,
``bullets``, ``bullet``, ``paragraph``, and for a bilingual summary ``pairs`` and ``pair`` (two languages
side by side), from a ``Summary``; each format decides escaping and layout.
"""

from __future__ import annotations

import html
import itertools
import re
import textwrap
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from string import Template

from mappa_desktop.core.summary import Bullets, Paragraph, Part, Section, SideBySide, Summary, Table
from mappa_desktop.paths import resources_dir

BLOCKS = (
    "document",
    "section",
    "empty",
    "caption",
    "table",
    "row",
    "bullets",
    "bullet",
    "paragraph",
    "pairs",
    "pair",
)
_BLOCK = re.compile(r"\{%\s*block\s+(\w+)\s*%\}\n?(.*?)\{%\s*endblock\s*%\}", re.DOTALL)


class TemplateError(ValueError):
    """A summary template is missing a block or names a placeholder that does not exist."""


def templates_dir() -> Path:
    return resources_dir() / "templates"


@dataclass(frozen=True)
class BlockTemplate:
    name: str
    blocks: dict[str, Template]

    def fill(self, block: str, **values: str) -> str:
        try:
            return self.blocks[block].substitute(values)
        except KeyError as error:
            raise TemplateError(f"template {self.name}, block {block}: unknown placeholder {error}") from None


@cache
def load_template(name: str, folder: Path | None = None) -> BlockTemplate:
    """Read and check ``resources/templates/NAME`` (cached)."""
    path = (folder or templates_dir()) / name
    text = path.read_text(encoding="utf-8")
    blocks = {m.group(1): Template(m.group(2)) for m in _BLOCK.finditer(text)}
    missing = [b for b in BLOCKS if b not in blocks]
    if missing:
        raise TemplateError(f"{path}: missing block(s) {', '.join(missing)}")
    return BlockTemplate(name, blocks)


class _Renderer:
    template_name = ""

    def __init__(self, template: BlockTemplate | None = None) -> None:
        self.tpl = template or load_template(self.template_name)

    def esc(self, text: str) -> str:
        return text

    def multiline(self, text: str) -> str:
        return self.esc(text)

    def render(self, summary: Summary) -> str:
        sections = "".join(self.section(i, s) for i, s in enumerate(summary.sections, start=1))
        return self.tpl.fill(
            "document",
            title=self.esc(summary.title),
            subtitle=self.esc(summary.subtitle),
            marking=self.esc(summary.marking),
            generated=self.esc(summary.generated_text),
            language=self.esc(summary.language),
            sections=sections,
        )

    def section(self, number: int, section: Section) -> str:
        if section.is_empty:
            parts = self.tpl.fill("empty", note=self.esc(section.empty_note)) if section.empty_note else ""
        else:
            parts = "".join(self.part(p) for p in section.parts)
        heading = self.esc(section.heading)
        return self.tpl.fill(
            "section",
            number=str(number),
            heading=heading,
            underline="-" * len(f"{number}. {section.heading}"),
            key=section.key,
            parts=parts,
        )

    def caption(self, caption: str) -> str:
        return self.tpl.fill("caption", caption=self.esc(caption)) if caption else ""

    def part(self, part: Part) -> str:
        if isinstance(part, Table):
            width = max((len(r.label) for r in part.rows), default=0)
            rows = "".join(
                self.tpl.fill(
                    "row",
                    label=self.esc(r.label),
                    label_padded=self.esc(r.label.ljust(width)),
                    value=self.value(r.value, width),
                )
                for r in part.rows
            )
            return self.caption(part.caption) + self.tpl.fill("table", rows=rows)
        if isinstance(part, Bullets):
            items = "".join(self.tpl.fill("bullet", item=self.bullet(i)) for i in part.items)
            return self.caption(part.caption) + self.tpl.fill("bullets", items=items)
        if isinstance(part, Paragraph):
            return self.caption(part.caption) + self.tpl.fill("paragraph", text=self.multiline(part.text))
        if isinstance(part, SideBySide):
            languages = dict(zip(("first_lang", "second_lang"), part.languages, strict=True))
            rows = "".join(
                self.tpl.fill("pair", **self.pair(first, second), **languages) for first, second in part.pairs
            )
            return self.caption(part.caption) + self.tpl.fill("pairs", rows=rows)
        raise TypeError(part)

    def value(self, text: str, label_width: int) -> str:
        return self.multiline(text)

    def bullet(self, text: str) -> str:
        return self.multiline(text)

    def pair(self, first: str, second: str) -> dict[str, str]:
        """The values of one row of a bilingual part (``first`` is Welsh, ``second`` English)."""
        return {"first": self.multiline(first), "second": self.multiline(second)}


class TextRenderer(_Renderer):
    """Plain text for a secure e-mail: wrapped at 78 columns, values aligned after their labels."""

    template_name = "summary.txt"
    width = 78

    def multiline(self, text: str) -> str:
        return "\n".join(
            "\n".join(textwrap.wrap(line, self.width) or [""]) for line in text.strip().splitlines()
        )

    def value(self, text: str, label_width: int) -> str:
        indent = " " * (label_width + 2)
        room = max(self.width - len(indent), 30)
        lines: list[str] = []
        for line in text.strip().splitlines() or [""]:
            lines.extend(textwrap.wrap(line, room) or [""])
        return ("\n" + indent).join(lines)

    def bullet(self, text: str) -> str:
        lines: list[str] = []
        for line in text.strip().splitlines():
            lines.extend(textwrap.wrap(line, self.width - 4) or [""])
        return "\n    ".join(lines)

    gutter = " | "

    def pair(self, first: str, second: str) -> dict[str, str]:
        """Also ``columns``: Welsh and English side by side, each wrapped in its half of the line, as the
        HTML and PDF set them (a reader of either language reads down one column)."""
        room = (self.width - len(self.gutter)) // 2
        left, right = self._column(first, room), self._column(second, room)
        lines = [
            (a.ljust(room) + self.gutter + b).rstrip()
            for a, b in itertools.zip_longest(left, right, fillvalue="")
        ]
        return {**super().pair(first, second), "columns": "\n".join(lines)}

    @staticmethod
    def _column(text: str, room: int) -> list[str]:
        lines: list[str] = []
        for line in text.strip().splitlines() or [""]:
            lines.extend(textwrap.wrap(line, room) or [""])
        return lines


class HtmlRenderer(_Renderer):
    """HTML with inline styles only, so it survives being pasted into an e-mail."""

    template_name = "summary.html"

    def esc(self, text: str) -> str:
        return html.escape(text, quote=True)

    def multiline(self, text: str) -> str:
        return "<br>".join(self.esc(line) for line in text.strip().splitlines())


class PdfHtmlRenderer(HtmlRenderer):
    """The HTML subset Qt's QTextDocument lays out for the PDF; marking and page numbers are painted."""

    template_name = "summary-pdf.html"


def render_text(summary: Summary) -> str:
    """The summary as plain text (UTF-8, ``\\n`` line ends, one trailing newline)."""
    return TextRenderer().render(summary).rstrip("\n") + "\n"


def render_html(summary: Summary) -> str:
    """The summary as a stand-alone HTML document with inline styles."""
    return HtmlRenderer().render(summary)


def render_pdf_html(summary: Summary) -> str:
    """The HTML that the PDF writer lays out page by page (no marking; it is painted on every page)."""
    return PdfHtmlRenderer().render(summary)
