from .io import atomic_write, dump_json_atomic

__all__ = ['atomic_write', 'dump_json_atomic']
