# ir-CSN ResNet-152 on BAST evaluation protocol (42 classes), fine-tuned
# from MMAction2's IG-65M -> Kinetics-400 checkpoint
# (ircsn_ig65m-pretrained-r152_8xb12-32x2x1-58e_kinetics400-rgb). The
# classification head is re-initialised for 42 classes (its checkpoint
# weights do not match in shape and are skipped with a warning). Offline,
# download first and pass the file:
#   mim download mmaction2 --dest checkpoints \
#       --config ircsn_ig65m-pretrained-r152_8xb12-32x2x1-58e_kinetics400-rgb
#   python tools/train.py configs/csn/bast_eval_k400-pretrained.py \
#       --cfg-options load_from=checkpoints/FILE (FILE: the last part of load_from)  # noqa: E501
_base_ = ['./bast_eval.py']

load_from = 'https://download.openmmlab.com/mmaction/v1.0/recognition/csn/ircsn_ig65m-pretrained-r152_8xb12-32x2x1-58e_kinetics400-rgb/ircsn_ig65m-pretrained-r152_8xb12-32x2x1-58e_kinetics400-rgb_20220811-c7a3cc5b.pth'  # noqa: E501
