"""Child-action importer (``tools/data/prepare_child.py``).

:mod:`.sources` reads OpenPose JSON folders or the documented CSV,
:mod:`.prepare` keeps one child per frame (with
:mod:`mmaction_har.pose.tracking`), converts keypoint layouts, splits by
child and writes the pose pickle, and :mod:`.videos` writes RGB video
lists with the same split.
"""
