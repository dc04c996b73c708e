# TIN ResNet-50 on the BAST evaluation protocol, initialised from a
# model trained on the BAST base protocol (configs/tin/bast_base.py); the
# 9-class head is re-initialised for 42 classes. Put (or link) the bast_base
# checkpoint there first, e.g.
#   ln -s $PWD/work_dirs/bast_base/best_acc_top1_epoch_N.pth checkpoints/bast_base/tin.pth  # noqa: E501
# or pass --cfg-options load_from=PATH.
_base_ = ['./bast_eval.py']

load_from = 'checkpoints/bast_base/tin.pth'
