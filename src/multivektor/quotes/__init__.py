"""Quotes with speakers, and cited sources."""
