# Ablation of utd-mhad-xsub_skeleton.py: the same CNN on the raw skeleton
# image, without the residual BiGRU temporal attention.
_base_ = ['utd-mhad-xsub_skeleton.py']

model = dict(backbone=dict(use_attention=False))
