# As utd-mhad-xsub.py, but the LSTM outputs are averaged over all time steps
# instead of taking the last one (many-to-many pooled).
_base_ = ['utd-mhad-xsub.py']

model = dict(backbone=dict(pool='mean'))
