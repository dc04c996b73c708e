# PoseC3D on BAST evaluation protocol (42 classes) with head dropout 0.8
# (the thesis' dropout study; bast_eval.py uses 0.5).
_base_ = ['./bast_eval.py']

model = dict(cls_head=dict(dropout_ratio=0.8))
