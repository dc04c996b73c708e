# R(2+1)D ResNet-34 (MMAction2's r2plus1d_r34) with plain BatchNorm: upstream
# uses SyncBN, which fails outside a distributed run (single GPU, CPU). For
# multi-GPU runs add --cfg-options model.backbone.norm_cfg.type=SyncBN.
_base_ = ['mmaction::_base_/models/r2plus1d_r34.py']

model = dict(backbone=dict(norm_cfg=dict(type='BN3d', requires_grad=True,
                                         eps=1e-3)))
