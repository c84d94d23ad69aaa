"""One wording of the aid's assessment, for every surface: the decision panel, the summary (PDF, HTML,
text), ``evaluate --format text``, the screening detail and training.

Each surface lays the words out its own way; the words themselves come from here, so the same case reads
the same everywhere. Fixed words are looked up in ``resources/templates/headings.json`` (English and
Welsh); the rule pack's own sentences arrive in the language the assessment was made in.

An assessment may be the engine's ``Assessment`` or its contract JSON (a stored package): the outcome
reads the same from either; only the engine's object has the finding trees the reasons come from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from mappa_desktop.core.dates import date_in_words

SEVERITY_LABELS = {"warning": "Warning", "consider": "To consider", "info": "For information"}
VERDICTS = {True: "met", False: "not met", None: "not yet known"}
"""A rule's outcome as a word."""
STATEMENTS = {True: "Yes: {statement}", False: "No: {statement}", None: "Not yet known: {statement}"}
"""A criterion as a line of prose: its sentence, and whether it holds."""

_LOGIN = re.compile(r"^(?P<name>.+?)\s*\((?P<login>[^()]+)\)$")


def _full_stop(sentence: str) -> str:
    """A sentence ending with its stop (the outcome's words for a number have none: "Level 3")."""
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


class Outcome(NamedTuple):
    """The three outcomes of an assessment, each as one sentence."""

    eligibility: str
    category: str
    level: str


def _get(obj: Any, name: str, default: Any = None) -> Any:
    """A field of an engine object or of its contract JSON."""
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


