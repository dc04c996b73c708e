"""Importers of public benchmarks and the output writer all importers share.

* :mod:`.outputs` -- atomic, reproducible writing of video lists, pose
  pickles and the Markdown summary (used by every ``tools/data/prepare_*``).
* :mod:`.ucf101`, :mod:`.hmdb51` -- official split files to video lists.
* :mod:`.ntu` -- NTU RGB+D ``.skeleton`` files to a pose pickle.
* :mod:`.penn_action` -- Penn Action ``.mat`` labels to a pose pickle.

Kept import-light: nothing here imports torch or MMAction2.
"""
