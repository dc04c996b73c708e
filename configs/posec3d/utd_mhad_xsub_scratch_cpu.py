# utd_mhad_xsub_scratch.py at the CPU size of penn_action_scratch_cpu.py
# (32 frames, 32x32 heatmaps, 16 base channels; the two datasets share the
# joint layout, so the pipelines are the same), for the transfer benchmark
# in docs/benchmarks-models.md. Budget: 12 epochs over the training set
# once (the fine-tune recipe's epoch count, without its x10 repeat), the
# same as utd_mhad_xsub_penn-action-pretrained_cpu.py; the scratch schedule
# (lr 0.2 per 128 clips, cosine annealing) over those 12 epochs.
#   python tools/train.py configs/posec3d/utd_mhad_xsub_scratch_cpu.py \
#       --auto-scale-lr --seed 0
_base_ = ['./penn_action_scratch_cpu.py']

ann_file = 'data/utd_mhad/utd_mhad_xsub_penn-action-2d.pkl'
num_classes = 27
model = dict(cls_head=dict(num_classes=num_classes))
train_dataloader = dict(dataset=dict(dataset=dict(ann_file=ann_file)))
val_dataloader = dict(dataset=dict(ann_file=ann_file))
test_dataloader = dict(dataset=dict(ann_file=ann_file))

train_cfg = dict(max_epochs=12, val_interval=3)
param_scheduler = [
    dict(type='CosineAnnealingLR', eta_min=0, T_max=12, by_epoch=True,
         convert_to_iter_based=True)
]
