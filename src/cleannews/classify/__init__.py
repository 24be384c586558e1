"""Classifiers shared by every parser: a line is recognised the same way wherever it appears.

- :mod:`.credits`: wire credit lines ("With reporting by AFP, Reuters") and their agencies;
- :mod:`.disclaimers`: notices (undesirable organization, copyright, corrections ...);
- :mod:`.chrome`: site chrome text (skip links, tickers, share labels, player leftovers);
- :mod:`.captions`: photo credits inside captions;
- :mod:`.stamps`: publication stamps ("Published 10:48, Nov 19, 2019 | Updated 11:05").
"""
