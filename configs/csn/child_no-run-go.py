_base_ = ['./_base_/finetune.py', '../_base_/datasets/child_no-run-go_rgb.py']

model = dict(cls_head=dict(num_classes=5))
# max_testing_views (the model base) needs one video per batch, as upstream.
val_dataloader = dict(batch_size=1)
