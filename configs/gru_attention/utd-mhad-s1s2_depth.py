# The depth branch of utd-mhad-s1s2_skeleton-depth.py alone (depth motion
# maps -> small ResNet): train on subject 1, test on subject 2.
_base_ = ['utd-mhad-s1s2_skeleton-depth.py']

model = dict(backbone=dict(skeleton=None))
