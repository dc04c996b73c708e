# Skeleton LSTM, joint stream, on UTD-MHAD cross-subject (Kinect v1, 20
# joints x (x, y, z) flattened to 60 values per frame; configs/_base_/
# datasets/utd_mhad_xsub_skeleton.py, 32 frames, small-data augmentation),
# the LSTM outputs averaged over time (pool='mean': 85.12 against 58.60
# for the last time step in our first runs, docs/benchmarks-models.md).
#   python tools/train.py configs/skeleton_lstm/utd-mhad-xsub.py
_base_ = [
    './_base_/lstm.py', '../_base_/datasets/utd_mhad_xsub_skeleton.py'
]

model = dict(backbone=dict(num_joints=20, pool='mean'),
             cls_head=dict(num_classes=27))
