"""The package's own registries (MMAction2's are in ``mmaction.registry``).

Like ``mmaction/registry.py``, each registry names the modules that fill it
(``locations``): mmengine imports them on the first lookup, so a plug-in is
one decorated class in one of those modules and the module that declares
the interface never imports its implementations.
"""
from mmengine.registry import Registry

#: Pose backends of ``tools/data/extract_pose.py`` and the detector's
#: on-the-fly poses (:class:`mmaction_har.pose.backend.PoseBackend`), by
#: their ``name``.
POSE_BACKENDS = Registry(
    'pose backend',
    locations=['mmaction_har.pose.mediapipe_backend',
               'mmaction_har.pose.mmpose_backend'])
