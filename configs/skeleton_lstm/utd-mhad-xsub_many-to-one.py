# As utd-mhad-xsub.py with the study's many-to-one LSTM: the last time step
# of the top layer, not the mean over time steps.
_base_ = ['./utd-mhad-xsub.py']

model = dict(backbone=dict(pool='last'))
