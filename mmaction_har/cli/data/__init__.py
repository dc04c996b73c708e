"""Logic of ``tools/data/*.py``: importers, pose extraction, demo corpus,
background stripping and annotation checks (one module per tool)."""
