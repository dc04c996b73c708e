# As utd-mhad-xsub_skeleton-depth.py, the branch features fused by their
# element-wise maximum instead of their average.
_base_ = ['./utd-mhad-xsub_skeleton-depth.py']

model = dict(backbone=dict(fusion='max'))
