# PoseC3D on BAST base protocol (9 classes) with head dropout 0.6 (the
# thesis' dropout study; bast_base.py uses 0.5).
_base_ = ['./bast_base.py']

model = dict(cls_head=dict(dropout_ratio=0.6))
