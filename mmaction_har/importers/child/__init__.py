"""Child-action importer (``tools/data/prepare_child.py``).

:mod:`.sources` reads OpenPose JSON folders or the documented CSV,
:mod:`.tracking` keeps one child per frame, :mod:`.prepare` converts
keypoint layouts, splits by child and writes the pose pickle, and
:mod:`.videos` writes RGB video lists with the same split.
"""
