# The frame every SGD schedule of the zoo shares with the upstream recipes it
# follows: epoch-based loops validating every epoch, SGD with momentum 0.9 and
# gradient clipping at 40. Each schedule adds its epochs, learning rate,
# weight decay, LR schedule and the total batch its learning rate is for
# (auto_scale_lr.base_batch_size: --auto-scale-lr scales lr by
# GPUs x batch size / base_batch_size).
train_cfg = dict(type='EpochBasedTrainLoop', val_begin=1, val_interval=1)
val_cfg = dict(type='ValLoop')
test_cfg = dict(type='TestLoop')

optim_wrapper = dict(
    optimizer=dict(type='SGD', momentum=0.9),
    clip_grad=dict(max_norm=40, norm_type=2))

auto_scale_lr = dict(enable=False)
