"""``np.Inf`` for MMAction2's ``PoseCompact`` under numpy 2.

numpy 2 removed the alias ``np.Inf`` (use ``np.inf``), and MMAction2 1.2.0's
``PoseCompact`` and ``MMCompact`` call ``np.min(..., initial=np.Inf)``, so
every PoseC3D pipeline dies with ``AttributeError`` on the first sample. When
(and only when) numpy lacks the alias we give it back, as the same float it
was. numpy 1.x is left untouched.
"""
import numpy as np


def install():
    """Define ``np.Inf`` if this numpy has no such attribute."""
    if not hasattr(np, 'Inf'):
        np.Inf = np.inf
