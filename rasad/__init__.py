"""Rasad: Persian news in, structured political event data out."""

__version__ = "0.1.0"
