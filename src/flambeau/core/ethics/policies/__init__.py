"""Bundled ethics policies (YAML)."""
