"""Text from the public on its way into a spreadsheet: the CSV exports of the directory and of registrations.

A spreadsheet program runs a cell that starts with = + - @ (or a tab or carriage return) as a formula, so
such a cell gets a leading apostrophe (OWASP, "CSV Injection"). A phone number such as "+45 12 34 56 78"
stays as it is: a formula of digits, spaces and brackets calls nothing.
"""

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PHONE_LIKE = re.compile(r"[+-]?[0-9 ()]+")


def spreadsheet_safe(value):
    """`value` as text a spreadsheet shows rather than runs; None becomes an empty cell."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_START) and not PHONE_LIKE.fullmatch(text):
        return "'" + text
    return text
