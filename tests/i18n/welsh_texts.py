"""Every English/Welsh text of the tool's content, read through the project's own loaders.

The rule pack comes through ``load_pack`` (so a text the loader ignores is not counted, and one it adds is),
the scenarios through ``load_scenarios`` and the forums page through ``load_forums``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from mappa_desktop.core.rules import load_pack
from mappa_desktop.core.rules.lint import models_in
from mappa_desktop.core.rules.model import Text
from mappa_desktop.core.training.forums import load_forums
from mappa_desktop.core.training.scenario import load_scenarios


def texts_in(obj: Any) -> Iterator[Text]:
    """Every ``Text`` inside a model, list or mapping, depth first (the lint's own walk)."""
    return (model for model in models_in(obj) if isinstance(model, Text))


def pack_texts() -> list[Text]:
    """Every text of the current rule pack (rules/, not the archived rules/v1/)."""
    pack = load_pack()
    parts = [pack.header, pack.decisions, pack.citations, pack.parameters, pack.questions, pack.lists]
    parts += [pack.categories, pack.levels, pack.tests, pack.prompts]
    return list(texts_in(parts))


def scenario_texts() -> dict[str, list[Text]]:
    """Each training scenario's texts, by scenario id."""
    return {scenario.id: list(texts_in(scenario)) for scenario in load_scenarios()}


def forums_texts() -> list[Text]:
    return list(texts_in(load_forums()))


def all_texts() -> list[Text]:
    return pack_texts() + [t for texts in scenario_texts().values() for t in texts] + forums_texts()


def where(text: Text) -> str:
    file, line = text.where
    return f"{file}:{line}" if file else repr(text.en[:60])
