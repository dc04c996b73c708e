#!/usr/bin/env bash
# PoseC3D training on one GPU (full-size recipe, synthetic keypoints):
# samples/s, data_time share and GPU utilisation with MMAction2's heatmaps,
# FastGeneratePoseTarget and GPU heatmaps (HeatmapDataPreprocessor), 8
# workers, AMP off and on. About 3 minutes; killed at 4.
#
#   bash benchmarks/gpu/pipeline.sh            # on the GPU machine
#   bash benchmarks/gpu/pipeline.sh --smoke    # CPU, tiny sizes (logic only)
#
# Results: $OUT/gpu_pipeline.json (OUT defaults to work_dirs/benchmarks/gpu).
# PYTHON picks the interpreter (default: .venv/bin/python, else python3).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
exec timeout 240 "$PYTHON" benchmarks/gpu/train_speed.py "$@"
