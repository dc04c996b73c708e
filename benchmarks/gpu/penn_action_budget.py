# The full-size PoseC3D recipe on Penn Action (configs/posec3d/
# penn_action_scratch.py: SlowOnly-R50, 48 frames, 56x56, 13 joints, batch
# 16 per GPU) cut to the minutes one GPU check may take: EPOCHS passes over
# the training set (upstream's scratch schedule: 24 epochs x RepeatDataset
# x10 = 240), the cosine schedule compressed to that length, validation only
# at the end, heatmaps rendered on the GPU (pose_heatmaps = 'device'). Used
# by benchmarks/gpu/recipes.sh; the numbers it gives are a budget-limited
# run, not the recipe's result.
_base_ = ['../../configs/posec3d/penn_action_scratch.py']

EPOCHS = 20
ann_file = 'data/penn_action/penn_action.pkl'
pose_heatmaps = 'device'
train_cfg = dict(max_epochs=EPOCHS, val_interval=EPOCHS)
param_scheduler = [
    dict(type='LinearLR', start_factor=0.1, by_epoch=True, begin=0, end=1,
         convert_to_iter_based=True),
    dict(type='CosineAnnealingLR', eta_min=0, T_max=EPOCHS - 1, begin=1,
         end=EPOCHS, by_epoch=True, convert_to_iter_based=True)
]
train_dataloader = dict(num_workers=12, dataset=dict(
    times=1, dataset=dict(ann_file=ann_file)))
val_dataloader = dict(num_workers=12, dataset=dict(ann_file=ann_file))
test_dataloader = dict(batch_size=8, num_workers=12,
                       dataset=dict(ann_file=ann_file))
default_hooks = dict(checkpoint=dict(interval=EPOCHS, save_best=None))
