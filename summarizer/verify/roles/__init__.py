"""Rule 15: the role of a party (a perpetrator, a target): `plays_role` asks whether a cited
sentence puts a name in that role; `force_used_on_them` whether a riot's crowd is on both sides."""

from summarizer.verify.roles.force import force_used_on_them
from summarizer.verify.roles.party_role import plays_role

__all__ = ["force_used_on_them", "plays_role"]
