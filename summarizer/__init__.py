"""summarizer: incident reports in, structured incident records out, every field cited."""

__version__ = "0.1.0"
