# I3D ResNet-50 on KTH (6 actions), trained from scratch with the upstream
# schedule i3d/_base_/scratch.py cites; 32x2x1 sampling, 10 clips x 3 crops at
# test time. kth.py fine-tunes a pre-trained model instead.
#   python tools/train.py configs/i3d/kth_scratch.py --auto-scale-lr
_base_ = ['./_base_/scratch.py', '../_base_/datasets/kth_rgb.py']

model = dict(cls_head=dict(num_classes=6))
