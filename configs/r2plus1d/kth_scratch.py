# R(2+1)D ResNet-34 on KTH (6 actions), trained from scratch with the upstream
# schedule r2plus1d/_base_/scratch.py cites; 32x2x1 sampling, 10 clips x 3
# crops at test time. kth.py fine-tunes a pre-trained model instead.
#   python tools/train.py configs/r2plus1d/kth_scratch.py --auto-scale-lr
_base_ = ['./_base_/scratch.py', '../_base_/datasets/kth_rgb.py']

model = dict(cls_head=dict(num_classes=6))
