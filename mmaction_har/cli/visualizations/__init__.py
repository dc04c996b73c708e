"""Logic of ``tools/visualizations/*.py``: Grad-CAM videos, CAM energy
and skeleton rendering (one module per tool)."""
