"""Decoding in a background thread: order, errors, early stops."""
import threading

import pytest

from mmaction_har.detection.prefetch import in_background


def test_items_in_order():
    assert list(in_background(iter(range(100)), size=3)) == list(range(100))


def test_errors_reach_the_consumer():

    def failing():
        yield 1
        raise ValueError('bad frame')

    with pytest.raises(ValueError, match='bad frame'):
        list(in_background(failing()))


def test_early_stop_ends_the_thread():
    before = threading.active_count()
    items = in_background(iter(range(10**6)), size=2)
    assert next(items) == 0
    items.close()
    assert threading.active_count() == before
