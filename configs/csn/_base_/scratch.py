# ir-CSN ResNet-152 trained from scratch with the R(2+1)D-34 Kinetics-400
# schedule (r2plus1d_scratch_180e.py): upstream's from-scratch ir-CSN config
# (ircsn_r152_32x2x1-180e_kinetics400-rgb) only tests VMZ's converted weights
# and inherits the 58-epoch fine-tune with frozen BatchNorm. Every csn
# <dataset>_scratch.py config composes this with a dataset base from
# ../../_base_/datasets/.
_base_ = [
    'mmaction::_base_/models/ircsn_r152.py',
    '../../_base_/schedules/r2plus1d_scratch_180e.py',
    '../../_base_/default_runtime.py'
]
