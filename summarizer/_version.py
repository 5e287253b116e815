"""The package version, in a module of its own: every layer may read it (the
review pages print it) without importing the package's __init__, which reaches
the top layer (summarizer.api)."""

__version__ = "0.1.0"
