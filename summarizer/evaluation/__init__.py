"""The evaluation harness: gold annotations (gold), scores (metrics), running the
pipeline over the gold set (runner), baselines and the CI gate (gate), and the
tables people read (report). See docs/eval.md."""
