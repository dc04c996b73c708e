#!/usr/bin/env bash
# Distributed training with torchrun: one process per GPU (nccl), or per CPU
# worker (gloo) on a machine without CUDA.
#   bash tools/dist_train.sh CONFIG GPUS [train.py args...]
# Multi-node: run on every node with the same MASTER_ADDR/PORT, e.g.
#   NNODES=2 NODE_RANK=0 PORT=29500 MASTER_ADDR=10.0.0.1 bash tools/dist_train.sh CONFIG 8
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: bash $0 CONFIG GPUS [train.py args...]" >&2
    exit 2
fi
CONFIG=$1
GPUS=$2
shift 2
NNODES=${NNODES:-1}
NODE_RANK=${NODE_RANK:-0}
PORT=${PORT:-29500}
MASTER_ADDR=${MASTER_ADDR:-127.0.0.1}
HERE=$(cd "$(dirname "$0")" && pwd)
# The project's venv (make install) unless PYTHON says otherwise.
if [ -z "${PYTHON:-}" ]; then
    PYTHON=python
    [ -x "$HERE/../.venv/bin/python" ] && PYTHON="$HERE/../.venv/bin/python"
fi

if [ ! -f "$CONFIG" ]; then
    echo "error: config file not found: $CONFIG" >&2
    exit 1
fi
export PYTHONPATH="$HERE/..${PYTHONPATH:+:$PYTHONPATH}"
exec "$PYTHON" -m torch.distributed.run \
    --nnodes="$NNODES" \
    --node_rank="$NODE_RANK" \
    --master_addr="$MASTER_ADDR" \
    --nproc_per_node="$GPUS" \
    --master_port="$PORT" \
    "$HERE/train.py" "$CONFIG" --launcher pytorch "$@"
