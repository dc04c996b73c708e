# ir-CSN ResNet-152 fine-tuned from MMAction2's IG-65M -> Kinetics-400
# ir-CSN-152 (the thesis fine-tuned FineGym / NTU60 CSN weights, which
# MMAction2's zoo does not have): checkpoint
# ircsn_ig65m-pretrained-r152_8xb12-32x2x1-58e_kinetics400-rgb, schedule of
# upstream's IG-65M fine-tune with frozen BatchNorm (csn_finetune_58e.py;
# norm_eval and bn_frozen below). The classification head is re-initialised for
# each dataset (its checkpoint weights do not match in shape and are skipped
# with a warning). Every unsuffixed csn config composes this with a dataset
# base from ../../_base_/datasets/.
# Offline, download the checkpoint and pass it:
#   mim download mmaction2 --dest checkpoints \
#       --config ircsn_ig65m-pretrained-r152_8xb12-32x2x1-58e_kinetics400-rgb
#   python tools/train.py CONFIG --cfg-options load_from=checkpoints/FILE
# (FILE: the last part of load_from).
_base_ = [
    'mmaction::_base_/models/ircsn_r152.py',
    '../../_base_/schedules/csn_finetune_58e.py',
    '../../_base_/default_runtime.py'
]

# BatchNorm frozen (statistics and affine parameters), as every upstream
# IG-65M / Sports-1M fine-tune of CSN.
model = dict(backbone=dict(norm_eval=True, bn_frozen=True))
load_from = 'https://download.openmmlab.com/mmaction/v1.0/recognition/csn/ircsn_ig65m-pretrained-r152_8xb12-32x2x1-58e_kinetics400-rgb/ircsn_ig65m-pretrained-r152_8xb12-32x2x1-58e_kinetics400-rgb_20220811-c7a3cc5b.pth'  # noqa: E501
