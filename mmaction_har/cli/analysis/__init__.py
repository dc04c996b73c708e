"""Logic of ``tools/analysis/*.py``: reports, curves, score fusion and
threshold selection (one module per tool)."""
