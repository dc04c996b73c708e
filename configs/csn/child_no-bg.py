# ir-CSN ResNet-152 on the child action dataset (7 actions) with the
# background stripped (the background-stripping tool's output; same lists,
# labels and splits). Compare with child.py.
_base_ = ['./_base_/scratch.py', '../_base_/datasets/child_nobg_rgb.py']

model = dict(cls_head=dict(num_classes=7))
# max_testing_views (the model base) needs one video per batch, as upstream.
val_dataloader = dict(batch_size=1)
