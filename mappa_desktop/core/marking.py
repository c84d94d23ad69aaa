"""The default security marking (research brief §6: OFFICIAL with the SENSITIVE handling caveat)."""

DEFAULT_MARKING = "OFFICIAL-SENSITIVE"
