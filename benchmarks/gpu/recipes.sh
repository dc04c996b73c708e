#!/usr/bin/env bash
# Recipes on one GPU (issue "recipes that reproduce the studies", GPU
# check), under 8 minutes:
#   1. the full-size PoseC3D recipe on Penn Action, launched as users launch
#      it (tools/dist_train.sh CONFIG 1, --auto-scale-lr), for the budget of
#      benchmarks/gpu/penn_action_budget.py, then tools/test.py on the
#      official test split (10 clips, `double`);
#   2. alongside 1, the recipe's 10-clip test of the CPU-sized PoseC3D
#      checkpoints of docs/benchmarks-models.md (work_dirs/posec3d/*_cpu/),
#      where present;
#   3. unless FAMILIES=0, after 1-2: training samples/s and peak GPU memory
#      of every family's main config (benchmarks/gpu/family_speed.py).
# Needs data/penn_action/penn_action.pkl (tools/data/prepare_penn_action.py)
# and for 2 data/utd_mhad/utd_mhad_xsub_penn-action-2d.pkl
# (tools/data/prepare_utd_mhad.py --layout penn-action-2d).
# The skeleton streams (benchmarks/gpu/skeleton_streams.py) are a separate
# run: sharing the GPU with them, without MPS, slowed this PoseC3D training
# from 0.095 to 0.17-0.25 s per iteration (docs/benchmarks.md).
#
#   bash benchmarks/gpu/recipes.sh          # on the GPU machine
#   bash benchmarks/gpu/recipes.sh --smoke  # CPU: the families' logic only
#
# Results in $OUT (default work_dirs/benchmarks/gpu): penn_action_train.log,
# penn_action_test.json, cpu_checkpoints_test.log, gpu_families.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
export PYTHON PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
OUT=${OUT:-work_dirs/benchmarks/gpu}
mkdir -p "$OUT"
if [ "${1:-}" = "--smoke" ]; then
  exec "$PYTHON" benchmarks/gpu/family_speed.py --smoke --out "$OUT"
fi

# The CPU runs' checkpoints under the recipe's test protocol (their
# configs' test pipeline: 10 clips with flip), heatmaps as in training; in
# the background, alongside 1.
cpu_checkpoints() {
  for run in penn_action_scratch_cpu:16 utd_mhad_xsub_scratch_cpu:12 \
             utd_mhad_xsub_penn-action-pretrained_cpu:12; do
    name=${run%%:*}; ckpt=work_dirs/posec3d/$name/epoch_${run##*:}.pth
    [ -f "$ckpt" ] || continue
    echo "== $name"
    timeout 90 "$PYTHON" tools/test.py "configs/posec3d/$name.py" "$ckpt" \
      --work-dir "work_dirs/benchmarks/cpu_checkpoints/$name" \
      --skip-preflight --cfg-options test_dataloader.num_workers=6 \
      || echo "test exit $?"
  done
}
cpu_checkpoints > "$OUT/cpu_checkpoints_test.log" 2>&1 &
checkpoints=$!

WORK=work_dirs/benchmarks/penn_action_gpu
rm -rf "$WORK"
start=$(date +%s)
timeout "${PENN_TRAIN_TIMEOUT:-330}" bash tools/dist_train.sh \
  benchmarks/gpu/penn_action_budget.py 1 \
  --work-dir "$WORK" --auto-scale-lr --seed 0 --skip-preflight \
  > "$OUT/penn_action_train.log" 2>&1 || echo "train exit $?" >> "$OUT/penn_action_train.log"
echo "train seconds: $(( $(date +%s) - start ))" >> "$OUT/penn_action_train.log"
tail -5 "$OUT/penn_action_train.log"
ckpt=$(ls -t "$WORK"/epoch_*.pth 2>/dev/null | head -1 || true)
if [ -n "$ckpt" ]; then
  timeout 60 "$PYTHON" tools/test.py benchmarks/gpu/penn_action_budget.py "$ckpt" \
    --work-dir "$WORK" --skip-preflight > "$OUT/penn_action_test.log" 2>&1 || true
  cp "$WORK/test_metrics.json" "$OUT/penn_action_test.json" 2>/dev/null || true
  tail -3 "$OUT/penn_action_test.log"
fi

wait "$checkpoints" || true
grep -E "^== |Epoch\(test\)" "$OUT/cpu_checkpoints_test.log" || true
if [ "${FAMILIES:-1}" = 1 ]; then
  timeout 90 "$PYTHON" benchmarks/gpu/family_speed.py --out "$OUT" || true
fi
