"""Errors the batch runner records for a document, all under :class:`CleannewsError`.

::

    CleannewsError
    ├── InputError
    │   ├── FetchError         a URL could not be fetched (network, HTTP status, size cap)
    │   └── InputTooLarge      a document over the batch's size limit
    └── BatchError
        ├── DocumentTimeout    no result within the per-document time limit
        └── WorkerCrashed      the worker process died on the document
"""

from __future__ import annotations

from .._errors import CleannewsError, InputError

__all__ = ["BatchError", "DocumentTimeout", "FetchError", "InputTooLarge", "WorkerCrashed"]


class FetchError(InputError):
    """A URL could not be fetched: network error, HTTP error status, too many redirects."""


class InputTooLarge(InputError):
    """The document is larger than the batch's per-document size limit."""


class BatchError(CleannewsError):
    """The batch machinery, not the page, failed on a document."""


class DocumentTimeout(BatchError):
    """The document took longer than the per-document time limit; its worker was replaced."""


class WorkerCrashed(BatchError):
    """The worker process died (killed, out of memory, crashed) while on the document."""
