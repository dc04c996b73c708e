# Ablation of utd-mhad-xsub_skeleton-depth.py: only the fused loss, no
# classifier and loss per branch (MLPHead on the fused features).
_base_ = ['./utd-mhad-xsub_skeleton-depth.py']

model = dict(
    backbone=dict(return_branches=False),
    cls_head=dict(_delete_=True, type='MLPHead', num_classes=27,
                  in_channels=256, dropout=0.5))
