# R(2+1)D ResNet-34 trained from scratch with upstream's R(2+1)D-34
# Kinetics-400 schedule (r2plus1d_scratch_180e.py). Every r2plus1d
# <dataset>_scratch.py config composes this with a dataset base from
# ../../_base_/datasets/.
_base_ = [
    '../../_base_/models/r2plus1d_r34.py',
    '../../_base_/schedules/r2plus1d_scratch_180e.py',
    '../../_base_/default_runtime.py'
]
