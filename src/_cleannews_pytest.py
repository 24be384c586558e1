"""The pytest11 entry point of cleannews: dormant until a project opts in.

Installing cleannews must not change the test runs of every project in the
environment, nor slow them (``import cleannews`` loads lxml and the parsers). So this
module imports nothing of cleannews; it declares one ini key and, when the project opts
in, registers the real plugin, :mod:`cleannews.pytest_plugin`:

* ``pytest -p cleannews`` (on the command line or in ``addopts``), or
* ``cleannews_plugin = true`` in the pytest ini file.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pytest

OPT_IN_KEY = "cleannews_plugin"
PLUGIN = "cleannews.pytest_plugin"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        OPT_IN_KEY,
        help="turn on the cleannews plugin: news_page, article_snapshot, "
        "--cleannews-* options (false; '-p cleannews' does the same)",
        type="bool",
        default=False,
    )


def _opted_in(config: pytest.Config) -> bool:
    plugins = getattr(config.known_args_namespace, "plugins", None) or []
    return "cleannews" in {str(name).strip() for name in plugins} or bool(config.getini(OPT_IN_KEY))


def pytest_load_initial_conftests(
    early_config: pytest.Config, parser: pytest.Parser, args: list[str]
) -> None:
    if _opted_in(early_config) and not early_config.pluginmanager.has_plugin(PLUGIN):
        # registered, not import_plugin()ed: the plugin has no asserts to rewrite, and
        # pytest warns when a module already imported (by a test, say) is marked for it
        early_config.pluginmanager.register(importlib.import_module(PLUGIN), PLUGIN)
