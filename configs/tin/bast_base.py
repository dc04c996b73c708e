# TIN ResNet-50 on the BAST base protocol (9 classes), fine-tuned from the
# checkpoint that tin/_base_/finetune.py names, with the schedule of the
# upstream fine-tune it cites; 8 one-frame segments (1x1x8), one clip and a
# centre crop at test time.
#   python tools/train.py configs/tin/bast_base.py --auto-scale-lr
_base_ = ['./_base_/finetune.py', '../_base_/datasets/bast_base_rgb_1x1x8.py']

model = dict(cls_head=dict(num_classes=9))
