# SlowFast ResNet-50 trained from scratch with upstream's SlowFast-R50
# Kinetics-400 schedule (slowfast_scratch_256e.py). Every slowfast
# <dataset>_scratch.py config composes this with a dataset base from
# ../../_base_/datasets/.
_base_ = [
    'mmaction::_base_/models/slowfast_r50.py',
    '../../_base_/schedules/slowfast_scratch_256e.py',
    '../../_base_/default_runtime.py'
]
