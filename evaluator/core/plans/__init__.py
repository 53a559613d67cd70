"""Payout plans made of components (format version 2)."""
