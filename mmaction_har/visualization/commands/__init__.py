"""Logic of ``tools/visualizations/*.py`` (argument parsing and ``main``)."""
