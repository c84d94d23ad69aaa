"""The rules engine: load a rule pack (data), evaluate a case with three-valued logic, explain it.

Nothing here knows about MAPPA: the categories, levels, prompts, questions and parameters are all in
the pack (``rules/*.yaml``). Qt-free.
"""

from __future__ import annotations

from mappa_desktop.core.rules.assessment import Assessment
from mappa_desktop.core.rules.engine import evaluate
from mappa_desktop.core.rules.explain import explain_text
from mappa_desktop.core.rules.loader import load_pack
from mappa_desktop.core.rules.pack import RulePack
from mappa_desktop.core.rules.source import RulePackError

__all__ = ["Assessment", "RulePack", "RulePackError", "evaluate", "explain_text", "load_pack"]
