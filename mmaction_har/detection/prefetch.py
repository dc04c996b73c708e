"""Run an iterator in a background thread, a bounded number of items ahead.

The detector decodes (and prepares) frames in one thread while the model
scores windows in another: decoders and torch release the GIL, so on two
cores the wall time is the larger of the two instead of their sum.
"""
import queue
import threading

_END = object()


class _Failed:

    def __init__(self, error):
        self.error = error


def in_background(iterable, size=32):
    """Yield the items of ``iterable``, produced by a background thread.

    Args:
        iterable (Iterable): Consumed in the background thread only.
        size (int): Items produced ahead at most (memory bound).

    Raises:
        Exception: Whatever the iteration raised, in the consumer.
    """
    items = queue.Queue(maxsize=size)
    stop = threading.Event()

    def put(item):
        while not stop.is_set():
            try:
                items.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce():
        try:
            for item in iterable:
                if not put(item):
                    return
            put(_END)
        except BaseException as err:  # handed to the consumer
            put(_Failed(err))

    thread = threading.Thread(target=produce, name='prefetch', daemon=True)
    thread.start()
    try:
        while True:
            item = items.get()
            if item is _END:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item
    finally:
        stop.set()
        thread.join()
