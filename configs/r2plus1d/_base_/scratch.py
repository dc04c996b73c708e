# R(2+1)D ResNet-34 trained from scratch: the model
# (../../_base_/models/r2plus1d_r34.py) and the one-cycle schedule
# (sgd_onecycle.py).
_base_ = [
    '../../_base_/models/r2plus1d_r34.py',
    '../../_base_/schedules/sgd_onecycle.py',
    '../../_base_/default_runtime.py'
]
