"""Zwermkaart: a desktop atlas of residents' networks."""

__version__ = "0.1.0"
