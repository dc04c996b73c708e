# TIN ResNet-50 on BAST evaluation protocol (42 classes), fine-tuned from
# MMAction2's Kinetics-400 TIN checkpoint
# (tin_kinetics400-pretrained-tsm-r50_1x1x8-50e_kinetics400-rgb). The
# classification head is re-initialised for 42 classes (its checkpoint
# weights do not match in shape and are skipped with a warning). Offline,
# download first and pass the file:
#   mim download mmaction2 --dest checkpoints \
#       --config tin_kinetics400-pretrained-tsm-r50_1x1x8-50e_kinetics400-rgb
#   python tools/train.py configs/tin/bast_eval_k400-pretrained.py \
#       --cfg-options load_from=checkpoints/FILE (FILE: the last part of load_from)  # noqa: E501
_base_ = ['./bast_eval.py']

load_from = (
    'https://download.openmmlab.com/mmaction/v1.0/recognition/tin/'
    'tin_kinetics400-pretrained-tsm-r50_1x1x8-50e_kinetics400-rgb/'
    'tin_kinetics400-pretrained-tsm-r50_1x1x8-50e_kinetics400-rgb_'
    '20220913-7f10d0c0.pth')
