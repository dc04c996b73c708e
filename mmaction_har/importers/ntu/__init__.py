"""NTU RGB+D importer (``tools/data/prepare_ntu.py``): :mod:`.skeleton`
parses ``.skeleton`` files, :mod:`.protocols` holds the cross-subject and
cross-view splits, :mod:`.prepare` writes the pose pickle."""
