"""Logic behind the thin scripts in ``tools/`` (argument parsing, config
merging, input checks), kept here so tests can reach it."""
