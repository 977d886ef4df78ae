"""Flambeau: an ethical-by-design AI studio for social media marketing."""

__version__ = "0.1.0"
