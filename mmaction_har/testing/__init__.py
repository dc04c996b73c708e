"""Test helpers shipped with the package (used by tests/configs)."""
from .shrink import shrink_config, shrink_model, shrink_pipeline

__all__ = ['shrink_config', 'shrink_model', 'shrink_pipeline']
