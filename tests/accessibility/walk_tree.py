"""Dump one application's AT-SPI accessibility tree as JSON (run by the SYSTEM python3, with pyatspi).

Usage: walk_tree.py <pid>. Prints a list of nodes: role, name, description, states, the names of the
labels it is labelled by, and its path of roles. Children of tables, lists and trees (their cells and
items) are not descended into: the views themselves are checked, not every row.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

LEAF_ROLES = {"table", "tree table", "list", "tree", "list box"}
STATES = ("focusable", "showing", "visible", "enabled", "checked", "focused")


def find_app(pid: int):
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(40):
        for app in desktop:
            if app is not None and app.get_process_id() == pid:
                return app
        time.sleep(0.25)
    raise SystemExit(f"no application with pid {pid} on the accessibility bus")


def labels(node) -> list[str]:
    found = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                found.append(relation.getTarget(i).name or "")
    return found


def walk(node, path: list[str], out: list[dict], depth: int = 0) -> None:
    if node is None or depth > 60:
        return
    role = node.getRoleName()
    states = node.getState()
    out.append(
        {
            "role": role,
            "name": node.name or "",
            "description": node.description or "",
            "states": [s for s in STATES if states.contains(getattr(pyatspi, "STATE_" + s.upper()))],
            "labelled_by": labels(node),
            "path": "/".join(path + [role]),
        }
    )
    if role in LEAF_ROLES:
        return
    for child in node:
        walk(child, path + [role], out, depth + 1)


def main() -> None:
    out: list[dict] = []
    for window in find_app(int(sys.argv[1])):
        walk(window, [], out)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
