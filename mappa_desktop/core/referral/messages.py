"""The one way a refused answer becomes a message a person reads (GOV.UK style).

Pydantic words its own refusals for programmers ("Input should be less than or equal to 24", "String
should have at most 200 characters") and names fields by their internal path ("referrer.email"). Every
surface that shows a refused referral answer asks ``person_message``; it says what to enter, names the
field as a person would and writes dates in words. The model's own checks already raise such messages.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

from pydantic import BaseModel, ValidationError

from mappa_desktop.core.messages import Message, said
from mappa_desktop.core.referral.labels import NUMBER_HINTS, field_label
from mappa_desktop.core.referral.model import Referral
from mappa_desktop.core.summary.headings import Wording

_NUMBER_TYPES = {
    "int_parsing",
    "int_type",
    "int_from_float",
    "float_parsing",
    "float_type",
    "finite_number",
}
_BOUNDS = {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}


@cache
def _model_paths() -> dict[str, str]:
    """Each model class of a referral, by name, with the dotted path it sits at (``Subject`` -> subject)."""
    found: dict[str, str] = {"Referral": ""}

    def walk(model: type[BaseModel], prefix: str) -> None:
        for name, info in model.model_fields.items():
            for inner in _models_in(info.annotation):
                path = f"{prefix}.{name}" if prefix else name
                if inner.__name__ not in found:
                    found[inner.__name__] = path
                    walk(inner, path)

    walk(Referral, "")
    return found


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    origin = typing.get_origin(annotation)
    if origin is None and not isinstance(annotation, types.UnionType):
        return []
    return [m for arg in typing.get_args(annotation) for m in _models_in(arg)]


def error_path(error: ValidationError, item: dict[str, Any] | None = None) -> str:
    """The dotted referral path of a refused answer (``referrer.email``), from the model that refused it."""
    item = item or error.errors()[0]
    prefix = _model_paths().get(error.title, "")
    loc = ".".join(str(part) for part in item.get("loc", ()))
    return ".".join(part for part in (prefix, loc) if part)


def person_message(error: Exception, path: str | None = None, language: str = "en") -> str:
    """The first refusal in ``error`` (a pydantic ``ValidationError`` or a plain ``ValueError``) as a
    message a person can act on, in ``language`` ("en" or "cy"). ``path`` names the field when the error
    does not (a plain ValueError)."""
    t = Wording(language).t
    if not isinstance(error, ValidationError):
        return _sentence(
            said(error, language) if error.args and isinstance(error.args[0], Message) else t(str(error))
        )
    item = error.errors()[0]
    where = path or error_path(error, item)
    return _sentence(_worded(item, where, t, language))


def _worded(item: dict[str, Any], path: str, t: Callable[[str], str], language: str) -> str:
    kind = str(item.get("type", ""))
    ctx = item.get("ctx") or {}
    label = t(field_label(path))
    key = ".".join(p for p in path.split(".") if not p.isdigit())
    if kind == "value_error":
        if isinstance(ctx.get("error"), BaseException) and isinstance(ctx["error"].args[0], Message):
            return said(ctx["error"], language)
        return t(str(ctx.get("error", item.get("msg", ""))).removeprefix("Value error, "))
    if kind in _NUMBER_TYPES:
        return t(NUMBER_HINTS.get(key, "Enter the {label} as a number, like 12")).format(label=label)
    if kind in _BOUNDS:
        if key in NUMBER_HINTS:
            return t(NUMBER_HINTS[key])
        bound = ctx.get("ge", ctx.get("gt", ctx.get("le", ctx.get("lt"))))
        side = (
            "The {label} must be at least {bound}"
            if kind.startswith("greater")
            else "The {label} must be at most {bound}"
        )
        return t(side).format(label=label, bound=bound)
    if kind == "string_too_long":
        return t("The {label} must be {count} characters or fewer").format(
            label=label, count=f"{ctx.get('max_length'):,}"
        )
    if kind == "too_long":
        return t("Enter no more than {count} {label}").format(label=label, count=f"{ctx.get('max_length'):,}")
    if kind in ("string_too_short", "missing"):
        return t("Enter the {label}").format(label=label)
    if kind.startswith("date") or kind.startswith("datetime"):
        return t("Enter the {label} as a real date, like 27 3 2007").format(label=label)
    if kind in ("literal_error", "enum"):
        return t("Choose one of the answers offered for the {label}").format(label=label)
    if kind == "bool_parsing":
        return t("Answer yes or no for the {label}").format(label=label)
    return t("Check the {label}").format(label=label)


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


__all__ = ["error_path", "person_message"]
