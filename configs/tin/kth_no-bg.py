# TIN ResNet-50 on KTH (6 actions) with the background
# stripped (the background-stripping tool's output; same lists, labels and
# splits). Compare with kth.py.
_base_ = ['./kth.py']

data_root = 'data/kth_nobg/videos'
ann_file_train = 'data/kth_nobg/kth_train_videos.txt'
ann_file_val = 'data/kth_nobg/kth_val_videos.txt'
ann_file_test = 'data/kth_nobg/kth_test_videos.txt'

train_dataloader = dict(dataset=dict(ann_file=ann_file_train,
                                     data_prefix=dict(video=data_root)))
val_dataloader = dict(dataset=dict(ann_file=ann_file_val,
                                   data_prefix=dict(video=data_root)))
test_dataloader = dict(dataset=dict(ann_file=ann_file_test,
                                    data_prefix=dict(video=data_root)))
