"""Insights: metrics fetched back from the channels."""
