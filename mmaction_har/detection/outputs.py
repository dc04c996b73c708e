"""Detector outputs: window scores CSV, timeline JSON/CSV, annotated video.

Every file is written under a temporary name and renamed when complete, so
an interrupted run never leaves a file that looks finished.
"""
import csv

import numpy as np

from ..utils.io import atomic_path, atomic_write, dump_json_atomic
from ..utils.video import VideoWriter, even_crop


def write_window_scores(path, result):
    """One row per window: index, start/end (frames and seconds), scores."""
    with atomic_write(path) as f:
        writer = csv.writer(f)
        writer.writerow(['window', 'start_frame', 'end_frame', 'start_s',
                         'end_s'] + list(result.class_names))
        for window, row in zip(result.windows, result.scores):
            start, end = result.seconds(window)
            writer.writerow([window.index, window.start, window.end,
                             f'{start:.3f}', f'{end:.3f}']
                            + [f'{v:.6f}' for v in row])


def write_timeline(json_path, csv_path, segments, video, result, settings):
    """The segments as CSV (start, end, label, score) and as JSON with the
    video's facts and the settings that produced them."""
    with atomic_write(csv_path) as f:
        writer = csv.writer(f)
        writer.writerow(['start', 'end', 'label', 'score', 'max_score',
                         'num_windows'])
        for s in segments:
            writer.writerow([f'{s.start:.3f}', f'{s.end:.3f}', s.label,
                             f'{s.score:.6f}', f'{s.max_score:.6f}',
                             s.num_windows])
    dump_json_atomic(dict(
        video=video, fps=result.fps, num_frames=result.num_frames,
        duration=result.duration, num_windows=len(result.windows),
        classes=list(result.class_names), settings=settings,
        stats=result.stats, segments=[s.to_dict() for s in segments]),
        json_path)


def _label_at(segments, t):
    names = [f'{s.label} {s.score:.2f}' for s in segments
             if s.start <= t < s.end]
    return ', '.join(names)


def write_annotated_video(path, video, segments, height=360):
    """Copy of ``video`` (resized to ``height``) with the segment labels.

    A second sequential pass (OpenCV decodes); memory stays one frame. The
    copy is H.264 with even sides, so browsers play it
    (:mod:`mmaction_har.utils.video`).
    """
    import cv2

    from ..utils.progress import progress_bar
    cap = cv2.VideoCapture(video)
    fps = cap.get(cv2.CAP_PROP_FPS) or 25.0
    total = int(cap.get(cv2.CAP_PROP_FRAME_COUNT)) or None
    writer = None
    try:
        with atomic_path(path) as tmp, progress_bar(total=total, unit='frame',
                                                    leave=False,
                                                    desc='annotate') as bar:
            index = 0
            while True:
                ok, frame = cap.read()
                if not ok:
                    break
                h, w = frame.shape[:2]
                if h != height:
                    width = max(2, round(w * height / h) // 2 * 2)
                    frame = cv2.resize(frame, (width, height))
                frame = np.ascontiguousarray(even_crop(frame[None])[0])
                if writer is None:
                    writer = VideoWriter(tmp, fps, 'h264')
                text = _label_at(segments, index / fps) or '-'
                cv2.putText(frame, f'{index / fps:7.1f}s {text}', (8, 24),
                            cv2.FONT_HERSHEY_SIMPLEX, 0.6, (0, 0, 0), 3)
                cv2.putText(frame, f'{index / fps:7.1f}s {text}', (8, 24),
                            cv2.FONT_HERSHEY_SIMPLEX, 0.6, (255, 255, 255), 1)
                writer.write(frame[..., ::-1])  # BGR -> RGB
                index += 1
                bar.update(1)
            if writer is not None:
                writer.close()  # finish the file before it is moved
    finally:
        if writer is not None:
            writer.close()
        cap.release()
