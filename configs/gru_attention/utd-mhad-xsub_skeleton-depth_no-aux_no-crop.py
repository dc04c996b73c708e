# The fused model before the fix: utd-mhad-xsub_skeleton-depth_no-aux.py
# without the random crops of the depth motion maps.
_base_ = ['./utd-mhad-xsub_skeleton-depth_no-aux.py']

train_dataloader = dict(dataset=dict(pipeline=[
    t for t in _base_.train_pipeline if t['type'] != 'RandomCropDepthMaps'
]))
