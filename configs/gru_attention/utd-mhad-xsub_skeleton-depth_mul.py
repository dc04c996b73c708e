# As utd-mhad-xsub_skeleton-depth.py, the branch features fused by their
# element-wise product instead of their average.
_base_ = ['./utd-mhad-xsub_skeleton-depth.py']

model = dict(backbone=dict(fusion='mul'))
