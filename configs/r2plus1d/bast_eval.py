# R(2+1)D ResNet-34 on the BAST evaluation protocol (42 classes), fine-tuned
# from the checkpoint that r2plus1d/_base_/finetune.py names, with the schedule
# of the upstream fine-tune it cites; 32x2x1 sampling, 10 clips x 3 crops at
# test time.
#   python tools/train.py configs/r2plus1d/bast_eval.py --auto-scale-lr
_base_ = ['./_base_/finetune.py', '../_base_/datasets/bast_eval_rgb.py']

model = dict(cls_head=dict(num_classes=42))
