# I3D ResNet-50 trained from scratch with the schedule of upstream's only
# I3D-R50 recipe, from random weights (i3d_scratch_100e.py). Every i3d
# <dataset>_scratch.py config composes this with a dataset base from
# ../../_base_/datasets/.
_base_ = [
    '../../_base_/models/i3d_r50.py',
    '../../_base_/schedules/i3d_scratch_100e.py',
    '../../_base_/default_runtime.py'
]
