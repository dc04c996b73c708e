# ir-CSN ResNet-152 on the BAST base protocol (9 classes), fine-tuned from the
# checkpoint that csn/_base_/finetune.py names, with the schedule of the
# upstream fine-tune it cites; 32x2x1 sampling, 10 clips x 3 crops at test
# time.
#   python tools/train.py configs/csn/bast_base.py --auto-scale-lr
_base_ = ['./_base_/finetune.py', '../_base_/datasets/bast_base_rgb.py']

model = dict(cls_head=dict(num_classes=9))
# max_testing_views (the model base) needs one video per batch, as upstream.
val_dataloader = dict(batch_size=1)
