"""`summarizer batch`: many articles, concurrent, cached, resumable, nothing lost.

    sources.py   find articles in files, folders, JSONL and CSV; stable ids
    output.py    the JSONL output: atomic lines, torn-line recovery, lock, compaction
    runner.py    the worker pool, signals, budget stop
    rategate.py  one pause for all workers when the server says 429
    pricing.py   token prices (built-in estimate, [prices] in config) and budgets
    progress.py  progress bar and summary table
    job.py       one run, start to end
    html_pages.py  --html-dir: a review page per article and an index

The user-facing contract is in docs/batch.md.
"""
