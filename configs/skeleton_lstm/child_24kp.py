# Skeleton LSTM (2 x 128, many-to-one) on 32-frame windows of 24 OpenPose
# keypoints (BODY_25 without MidHip), Adam. Number of classes: set
# num_classes to the importer's class count (5 assumed here).
_base_ = ['_base_/child_body25.py', '../gru_attention/_base_/adam_cosine.py']

num_classes = 5
model = dict(
    type='RecognizerGCN',
    backbone=dict(type='SkeletonLSTM', in_channels=2, num_joints=24,
                  hidden_channels=128, num_layers=2, dropout=0.2),
    cls_head=dict(type='MLPHead', num_classes=num_classes, in_channels=128,
                  hidden_channels=(128, ), dropout=0.3))
