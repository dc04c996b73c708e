"""Inference: load a recognizer, recognise videos, frames and poses."""
from .classes import class_names, read_class_file
from .inference import (Prediction, predict_batch, prepare_input, recognize,
                        topk)
from .model import load_recognizer
from .pipeline import TestPipeline

__all__ = [
    'load_recognizer', 'recognize', 'prepare_input', 'predict_batch', 'topk',
    'Prediction', 'TestPipeline', 'class_names', 'read_class_file'
]
