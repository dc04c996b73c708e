# The depth branch of utd-mhad-xsub_skeleton-depth.py alone (randomly
# cropped depth motion maps -> small ResNet -> MLPHead), cross-subject: how
# good is depth by itself?
_base_ = ['utd-mhad-xsub_skeleton-depth.py']

model = dict(
    backbone=dict(skeleton=None, return_branches=False),
    cls_head=dict(_delete_=True, type='MLPHead', num_classes=27,
                  in_channels=256, dropout=0.5))
