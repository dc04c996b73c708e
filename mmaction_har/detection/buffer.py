"""The frames that pending windows still need, and nothing else."""


class FrameBuffer:
    """Prepared frames by index; frames before a cut-off are dropped.

    Only frames some pending window reads are stored, already passed through
    the frame-wise transforms (e.g. resized to the model's input size), so
    the buffer holds at most the sampled frames of the windows that overlap
    the decoding position.

    Attributes:
        peak (int): Most frames held at once (for tests and benchmarks).
    """

    def __init__(self):
        self._frames = {}
        self.peak = 0

    def put(self, index, frame):
        self._frames[index] = frame
        self.peak = max(self.peak, len(self._frames))

    def get(self, index):
        return self._frames[index]

    def drop_before(self, index):
        """Forget every frame with a smaller index."""
        for key in [k for k in self._frames if k < index]:
            del self._frames[key]

    def __len__(self):
        return len(self._frames)
