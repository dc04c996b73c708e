# SlowOnly ResNet-50 on KTH (6 actions), fine-tuned from the checkpoint that
# slowonly/_base_/finetune.py names, with the schedule of the upstream
# fine-tune it cites; 8x8x1 sampling, 10 clips x 3 crops at test time.
#   python tools/train.py configs/slowonly/kth.py --auto-scale-lr
_base_ = ['./_base_/finetune.py', '../_base_/datasets/kth_rgb_8x8x1.py']

model = dict(cls_head=dict(num_classes=6))
