from .cnn_lstm import RecognizerCNNLSTM

__all__ = ['RecognizerCNNLSTM']
