# As utd-mhad-xsub_skeleton-depth.py without modality dropout: both branches
# fused for every training sample (the model before the fix).
_base_ = ['./utd-mhad-xsub_skeleton-depth.py']

model = dict(backbone=dict(branch_dropout=0.))
