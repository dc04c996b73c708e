# As bast_eval.py, with every class equally likely in each training batch:
# ClassBalancedSampler (mmaction_har/datasets/samplers.py) draws samples
# with probability 1 / (count of their class), with replacement; an epoch
# keeps the dataset's length. power=0.5 balances by the square root.
_base_ = ['./bast_eval.py']

train_dataloader = dict(
    sampler=dict(_delete_=True, type='ClassBalancedSampler', power=1.0))
