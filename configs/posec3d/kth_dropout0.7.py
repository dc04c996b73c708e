# PoseC3D on KTH (6 actions) with head dropout 0.7 (the thesis' dropout
# study; kth.py uses 0.5).
_base_ = ['./kth.py']

model = dict(cls_head=dict(dropout_ratio=0.7))
