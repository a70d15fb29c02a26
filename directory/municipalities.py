"""Denmark's 98 municipalities as the official list has them (code, name, region), read from data/.

Data, not content: the directory's municipality pages are made from this list by the demo loader, and a
seminar registration can name any municipality on it, also one without a page yet, at no query's cost.
"""

import csv
import functools
from pathlib import Path

MUNICIPALITIES_CSV = Path(__file__).resolve().parent / "data" / "municipalities.csv"


@functools.cache
def official_municipalities():
    """Every row of the official list, as dictionaries with the file's column names."""
    with MUNICIPALITIES_CSV.open(encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


@functools.cache
def municipality_choices():
    """(official code, name) of every municipality, sorted by name."""
    return sorted(((row["code"], row["name"]) for row in official_municipalities()), key=lambda row: row[1])
