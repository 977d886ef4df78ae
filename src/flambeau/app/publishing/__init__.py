"""Publishing: channel accounts, deliveries, the clock, publishing tasks and the worker."""
