"""KTH importer: :mod:`.sequences` parses ``00sequences.txt`` (with its
quirks), :mod:`.prepare` turns it and the videos into subsequence lists
split by person (``tools/data/prepare_kth.py``)."""
