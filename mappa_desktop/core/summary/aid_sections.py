"""The sections this aid adds to a referral summary: its assessment explained and cited, any override,
the acknowledged prompts and the rule-pack version.

The assessment is read as the evaluation contract's JSON (``shared/spec/evaluate-contract.md``), with the
engine's finding trees beside it when it has them; every sentence about it is ``core.wording``'s.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mappa_desktop.core.summary.formatting import Formatter
from mappa_desktop.core.summary.model import Bullets, Paragraph, Row, Section, Table
from mappa_desktop.core.wording import AssessmentWords


class AidSections(Formatter):
    """The aid's sections of a summary, in order: assessment, override, acknowledged prompts, rule pack.
    Every sentence about the assessment is ``core.wording``'s, as on the decision panel."""

    def __init__(self, wording: Any) -> None:
        super().__init__(wording)
        self.words = AssessmentWords(wording.language)

    def assessment(self, contract: Mapping[str, Any] | None, trace: Sequence[Mapping[str, Any]]) -> Section:
        if contract is None:
            return self.section(
                "assessment", "The aid's assessment", [], "The aid has not assessed this referral."
            )
        words = self.words
        outcome = words.outcome(contract)
        met = contract.get("categories_met") or []
        pack = contract.get("rule_pack") or {}
        rows = (
            Row(self.t("MAPPA eligible"), outcome.eligibility),
            Row(self.t("Category"), outcome.category),
            *self.rows([("Categories met", ", ".join(str(c) for c in met))]),
            Row(self.t("Recommended level"), outcome.level),
            *self.rows([("Assessed as on", self.date(pack.get("as_of")))]),
        )
        assessed = {**contract, "trace": trace}
        prompts = tuple(words.prompt(assessed, p) for p in contract.get("prompts") or [])
        questions = contract.get("missing_questions") or []
        missing = tuple(questions) or tuple(
            self.t(_fact_label(name)) for name in contract.get("missing") or []
        )
        why = tuple("\n".join(words.why(entry)) for entry in words.explained_rules(assessed))
        return self.section(
            "assessment",
            "The aid's assessment",
            [
                Table(rows),
                Bullets(tuple(case_notes(contract.get("notes") or [])), self.t("About this assessment")),
                Bullets(why, self.t("Why")),
                Bullets(prompts, self.t("Prompts (advice, not decisions)")),
                Bullets(missing, self.t("Not yet answered, and could change the outcome")),
                Bullets(self._citations(contract), self.t("Sources cited")),
            ],
            "",
        )

    def _citations(self, contract: Mapping[str, Any]) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        sources = [e for e in contract.get("trace") or [] if e.get("outcome") is True]
        sources += list(contract.get("prompts") or [])
        for entry in sources:
            for citation in entry.get("citations") or []:
                title, url = citation.get("title", ""), citation.get("url", "")
                seen.setdefault(f"{title} ({url})" if title and url else title or url, None)
        return tuple(key for key in seen if key)

    def override(self, decision: Any) -> Section:
        override = getattr(decision, "override", None) if decision is not None else None
        if override is None:
            return self.section("override", "Override", [], "The aid's assessment has not been overridden.")
        g, words = getattr, self.words
        rows = self.rows(
            [
                ("The aid's category", words.numbered("Category", g(override, "aid_category", None))),
                ("The aid's level", words.numbered("Level", g(override, "aid_level", None))),
                ("Category decided", _numbered(words, "Category", g(override, "category", None))),
                ("Level decided", _numbered(words, "Level", g(override, "level", None))),
                ("Decided by", _capital(words.officer(g(override, "actor", None)))),
                ("Decided on", g(override, "at", None)),
                ("Rule pack at the time", g(override, "rule_pack_version", None)),
            ]
        )
        return self.section(
            "override",
            "Override",
            [Table(rows), Paragraph(g(override, "rationale", "") or "", self.t("Rationale"))],
            "The aid's assessment has not been overridden.",
        )

    def acknowledged(self, decision: Any, trace: Sequence[Any] = ()) -> Section:
        """Each acknowledged prompt by its title (never its id), with the note and who acknowledged it."""
        items = list(getattr(decision, "acknowledged_prompts", None) or []) if decision is not None else []
        rows = []
        for ack in items:
            who = self.words.officer(getattr(ack, "actor", ""))
            when = self.text(getattr(ack, "at", None))
            if when:
                said = self.t("Acknowledged by {who}, {when}").format(who=who, when=when)
            else:
                said = self.t("Acknowledged by {who}").format(who=who)
            note = getattr(ack, "note", "") or self.t("No note")
            title = self.words.prompt_title({"trace": trace}, str(getattr(ack, "prompt_id", "")))
            rows.append(Row(title, f"{note}\n({said})"))
        return self.section(
            "acknowledged_prompts",
            "Acknowledged prompts",
            [Table(tuple(rows))],
            "No prompts have been acknowledged.",
        )

    def rule_pack(self, contract: Mapping[str, Any] | None, app_version: str) -> Section:
        pack = (contract or {}).get("rule_pack") or {}
        rows = self.rows(
            [
                ("Rule pack", self.words.rule_pack(pack.get("id")) if pack.get("id") else None),
                ("Rule-pack version", pack.get("version")),
                ("Application version", app_version),
            ]
        )
        return self.section("rule_pack", "Rule-pack version", [Table(rows)], "")


GENERAL_NOTES = 4
"""The pack's notes that explain every assessment (eligibility, category, level, precedence) come first;
any after them are about this case (e.g. "assessed on ... under rules in force from ...")."""


def case_notes(notes: Sequence[str]) -> list[str]:
    """The notes about this assessment itself, such as a case judged under rules newer than its date."""
    return list(notes[GENERAL_NOTES:])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _numbered(words: AssessmentWords, word: str, value: Any) -> str | None:
    """ "Category 3" for an officer's choice; nothing (no row) when they left it to the aid."""
    return words.numbered(word, value) if value not in (None, "") else None


def _fact_label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def assessment_contract(assessment: Any) -> dict[str, Any] | None:
    """The contract JSON of an assessment: a pydantic model is dumped, a mapping is taken as it is."""
    if assessment is None:
        return None
    if hasattr(assessment, "model_dump"):
        contract = assessment.model_dump(mode="json")
        # Readable questions for the missing facts, when the engine supplies them (not in the contract).
        contract["missing_questions"] = list(getattr(assessment, "missing_questions", None) or [])
        return contract
    return dict(assessment)


def trace_view(assessment: Any, contract: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """The trace as dicts, with the rule titles and finding trees the engine keeps out of the contract."""
    if contract is None:
        return []
    trace = [dict(entry) for entry in contract.get("trace") or []]
    for view, entry in zip(trace, getattr(assessment, "trace", None) or [], strict=False):
        view.setdefault("title", getattr(entry, "title", "") or "")
        view["tree"] = getattr(entry, "tree", None)
    return trace
