"""The rule pack is built whole by the loader (read → validate → index → check → build) and cannot be
changed afterwards: the engine and the editor share one pack, so nothing may write into it."""

from __future__ import annotations

import dataclasses

import pytest

from mappa_desktop.core.rules.loader import index_rules, load_pack_uncached, read_sections, validate
from mappa_desktop.paths import rules_dir


@pytest.fixture(scope="module")
def pack():
    return load_pack_uncached(rules_dir())


def test_the_pack_arrives_complete(pack):
    content = validate(read_sections(rules_dir())[0])
    assert list(pack.rules) == list(index_rules(content))
    assert list(pack.rules)[0] == "category.1" and any(r.startswith("prompt.") for r in pack.rules)
    assert pack.affects and set(pack.affects) == set(pack.questions)
    assert pack.ranks["outcome"] == {c.value: i for i, c in enumerate(pack.questions["outcome"].choices)}


@pytest.mark.parametrize(
    "section", ["rules", "affects", "ranks", "questions", "parameters", "lists", "prompts"]
)
def test_its_mappings_cannot_be_written(pack, section):
    with pytest.raises(TypeError):
        getattr(pack, section)["new"] = None


def test_its_fields_and_lists_cannot_be_replaced_or_extended(pack):
    with pytest.raises(dataclasses.FrozenInstanceError):
        pack.rules = {}
    assert isinstance(pack.categories, tuple) and isinstance(pack.levels, tuple)
    assert isinstance(pack.files, tuple) and pack.files[0] == "pack.yaml"
    with pytest.raises(TypeError):
        pack.ranks["outcome"]["custody"] = 99
