# SlowOnly ResNet-50 trained from scratch with upstream's SlowOnly-R50
# Kinetics-400 schedule (slowonly_scratch_256e.py). Every slowonly
# <dataset>_scratch.py config composes this with a dataset base from
# ../../_base_/datasets/.
_base_ = [
    '../../_base_/models/slowonly_r50.py',
    '../../_base_/schedules/slowonly_scratch_256e.py',
    '../../_base_/default_runtime.py'
]
