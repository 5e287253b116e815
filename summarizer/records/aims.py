"""What an attack or a bombing was aimed at, when the model named only the people
harmed there.

A 1.5B model asked for targets names the people it read about ("traders", "lawyers
and clients", "soldiers") where the article says the act was aimed at a building,
a post, a vehicle or a gathering ("a roadside bomb ripped through a minibus
carrying farm workers", "a car bomb ... outside the Palace of Justice", "ambushed
an army patrol"). docs/eval.md annotates that aim, not the people harmed at it
(rule 12); the people are the casualties' `who`. The program reads the aim from
the sentence that tells the act, the way it reads the victim of a cyberattack
(records.parties.hit_by_a_cyberattack); the verifier then checks it as any target.
"""

from __future__ import annotations

import re

from summarizer.verify.parties import GATHERINGS, INSTALLATIONS, PLACES_OF_GATHERING

# Vehicles and gatherings an attack is aimed at, beside the buildings and posts.
_CARRIERS = (r"minibus(?:es)?|bus(?:es)?|truck|lorry|lorries|van|pickup|jeep|vehicle|motorcade|convoy|column|train"
             rf"|ferry|boat|vessel|tanker|{GATHERINGS}")
_BARE_CARRIER = re.compile(rf"(?:{_CARRIERS})s?", re.I)
# "a mine" is what a vehicle struck, never what was attacked ("struck a mine").
_KIND = rf"(?:(?!mine\b)(?:{INSTALLATIONS})|{_CARRIERS}|{PLACES_OF_GATHERING})s?"
# "the crowded central market", "an army patrol", "the weekly cattle market of Ndoliro village"
# (the longest such name: "a police pickup truck", never across "and": "the checkpoint
# and the police station")
# and "the main gate of the infantry barracks" is the barracks.
_NOT_IN_A_NAME = r"(?:and|or|in|at|of|on|near|with|from|to|for|by|carrying|taking|packed|full|loaded|bound|heading)\s"
_AIM = (r"(?:(?:a|an|the)\s+(?:(?:main|front|rear|back|side)\s+)?(?:gate|entrance|doors?|walls?)\s+of\s+)?"
        rf"(?P<aim>(?:a|an|the)\s+(?:(?!{_NOT_IN_A_NAME})[\w'\u2019-]+\s+){{0,4}}{_KIND}(?![\w'\u2019-])"
        # (a name after "of" is capitalised, whatever case the rest is matched in)
        r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*))?)")
_AIMED = re.compile(
    r"\b(?:attacked|raided|stormed|bombed|ambushed|targeted|set\s+fire\s+to|torched|overran|shelled"
    r"|fired\s+(?:on|at|into)|opened\s+fire\s+on|ripped\s+through|tore\s+through|rammed"
    r"|(?:attack|raid|assault|ambush)\s+on|bombing\s+of|ambush\s+of"
    rf"|threw\s+(?:a\s+)?grenades?\s+(?:into|at))\s+{_AIM}", re.I)
# "a bomb exploded outside the Palace of Justice" is caught by the name; "exploded at
# the main gate of the infantry barracks", "went off in a crowded market"
# ... "detonated an explosive device concealed in a luggage cart at the main bus station",
# "exploded at about 23:50 in the crowded night market"
_BLAST_AT = re.compile(rf"\b(?:exploded|went\s+off|detonated|blew\s+up)(?:\s[^.;]{{0,60}}?)?\s"
                       rf"(?:at|outside|inside|in|near|beside|under)\s+{_AIM}", re.I)
# "A car packed with explosives that had been left outside the Palace of Justice ... blew up"
_LEFT_AT = re.compile(rf"\b(?:left|parked|planted|placed|hidden)\s+(?:outside|inside|near|beside|at|in|under)\s+{_AIM}"
                      r"(?=[^.;]*\b(?:blew\s+up|exploded|went\s+off|detonated)\b)", re.I)
# "A police pickup truck taking prisoners back from court was struck by a roadside bomb"
_STRUCK = re.compile(rf"^(?:[^.;]*?\s)?{_AIM}[^.;:]{{0,80}}?\s(?:was|were)\s+(?:struck|hit|targeted|attacked|ambushed"
                     r"|bombed|raided|stormed)\s+by\b", re.I)


def aim_of_the_act(texts: list[tuple[int, str]]) -> tuple[str, int] | None:
    """(what the act was aimed at, the sentence that says so) from the first of
    `texts` (sentence number, text) that tells an attack on a building, a post, a
    vehicle or a gathering; None when none does."""
    for n, text in texts:
        for pattern in (_AIMED, _STRUCK, _BLAST_AT, _LEFT_AT):
            found = pattern.search(text)
            aim = re.sub(r"(?i)^(?:a|an|the)\s+", "", found.group("aim")) if found else ""
            # "the plant", "the market" alone say too little of which one (a page's
            # later paragraphs call many things so); "a minibus", "the convoy" do.
            if aim and (" " in aim or _BARE_CARRIER.fullmatch(aim)):
                return aim, n
    return None
