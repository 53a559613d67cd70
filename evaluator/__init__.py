"""Opportunity Evaluator: see what a business opportunity really costs and earns."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("opportunity-evaluator")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"
