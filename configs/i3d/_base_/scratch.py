# I3D ResNet-50 trained from scratch: the model (i3d_r50.py) and the RGB
# schedule (sgd_cosine_rgb.py). Every I3D config composes this with a dataset
# base from ../../_base_/datasets/
_base_ = [
    '../../_base_/models/i3d_r50.py',
    '../../_base_/schedules/sgd_cosine_rgb.py',
    '../../_base_/default_runtime.py'
]
