"""concurrent: see concurrent.futures."""
