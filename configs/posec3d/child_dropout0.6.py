# PoseC3D on the child action dataset (7 actions) with head dropout 0.6 (the
# thesis' dropout study; child.py uses 0.5).
_base_ = ['./child.py']

model = dict(cls_head=dict(dropout_ratio=0.6))
