# SlowOnly ResNet-50 (MMAction2's slowonly_r50), from scratch; transfer
# variants load a Kinetics-400 / OmniSource checkpoint with `load_from`.
_base_ = ['mmaction::_base_/models/slowonly_r50.py']

model = dict(backbone=dict(pretrained=None))
