"""Stage 2, extract: prompts as data files, the model client (openai +
instructor; tenacity for transport), the endpoints it talks to (the embedded
llama.cpp server included), and windows for articles longer than one request.
It returns the model's answers; it does not build records.

May import: summarizer.verify (the validation hook instructor runs),
summarizer.read, summarizer.core."""
