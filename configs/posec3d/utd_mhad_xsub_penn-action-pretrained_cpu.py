# utd_mhad_xsub_penn-action-pretrained.py at CPU size: fine-tuned from
# penn_action_scratch_cpu.py's last checkpoint with upstream's PoseC3D
# fine-tune schedule (posec3d_finetune_12e.py: lr 0.01 per 128 clips, steps
# x0.1 after epochs 9 and 11, 12 epochs) over the training set once, the
# budget of utd_mhad_xsub_scratch_cpu.py, which it differs from in these
# keys only.
#   python tools/train.py configs/posec3d/penn_action_scratch_cpu.py \
#       --auto-scale-lr --seed 0
#   python tools/train.py \
#       configs/posec3d/utd_mhad_xsub_penn-action-pretrained_cpu.py \
#       --auto-scale-lr --seed 0
_base_ = ['./utd_mhad_xsub_scratch_cpu.py']

load_from = 'work_dirs/posec3d/penn_action_scratch_cpu/epoch_16.pth'
optim_wrapper = dict(optimizer=dict(lr=0.01))
param_scheduler = [
    dict(type='MultiStepLR', begin=0, end=12, by_epoch=True,
         milestones=[9, 11], gamma=0.1)
]
