"""The batch machinery behind the ``cleannews`` command (private).

``inputs`` turns specs into a lazy stream of jobs (``warc`` and ``fetch`` read WARC files
and URLs); ``runner`` runs them on worker processes with time limits; ``work`` is what a
worker does with one job; ``output`` writes JSON Lines or a folder and finds what a
resumed run has already done; ``progress`` reports on stderr.
"""
