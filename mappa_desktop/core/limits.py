"""Length caps for every value that comes from a person or a file (names, free text, lists)."""

NAME_MAX = 200
TEXT_MAX = 20000
LIST_MAX = 100
