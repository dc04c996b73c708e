"""Logic of ``tools/experiments/*.py`` (one module per tool)."""
