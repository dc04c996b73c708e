# Ablation of penn-action.py: without the small-data augmentation (random
# rotation, scaling and temporal crop); frames are still sampled at random
# within segments (UniformSampleFrames).
_base_ = ['./penn-action.py']

train_dataloader = dict(dataset=dict(dataset=dict(pipeline=[
    t for t in _base_.pipelines.j.train if t not in _base_.augment])))
