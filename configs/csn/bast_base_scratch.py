# ir-CSN ResNet-152 on the BAST base protocol (9 classes), trained from scratch
# with the upstream schedule csn/_base_/scratch.py cites; 32x2x1 sampling, 10
# clips x 3 crops at test time. bast_base.py fine-tunes a pre-trained model
# instead.
#   python tools/train.py configs/csn/bast_base_scratch.py --auto-scale-lr
_base_ = ['./_base_/scratch.py', '../_base_/datasets/bast_base_rgb.py']

model = dict(cls_head=dict(num_classes=9))
# max_testing_views (the model base) needs one video per batch, as upstream.
val_dataloader = dict(batch_size=1)
