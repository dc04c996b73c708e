# ir-CSN ResNet-152 on BAST base protocol (9 classes) with the background
# stripped (the background-stripping tool's output; same lists, labels and
# splits). Compare with bast_base.py.
_base_ = ['./_base_/scratch.py', '../_base_/datasets/bast_base_nobg_rgb.py']

model = dict(cls_head=dict(num_classes=9))
# max_testing_views (the model base) needs one video per batch, as upstream.
val_dataloader = dict(batch_size=1)
