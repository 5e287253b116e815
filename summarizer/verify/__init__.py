"""Stage 3, verify: the rules that decide whether each value rests on the
sentences it cites (rules.py), the deterministic repairs run before them, and
what they need to read text: dates and datelines, numbers, casualty categories,
event types, instructions hidden in articles (injection.py).

May import: summarizer.read, summarizer.core."""
