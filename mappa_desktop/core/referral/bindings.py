"""Where each fact of the evaluation contract is answered in a referral, and in which section.

The one table between the facts the rule pack asks about and the referral model: the editor puts a fact's
question on its section's page and writes the answer to its path; ``derive_facts`` reads the same paths.
A *direct* fact is stored as it is asked (a question widget edits the path). A *derived* fact is worked
out from record fields (age from the date of birth) and is answered by editing those fields, on the page of
its section. A *list* fact (``victims``) is asked record by record: ``LIST_BINDINGS`` gives the list's path
and, for each field of the contract's record, the field of the referral's record that answers it. The
version-1 single-victim facts are never stored: a referral answers them as its victims (victim 1).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from mappa_desktop.core.facts import FACT_NAMES, LIST_FACTS, SHORTHAND, VICTIM_FIELDS

SECTION_IDS: tuple[str, ...] = (
    "subject",
    "offence",
    "custody",
    "risk",
    "domestic_abuse",
    "agencies",
    "reason",
    "check",
)
"""The referral's task list, in order (``check`` is Check your answers)."""


@dataclass(frozen=True)
class FactBinding:
    fact: str
    path: str
    """Dotted path in the referral of the field that answers the fact (e.g. ``risk.rosh``)."""
    section: str
    derived: bool = False
    """True when the fact is worked out from ``path`` rather than stored as asked."""


def _b(fact: str, path: str, section: str | None = None, derived: bool = False) -> FactBinding:
    return FactBinding(fact, path, section or path.split(".")[0], derived)


VICTIMS_PATH = "domestic_abuse.victims"


@dataclass(frozen=True)
class ListBinding:
    """Where a list fact's records are kept, and which field of a kept record answers each field."""

    fact: str
    path: str
    section: str
    fields: dict[str, str]
    """Contract field -> field of the referral's record (``marac_last_referred`` -> itself)."""


LIST_BINDINGS: dict[str, ListBinding] = {
    "victims": ListBinding("victims", VICTIMS_PATH, "domestic_abuse", {name: name for name in VICTIM_FIELDS}),
}

assert set(LIST_BINDINGS) == set(LIST_FACTS), "every list fact of the contract is answered somewhere"

BINDINGS: dict[str, FactBinding] = {
    b.fact: b
    for b in (
        _b("sex_offender_notification", "risk.sex_offender_notification"),
        _b("offence_class", "offence.offence_class"),
        _b("finding", "offence.finding"),
        _b("outcome", "offence.outcome"),
        _b("custody_months", "offence.custody_months"),
        # Stated, or worked out from custody, hospital and the licence/order end dates.
        _b("licence_or_order_active", "custody.licence_or_order_active"),
        _b("ct_notification", "risk.ct_notification"),
        _b("terrorism_risk", "risk.terrorism_risk"),
        _b("serious_harm_offence", "offence.serious_harm_offence"),
        # Stated overall, or the highest RoSH by group.
        _b("rosh", "risk.rosh"),
        _b("multi_agency_management_needed", "reason.multi_agency_management_needed"),
        _b("lower_risk_needs_coordination", "reason.lower_risk_needs_coordination"),
        _b("stepping_down_from_level_3", "reason.stepping_down_from_level_3"),
        _b("senior_oversight_needed", "reason.senior_oversight_needed"),
        _b("high_public_interest", "reason.high_public_interest"),
        _b("domestic_abuse", "domestic_abuse.domestic_abuse"),
        # The single-victim facts: answered victim by victim (see LIST_BINDINGS), never stored as such.
        *(_b(fact, VICTIMS_PATH, derived=True) for fact in SHORTHAND),
        _b("da_incidents_3y", "domestic_abuse.da_incidents_3y"),
        _b("da_victims_3y", "domestic_abuse.da_victims_3y"),
        _b("age", "subject.date_of_birth", derived=True),
        _b("matac_adopted", "domestic_abuse.matac_adopted"),
        _b("iom_cohort", "domestic_abuse.iom_cohort"),
        _b("in_custody", "custody.in_custody"),
        _b("release_date", "custody.release_date"),
        _b("level_set", "custody.level_set"),
        # Stated, or true once a ViSOR reference is recorded; asked with the other agencies' records.
        _b("visor_record", "reason.visor_record", "agencies"),
        _b("police_offender_manager_allocated", "reason.police_offender_manager_allocated", "agencies"),
    )
}

assert set(BINDINGS) == set(FACT_NAMES), "every fact of the contract is answered somewhere"


def answer_path(field: str) -> str | None:
    """The referral path answering a field the contract names (as ``contradictions`` does):
    ``da_victims_3y`` -> ``domestic_abuse.da_victims_3y``, ``victims.1.dash_score`` ->
    ``domestic_abuse.victims.1.dash_score``; a single-victim fact names victim 1's field."""
    fact, *rest = field.split(".")
    if fact in SHORTHAND:
        fact, rest = "victims", ["0", SHORTHAND[fact]]
    if fact in LIST_BINDINGS:
        binding = LIST_BINDINGS[fact]
        if len(rest) == 2 and rest[1] in binding.fields:
            return f"{binding.path}.{rest[0]}.{binding.fields[rest[1]]}"
        return binding.path
    return BINDINGS[fact].path if fact in BINDINGS else None


def get_path(obj: Any, path: str) -> Any:
    """The value at a dotted path (``risk.rosh``) of a model."""
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def set_path(obj: BaseModel, path: str, value: Any) -> None:
    """Set the value at a dotted path; the model validates it (``ValidationError`` on a bad value)."""
    *parents, last = path.split(".")
    for part in parents:
        obj = getattr(obj, part)
    setattr(obj, last, value)


def facts_in_section(section: str, order: list[str] | tuple[str, ...] = FACT_NAMES) -> list[str]:
    """The facts answered in ``section``, in the given order (e.g. the pack's question order)."""
    return [name for name in order if name in BINDINGS and BINDINGS[name].section == section]


def read_answer(referral: Any, fact: str) -> Any:
    """The stored answer to a direct fact's question (None: not answered)."""
    binding = BINDINGS[fact]
    if binding.derived:
        raise ValueError(f"'{fact}' is worked out from {binding.path}, not stored as asked")
    return get_path(referral, binding.path)


def write_answer(referral: BaseModel, fact: str, value: Any) -> None:
    """Store the answer to a direct fact's question (None: not known)."""
    binding = BINDINGS[fact]
    if binding.derived:
        raise ValueError(f"'{fact}' is worked out from {binding.path}, not stored as asked")
    set_path(referral, binding.path, value)


__all__ = [
    "BINDINGS",
    "LIST_BINDINGS",
    "VICTIMS_PATH",
    "ListBinding",
    "answer_path",
    "SECTION_IDS",
    "FactBinding",
    "facts_in_section",
    "get_path",
    "read_answer",
    "set_path",
    "write_answer",
]
