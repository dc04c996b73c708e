# ir-CSN ResNet-152 (MMAction2's ircsn_r152 model base, max_testing_views=10)
# trained from scratch with the RGB schedule (sgd_cosine_rgb.py). Every CSN
# config composes this with a dataset base from ../../_base_/datasets/.
_base_ = [
    'mmaction::_base_/models/ircsn_r152.py',
    '../../_base_/schedules/sgd_cosine_rgb.py',
    '../../_base_/default_runtime.py'
]
