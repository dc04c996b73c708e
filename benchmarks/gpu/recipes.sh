#!/usr/bin/env bash
# Recipes on one GPU (issue "recipes that reproduce the studies", GPU
# check), about 4 minutes:
#   1. the full-size PoseC3D recipe on Penn Action, launched as users launch
#      it (tools/dist_train.sh CONFIG 1, --auto-scale-lr), for the budget of
#      benchmarks/gpu/penn_action_budget.py, then tools/test.py on the
#      official test split (10 clips, `double`);
#   2. training samples/s and peak GPU memory of every family's main config
#      (benchmarks/gpu/family_speed.py).
# Needs data/penn_action/penn_action.pkl (tools/data/prepare_penn_action.py).
#
#   bash benchmarks/gpu/recipes.sh          # on the GPU machine
#   bash benchmarks/gpu/recipes.sh --smoke  # CPU: the families' logic only
#
# Results in $OUT (default work_dirs/benchmarks/gpu): gpu_families.json,
# penn_action_train.log, penn_action_test.json.
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
WORK=work_dirs/benchmarks/penn_action_gpu
rm -rf "$WORK"
start=$(date +%s)
timeout 170 bash tools/dist_train.sh benchmarks/gpu/penn_action_budget.py 1 \
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
timeout 90 "$PYTHON" benchmarks/gpu/family_speed.py --out "$OUT" || true