class AssessmentWords:
    """``AssessmentWords("cy").outcome(assessment)``: the assessment in words, in one language."""

    def __init__(self, language: str = "en") -> None:
        from mappa_desktop.core.summary.headings import Wording  # the summary package imports rules

        self.language = language
        self.t = Wording(language).t

    # The outcome -------------------------------------------------------------------------------------

    def eligibility(self, a: Any) -> str:
        eligible = _get(a, "mappa_eligible")
        if eligible is None:
            return self.t("Not yet known: more answers are needed.")
        if eligible:
            return self.t("Yes: at least one MAPPA category is met.")
        return self.t("No: every MAPPA category is ruled out.")

    def category(self, a: Any) -> str:
        category, met = _get(a, "category"), list(_get(a, "categories_met") or [])
        if category is not None:
            text = self.t("Category {number}").format(number=category)
            others = ", ".join(str(n) for n in met if n != category)
            if others:
                text += " " + self.t(
                    "(Categories {others} are also met; the order of precedence decides)"
                ).format(others=others)
            return text
        if met:
            return self.t(
                "Not yet known. Category {met} is met, but a category earlier in the order of precedence is "
                "still unknown."
            ).format(met=", ".join(str(n) for n in met))
        if _get(a, "mappa_eligible") is False:
            return self.t("None: no category is met.")
        return self.t("Not yet known.")

    def level(self, a: Any) -> str:
        level = _get(a, "level")
        if level is not None:
            return self.t("Level {number}").format(number=level)
        if _get(a, "mappa_eligible") is False:
            return self.t("None (no category is met).")
        return self.t("Not yet known.")

    def outcome(self, a: Any) -> Outcome:
        return Outcome(self.eligibility(a), self.category(a), self.level(a))

    def categories_met(self, a: Any) -> str:
        return ", ".join(str(n) for n in _get(a, "categories_met") or []) or self.t("none")

    def numbered(self, word: str, value: Any) -> str:
        """ "Category 3", "Level 2"; "Not yet known" for no number (``word``: "Category" or "Level")."""
        if value in (None, ""):
            return self.t("Not yet known")
        key = "Category {number}" if word == "Category" else "Level {number}"
        return self.t(key).format(number=value)

    def part(self, field: str, a: Any) -> str:
        """One outcome of an assessment (``field``: "mappa_eligible", "category" or "level") as its
        sentence: what ``outcome`` says of it."""
        said = {"mappa_eligible": self.eligibility, "category": self.category, "level": self.level}
        return said[field](a)

    def part_name(self, field: str) -> str:
        names = {
            "mappa_eligible": self.t("Eligible for MAPPA"),
            "category": self.t("Category"),
            "level": self.t("Recommended level"),
        }
        return names[field]

    def claim_difference(self, field: str, claimed: Any, assessed: Any) -> str:
        """How the sender's claimed outcome differs from this application's assessment, in one line:
        "Recommended level: the sender's copy of the aid says: Level 3. This application's rule pack
        says: Not yet known." (``claimed`` and ``assessed``: assessments or their outcomes)."""
        return self.t(
            "{part}: the sender's copy of the aid says: {claimed} This application's rule pack says: "
            "{assessed}"
        ).format(
            part=self.part_name(field),
            claimed=_full_stop(self.part(field, claimed)),
            assessed=_full_stop(self.part(field, assessed)),
        )

    def aid_outcome(self, category: Any, level: Any) -> str:
        """The aid's own outcome beside an officer's decision: "Category 3, Level 2" (the parts known);
        "not yet known" when neither is."""
        parts = [
            self.numbered(word, value)
            for word, value in (("Category", category), ("Level", level))
            if value not in (None, "")
        ]
        return ", ".join(parts) or self.t("not yet known")

    def aid_said(self, category: Any, level: Any) -> str:
        """ "the aid said Category 3, Level 2": where an officer decided otherwise than the aid."""
        return self.t("the aid said {outcome}").format(outcome=self.aid_outcome(category, level))

    # Rules and their criteria ------------------------------------------------------------------------

    def verdict(self, value: bool | None) -> str:
        return self.t(VERDICTS[value])

    def rule_heading(self, entry: Any) -> str:
        """ "Category 2: violent and other sexual offenders: not met"."""
        title = _get(entry, "title") or _get(entry, "rule", "")
        return f"{title}: {self.verdict(_get(entry, 'outcome'))}"

    def statement(self, value: bool | None, text: str) -> str:
        """A criterion as prose: "Yes: The risk of serious harm is high.", "No: ...", "Not yet known: ..."."""
        return self.t(STATEMENTS[value]).format(statement=text)

    def answer(self, pack: Any, fact: str | None, value: Any) -> str:
        """A fact's answer as a person reads it: choice labels, dates in words, yes/no; "not yet answered"
        for an answer not given."""
        if value is None:
            return self.t("not yet answered")
        question = pack.questions.get(fact) if pack is not None and fact else None
        if question is not None and question.choices:
            labels = {c.value: c.label.get(self.language) for c in question.choices}
            items = value if isinstance(value, list) else [value]
            return ", ".join(labels.get(v, str(v)) for v in items) if items else self.t("none")
        if isinstance(value, bool):
            return self.t("yes" if value else "no")
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date_in_words(dt.date.fromisoformat(value), self.language)
        if isinstance(value, dt.date):
            return date_in_words(value, self.language)
        if isinstance(value, list):
            return ", ".join(str(v) for v in value) or self.t("none")
        return str(value)

    def answer_note(self, pack: Any, fact: str | None, value: Any) -> str:
        """ "(answer: high)" or "(not yet answered)" beside a criterion."""
        if value is None:
            return self.t("(not yet answered)")
        return self.t("(answer: {value})").format(value=self.answer(pack, fact, value))

    def reasons(self, entry: Any) -> list[tuple[bool | None, str]]:
        """The criteria that decided a rule, each with whether it holds: the engine's finding tree says
        which; a trace read back from JSON has only its criteria, those agreeing with its outcome."""
        tree = _get(entry, "tree")
        if tree is not None:
            return [(found.value, found.text) for found in tree.deciding()]
        outcome = _get(entry, "outcome")
        return [
            (_get(c, "met"), _get(c, "text", ""))
            for c in _get(entry, "criteria") or []
            if _get(c, "met") is outcome
        ]

    def why(self, entry: Any) -> list[str]:
        """A rule in prose: its heading, then each deciding criterion as a statement."""
        return [self.rule_heading(entry) + "."] + [self.statement(v, t) for v, t in self.reasons(entry) if t]

    def explained_rules(self, a: Any) -> list[Any]:
        """The rules a reader is shown to explain the outcome: the categories and levels, then the named
        tests their deciding criteria rely on (e.g. "Category 3's own criteria"), in the trace's order."""
        trace = list(_get(a, "trace") or [])
        wanted = {_get(e, "rule") for e in trace if str(_get(e, "rule")).startswith(("category.", "level."))}
        by_rule = {_get(e, "rule"): e for e in trace}
        queue = list(wanted)
        while queue:
            tree = _get(by_rule.get(queue.pop()), "tree")
            for found in tree.deciding() if tree is not None else []:
                if found.source == "rule" and found.fact in by_rule and found.fact not in wanted:
                    wanted.add(found.fact)
                    queue.append(found.fact)
        return [e for e in trace if _get(e, "rule") in wanted]

    def rule_pack(self, pack_id: str | None) -> str:
        """The rule pack by its title, with its id to trace it: "MAPPA categories, ... (mappa-england-wales)";
        the id alone for a pack this copy does not have."""
        from mappa_desktop.core.rules.loader import load_pack  # the rules package imports this module

        if not pack_id:
            return self.t("not recorded")
        pack = load_pack()
        return f"{pack.header.title.get(self.language)} ({pack_id})" if pack.id == pack_id else pack_id

    # Prompts and people ------------------------------------------------------------------------------

    def severity(self, severity: str) -> str:
        return self.t(SEVERITY_LABELS.get(severity, severity))

    def prompt_title(self, a: Any, prompt_id: str) -> str:
        """A prompt's title from the assessment's trace; never its id."""
        for entry in _get(a, "trace") or []:
            if _get(entry, "rule") == f"prompt.{prompt_id}" and _get(entry, "title"):
                return _get(entry, "title")
        return self.t("A prompt of the rule pack")

    def prompt(self, a: Any, prompt: Any) -> str:
        """ "To consider: Consider a MARAC referral. A victim meets ..."."""
        title = self.prompt_title(a, _get(prompt, "id", ""))
        return f"{self.severity(_get(prompt, 'severity', ''))}: {title}. {_get(prompt, 'text', '')}"

    def officer(self, actor: str | None) -> str:
        """Who decided, as recorded: their name (role and agency) without the computer login; a login
        alone is said as such."""
        actor = (actor or "").strip()
        match = _LOGIN.match(actor)
        if match:
            return match.group("name")
        if not actor:
            return self.t("not recorded")
        return self.t("the officer signed in as {login} (no name was recorded)").format(login=actor)


__all__ = ["AssessmentWords", "Outcome"]
