# The depth branch of utd-mhad-xsub_skeleton-depth.py alone (depth motion
# maps -> small ResNet), cross-subject: how good is depth by itself?
_base_ = ['utd-mhad-xsub_skeleton-depth.py']

model = dict(backbone=dict(skeleton=None))
