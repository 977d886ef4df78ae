"""Jobs: the one runner that records status, log, traceback and retries of background work."""
