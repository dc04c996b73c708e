# Skeleton LSTM, joint stream, on Penn Action (13 annotated 2D joints x
# (x, y, visibility) flattened to 39 values per frame; configs/_base_/
# datasets/penn_action_skeleton.py, 32 frames, small-data augmentation),
# the LSTM outputs averaged over time (pool='mean').
#   python tools/train.py configs/skeleton_lstm/penn-action.py
_base_ = ['./_base_/lstm.py', '../_base_/datasets/penn_action_skeleton.py']

model = dict(backbone=dict(num_joints=13, pool='mean'),
             cls_head=dict(num_classes=15))
