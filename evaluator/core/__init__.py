"""The Qt-free heart of Opportunity Evaluator: model, file format, formulas, simulation, red flags.

Nothing in this package may import Qt; tests/core/test_no_qt.py enforces it.
"""
