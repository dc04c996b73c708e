# SlowOnly ResNet-50 trained from scratch: the model
# (../../_base_/models/slowonly_r50.py) and the RGB schedule
# (sgd_cosine_rgb.py).
_base_ = [
    '../../_base_/models/slowonly_r50.py',
    '../../_base_/schedules/sgd_cosine_rgb.py',
    '../../_base_/default_runtime.py'
]
