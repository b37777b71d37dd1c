"""Received invoices and expenses (#21)."""
