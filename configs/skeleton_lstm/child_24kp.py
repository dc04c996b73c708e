# Skeleton LSTM (2 x 128, many-to-one) + dense layer, Adam, on 32-frame
# windows of 24 OpenPose keypoints (BODY_25 without MidHip), 7 actions.
_base_ = ['_base_/child_pose.py', '../gru_attention/_base_/adam_cosine.py']

model = dict(
    type='RecognizerGCN',
    backbone=dict(type='SkeletonLSTM', in_channels=2, num_joints=24,
                  hidden_channels=128, num_layers=2, dropout=0.2),
    cls_head=dict(type='MLPHead', num_classes=7, in_channels=128,
                  hidden_channels=(128, ), dropout=0.3))
