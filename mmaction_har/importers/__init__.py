"""Importers: raw dataset layouts -> annotation files the datasets read.

One module or sub-package per source, each behind a ``tools/data/prepare_*``
command:

* :mod:`.bast` -- BAST recordings + ELAN ``.eaf`` files -> clips and lists.
* :mod:`.kth` -- KTH videos + ``00sequences.txt`` -> subsequence lists.
* :mod:`.child` -- child-dataset OpenPose JSON / CSV -> pose pickle (and
  RGB lists with the same child split).
* :mod:`.ntu` -- NTU RGB+D ``.skeleton`` files -> pose pickle.
* :mod:`.penn_action` -- Penn Action ``.mat`` labels -> pose pickle.
* :mod:`.ucf101`, :mod:`.hmdb51` -- official split files -> video lists.
* :mod:`.utd_mhad` -- UTD-MHAD ``.mat`` skeleton/depth -> pose pickle.

Shared by all of them: :mod:`.outputs` (atomic, reproducible writing of
video lists, pose pickles and the Markdown summary), :mod:`.video_lists`
(reporting of video-list importers) and :mod:`.validate` (checks of
annotation files, behind ``tools/data/validate.py``).

Kept import-light: importing this package imports neither torch nor
MMAction2.
"""
