# SlowFast ResNet-50 (MMAction2's slowfast_r50 model base) trained from
# scratch with the RGB schedule (sgd_cosine_rgb.py). Every SlowFast config
# composes this with a dataset base from ../../_base_/datasets/.
_base_ = [
    'mmaction::_base_/models/slowfast_r50.py',
    '../../_base_/schedules/sgd_cosine_rgb.py',
    '../../_base_/default_runtime.py'
]
