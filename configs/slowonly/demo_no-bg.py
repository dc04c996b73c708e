# The demo SlowOnly on the demo corpus with the background stripped (only the
# figure kept, black elsewhere): the same KTH-layout subsequence lists, run
# through the background-stripping tool, e.g. for each split S:
#   python tools/data/strip_background.py data/demo/kth/kth_S_videos.txt \
#       --data-root data/demo/raw/kth/videos --out-root data/demo_nobg/videos \
#       --out-list data/demo_nobg/kth_S_videos.txt --method seg
# (`make demo-experiments` does it). Compare with demo.py.
_base_ = ['./demo.py']

data_root = 'data/demo_nobg/videos'
ann_file_train = 'data/demo_nobg/kth_train_videos.txt'
ann_file_val = 'data/demo_nobg/kth_val_videos.txt'
ann_file_test = 'data/demo_nobg/kth_test_videos.txt'

train_dataloader = dict(dataset=dict(ann_file=ann_file_train,
                                     data_prefix=dict(video=data_root)))
val_dataloader = dict(dataset=dict(ann_file=ann_file_val,
                                   data_prefix=dict(video=data_root)))
test_dataloader = dict(dataset=dict(ann_file=ann_file_test,
                                    data_prefix=dict(video=data_root)))
