"""The verbs of the act as the role rules read them: an act's verb (never an agent noun), a fight's
verbs, a blast's, and where a new clause begins."""

from __future__ import annotations

import re

from summarizer.verify.acts import ACTS, BOMB_TORE, EXCHANGED_FIRE

# Rule 15: the role of a party (a name in the sentence is not yet a perpetrator or a
# target): next to a verb of the act (summarizer.verify.acts).
# An act's verb, never an agent noun ("the bomber", "fighters", "attackers"): a name
# beside "the bomber" is not thereby the one who bombed or the one bombed.
ACT = rf"(?:{ACTS})(?<!er)(?<!ers)"
# A target is the act's object in the same clause: "five terrorists were killed, and
# the troops seized rifles" does not make the troops a target.
# (a colon opens a clause, not the one of a clock time: "exploded at about 23:50 in the night market")
NEW_CLAUSE = r"\s*(?:;|:(?!\d\d)|,\s*(?:and|but|while|whereas|as|after|before|when|then)\b)"


# A verb of the act anywhere (the last one before a name is the one it goes with), and a blast's.
LAST_ACT = re.compile(rf"\b{ACT}\b", re.I)
BLAST = re.compile(rf"explod|went\s+off|blast|blew|detonat|plant|{BOMB_TORE}", re.I)


FIGHT_VERB = re.compile(rf"clash\w*|fought|fight\w*|battl\w*|{EXCHANGED_FIRE}|exchang\w*|engag\w*", re.I)
