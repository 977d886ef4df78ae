"""The functional core: pure Python, typed value objects and functions, no Django."""
