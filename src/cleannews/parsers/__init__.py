"""Parsers, one per module. :mod:`cleannews._registry` lists them and picks one per page."""
