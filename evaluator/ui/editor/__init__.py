"""The offer editor (issue 4, point 2): forms built in code from the model's metadata."""

from .form import OfferEditor

__all__ = ["OfferEditor"]
