"""Issue 15: every training scenario and the forums page have Welsh for each of their texts."""

from __future__ import annotations

import pytest

from .welsh_texts import forums_texts, scenario_texts, where

SCENARIOS = scenario_texts()


def test_the_scenario_library_is_there():
    assert len(SCENARIOS) >= 20


@pytest.mark.parametrize("scenario_id", sorted(SCENARIOS))
def test_every_scenario_text_has_welsh(scenario_id):
    texts = SCENARIOS[scenario_id]
    # title, narrative, at least one learning point and the debrief
    assert len(texts) >= 4
    missing = [t.en[:60] for t in texts if not t.cy.strip()]
    assert missing == [], f"{scenario_id}: no Welsh for {missing}"
    assert all(t.cy.strip() != t.en.strip() for t in texts), f"{scenario_id}: English copied into cy"


def test_every_forums_text_has_welsh():
    texts = forums_texts()
    assert len(texts) >= 27
    missing = [where(t) for t in texts if not t.cy.strip()]
    assert missing == [], f"forums.yaml: no Welsh for {missing}"
