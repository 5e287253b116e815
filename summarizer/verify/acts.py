"""The verbs of an act (rule 15): the words next to which a name is a perpetrator
(before) or a target (after). One list, read by summarizer.verify.roles."""

# A name in the sentence is not yet a perpetrator or a target: the sentence must put
# it in that role, next to one of these.
ACTS = (r"attack\w*|ambush\w*|storm\w*|raid\w*|target\w*|struck|strike\w*|hit|bomb\w*|shell\w*|fired|"
        r"firing|opened\s+fire|shot|shoot\w*|kill\w*|abduct\w*|kidnap\w*|seiz\w*|took|taken|captur\w*|"
        r"hack\w*|breach\w*|disabled|encrypt\w*|blew\s+up|blown\s+up|set\s+fire|burn\w*|assault\w*|"
        r"besieg\w*|overran|overrun|clash\w*|fought|fight\w*|beat\w*|stabb\w*|massacr\w*|detonat\w*|"
        r"explod\w*|rammed|looted|torched|crippl\w*|knocked|paralys\w*|paralyz\w*|infect\w*|"
        r"carried\s+out|carry\w*\s+out|behind|blew|broke|threw|throw\w*|stopp\w*|used|using|riot\w*|rip\w*|"
        r"went\s+off|blast\w*|wound\w*|injur\w*|dispers\w*|break\s+up|broke\s+up|cracked\s+down|ambush\w*|"
        r"hostage(?!-)|attack|march\w*|protest\w*|demonstrat\w*|struck|hijack\w*|plunder\w*|gunn\w*|hurled|"
        r"plant\w*|planted|shut|shutting|blows?\s+up|put\s+out\s+of\s+(?:service|action)|detain\w*|held|hold\w*|dropp\w*|drone\s+strike|taking|exchang\w*\s+fire|trad\w*\s+fire"
        r"|burst\s+into|carried\s+off|blocked|forced|lobbed|raked|overpower\w*|placed|doused|set\s+alight"
        r"|pelt\w*|dynamit\w*|got\s+into|broke\s+into|broken\s+into|set\s+on\s+fire|set\s+ablaze"
        # "A military supply truck was destroyed when an IED ... detonated", "young men smashed
        # their way into at least 15 shops"
        r"|destroy\w*|smash\w*"
        # a data theft: "documents stolen from the Ministry of Foreign Affairs", "Hackers dump
        # trove of cables online"
        r"|stole|stolen\s+from|leaked|leaking|dump(?:ed|ing|s)?|exfiltrat\w*"
        # an arson: "poured fuel over the entrance of the Al-Nour Mosque ... and set it alight"
        r"|poured\s+(?:petrol|fuel|gasoline|kerosene|diesel|paraffin)"
        # police against a crowd: "charging the crowd with batons"
        r"|charg(?:ed|ing)(?!\s+(?:with|over|in\s+connection))|moved\s+in\s+with"
        # a looting: "Looters stripped dozens of shops in the old town"
        r"|stripped")
