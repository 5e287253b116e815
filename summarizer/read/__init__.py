"""Stage 1, read: an article from a file or stdin (encodings, HTML, the one text
clean-up) and its numbered sentences with character offsets.

May import: summarizer.core."""
