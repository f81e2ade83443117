#!/usr/bin/env bash
# Generates the Python gRPC stubs of protos/energycosim/v1 into $1 (a temp dir; never committed).
set -euo pipefail
out="${1:?usage: gen_stubs.sh OUT_DIR}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$out"
protoc -I "$root/protos" --python_out="$out" --grpc_python_out="$out" \
  --plugin=protoc-gen-grpc_python="$(command -v grpc_python_plugin)" \
  "$root"/protos/energycosim/v1/*.proto
# protoc emits "from energycosim.v1 import x_pb2"; make the folders importable packages.
touch "$out/energycosim/__init__.py" "$out/energycosim/v1/__init__.py"
