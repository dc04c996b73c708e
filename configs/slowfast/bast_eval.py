# SlowFast ResNet-50 on the BAST evaluation protocol (42 classes), fine-tuned
# from the checkpoint that slowfast/_base_/finetune.py names, with the schedule
# of the upstream fine-tune it cites; 4x16x1 (32 frames at interval 2, the slow
# pathway every 8th), 10 clips x 3 crops at test time.
#   python tools/train.py configs/slowfast/bast_eval.py --auto-scale-lr
_base_ = ['./_base_/finetune.py', '../_base_/datasets/bast_eval_rgb.py']

model = dict(cls_head=dict(num_classes=42))
