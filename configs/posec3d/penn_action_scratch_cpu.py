# penn_action_scratch.py sized for a 2-core CPU, for the Penn Action
# benchmark in docs/benchmarks-models.md. It differs from the recipe in
# these keys only, each because the full size costs 44 s per training
# iteration of 16 clips on 2 cores (1.2 s at this size):
# * 32 frames per clip (recipe 48);
# * 32x32 heatmaps (recipe 56x56 for training, 64x64 for testing), cut
#   from the same 0.875 crop ratio: short side 36, crop 32 for training,
#   36 centre for testing;
# * SlowOnly-R50 with 16 base channels (recipe 32), so the head takes 256
#   channels (recipe 512);
# * 16 epochs over the training set once (recipe 24 epochs over it 10
#   times), cosine annealing over those 16 epochs; LR, momentum, weight
#   decay and clipping stay the recipe's (lr 0.2 per 128 clips:
#   --auto-scale-lr gives 0.025 for one process of 16);
# * validation every 4 epochs on one clip per video (the test protocol,
#   10 clips with flip, runs after training).
# Heatmaps come from FastGeneratePoseTarget (pose_heatmaps = 'cpu': the
# same heatmaps as GeneratePoseTarget within 1e-6, 11x faster).
#   python tools/train.py configs/posec3d/penn_action_scratch_cpu.py \
#       --auto-scale-lr --seed 0
_base_ = ['./penn_action_scratch.py']

pose_heatmaps = 'cpu'
clip_len = 32
model = dict(backbone=dict(base_channels=16), cls_head=dict(in_channels=256))

_left = _base_.left_kp
_right = _base_.right_kp
_target = _base_._target
_tail = _base_._tail
_test_head = [
    dict(type='PoseDecode'),
    dict(type='PoseCompact', hw_ratio=1., allow_imgpad=True),
    dict(type='Resize', scale=(-1, 36)),
    dict(type='CenterCrop', crop_size=36)
]
train_pipeline = [
    dict(type='UniformSampleFrames', clip_len=clip_len),
    dict(type='PoseDecode'),
    dict(type='PoseCompact', hw_ratio=1., allow_imgpad=True),
    dict(type='Resize', scale=(-1, 36)),
    dict(type='RandomResizedCrop', area_range=(0.56, 1.0)),
    dict(type='Resize', scale=(32, 32), keep_ratio=False),
    dict(type='Flip', flip_ratio=0.5, left_kp=_left, right_kp=_right),
    _target, *_tail
]
val_pipeline = [
    dict(type='UniformSampleFrames', clip_len=clip_len, num_clips=1,
         test_mode=True), *_test_head, _target, *_tail
]
test_pipeline = [
    dict(type='UniformSampleFrames', clip_len=clip_len, num_clips=10,
         test_mode=True), *_test_head,
    dict(_target, double=True, left_kp=_left, right_kp=_right), *_tail
]
train_dataloader = dict(
    num_workers=1,
    dataset=dict(times=1, dataset=dict(pipeline=train_pipeline)))
val_dataloader = dict(num_workers=1, dataset=dict(pipeline=val_pipeline))
test_dataloader = dict(num_workers=1, dataset=dict(pipeline=test_pipeline))

train_cfg = dict(max_epochs=16, val_interval=4)
param_scheduler = [
    dict(type='CosineAnnealingLR', eta_min=0, T_max=16, by_epoch=True,
         convert_to_iter_based=True)
]
