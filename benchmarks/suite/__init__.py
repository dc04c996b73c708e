"""Benchmarks of this project against stock MMAction2, run by
``benchmarks/run.py``: each section is a module with a ``run(ctx)``."""
