"""Training mode, Qt-free: scenarios, what-if comparisons, quiz marking, the forums content and the
training record (its own database file). Nothing here can produce a referral or a referral package."""

from mappa_desktop.core.training.forums import Forum, Forums, Link, Source, load_forums
from mappa_desktop.core.training.quiz import (
    NOT_ELIGIBLE,
    NOT_KNOWN,
    Answer,
    Feedback,
    Point,
    expected_answer,
    mark_answer,
)
from mappa_desktop.core.training.record import NotATrainingDatabase, TrainingRecord, default_training_database
from mappa_desktop.core.training.scenario import (
    Expect,
    Scenario,
    ScenarioError,
    expectation_problems,
    load_scenario,
    load_scenarios,
    scenarios_dir,
)
from mappa_desktop.core.training.whatif import (
    Comparison,
    OutcomeChange,
    RuleFlip,
    WhatIfError,
    compare,
    what_if,
)

__all__ = [
    "NOT_ELIGIBLE",
    "NOT_KNOWN",
    "Answer",
    "Comparison",
    "Expect",
    "Feedback",
    "Forum",
    "Forums",
    "Link",
    "NotATrainingDatabase",
    "OutcomeChange",
    "Point",
    "RuleFlip",
    "Scenario",
    "ScenarioError",
    "Source",
    "TrainingRecord",
    "WhatIfError",
    "compare",
    "default_training_database",
    "expectation_problems",
    "expected_answer",
    "load_forums",
    "load_scenario",
    "load_scenarios",
    "mark_answer",
    "scenarios_dir",
    "what_if",
]
