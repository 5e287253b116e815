"""Sites by their kind: the one list of the words that make a name a site (a prison,
a market, a mine, a base) rather than a town, a region or a country.

Read by the verifier (a site is never a country: "Sormina pit") and by the record's
derivation (a site in a town is placed in the town: `records.regions`), so the two
never disagree on what a site is.
"""

from __future__ import annotations

import re

# Sites inside a town ("Grenholt Prison in Stennick", "the Vaino Arena in Tervola").
SITE_KINDS = (r"prison|jail|arena|stadium|market|station|hospital|school|mosque|church|hotel|embassy"
              r"|cathedral|temple|university|college|mall|bazaar|cooperative|co-operative|farm|workshop|factory"
              r"|warehouse|bakery|cafe|café|bar|restaurant|shop|store|clinic|hostel|dormitory|penitentiary"
              r"|seminary|monastery|consulate|headquarters")

# Sites outside a town: "the workers' camp of the tin mine", "an army base".
# (an industrial estate on a town's edge too: the gold places its works in the town)
# (a works by its trade: "the Nettlebank treatment works", not "he works")
OUTSIDE_KINDS = (r"camp|mine|base|barracks|airstrip|airport|plant|dam|depot|field|outpost|checkpoint|site|settlement|hill"
                 r"|(?:treatment|water|sewage|steel|iron|gas|chemical|cement|engineering|pumping)\s+works"
                 r"|(?:industrial|logistics|business|trading|technology)\s+(?:park|estate|zone|area)")
SITE_OUTSIDE = re.compile(rf"\b(?:{OUTSIDE_KINDS})\b"
                          # a named hill: "ON CERRO PANDURO, NEAR THE TOWN OF CUENQUILLA"
                          r"|^(?:cerro|monte|mount|mont|mt\.?|jebel|djebel)\s", re.I)

# A name ending in a site's kind ("Sormina pit", "Kessel refinery") names a site,
# never a country; works the two lists above leave to the town.
# (and a street's: "Markovo, Station Street" gives no country "Station Street")
_ENDING = re.compile(rf"\s(?:{SITE_KINDS}|{OUTSIDE_KINDS}|pit|colliery|quarry|port|bridge|crossing|refinery"
                     r"|street|road|avenue|lane|square|boulevard)$", re.I)


def ends_in_a_site_kind(name: str) -> bool:
    """Does `name` end in a site's kind ("Sormina pit"), so that it names a site?"""
    return bool(_ENDING.search(name.strip()))
