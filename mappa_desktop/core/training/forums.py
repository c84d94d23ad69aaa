"""How MAPPA, MARAC, MATAC and IOM fit together: content from resources/training/forums.yaml.

The text is drawn from the domain research brief (section 4.4 and its neighbours), each statement with
its source URL and the brief's confidence tag ([C] confirmed, [S] secondary, [U] unconfirmed).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mappa_desktop.core.rules.model import Text
from mappa_desktop.core.rules.source import locate, read_yaml
from mappa_desktop.core.training.scenario import ScenarioError


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Model):
    title: str = Field(min_length=1)
    url: str = Field(pattern=r"^https?://")
    confidence: Literal["C", "S", "U"]


class Forum(_Model):
    id: str = Field(pattern=r"^[a-z]+$")
    name: Text
    focus: Text
    who_is_managed: Text
    who_leads: Text
    how_it_works: Text
    sources: list[Source] = Field(min_length=1)


class Link(_Model):
    between: list[str] = Field(min_length=2, max_length=2)
    text: Text
    sources: list[Source] = Field(min_length=1)


class Forums(_Model):
    title: Text
    intro: Text
    forums: list[Forum] = Field(min_length=1)
    links: list[Link]
    caveats: list[Link] = Field(default_factory=list)

    def forum(self, forum_id: str) -> Forum:
        return next(f for f in self.forums if f.id == forum_id)


def forums_file() -> Path:
    from mappa_desktop.paths import resources_dir

    return resources_dir() / "training" / "forums.yaml"


def load_forums(path: Path | None = None) -> Forums:
    """Read the forums content; errors name the file and line. Every link must name known forums."""
    path = forums_file() if path is None else Path(path)
    data = read_yaml(path, str(path))
    try:
        forums = Forums.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        file, line = locate(data, first["loc"])
        where = ".".join(str(p) for p in first["loc"])
        raise ScenarioError(f"{where}: {first['msg']}", file or str(path), line or None) from None
    known = {f.id for f in forums.forums}
    for link in [*forums.links, *forums.caveats]:
        unknown = [f for f in link.between if f not in known and f != "all"]
        if unknown:
            raise ScenarioError(f"a link names unknown forum(s) {unknown}; known: {sorted(known)}", str(path))
    return forums
