# Residual BiGRU temporal attention + ResNet-18-like CNN (32 base channels)
# on UTD-MHAD cross-subject skeletons: 64 frames x 20 joints x (x, y, z).
_base_ = [
    '_base_/utd_mhad_xsub_skeleton.py', '_base_/adam_cosine.py'
]

model = dict(
    type='RecognizerGCN',
    backbone=dict(type='GRUAttentionNet', in_channels=3, num_joints=20,
                  gru_channels=128, cnn=dict(base_channels=32)),
    cls_head=dict(type='MLPHead', num_classes=27, in_channels=256,
                  dropout=0.5))
