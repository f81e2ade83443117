#!/usr/bin/env bash
# Runs the Python client and the Python grid solver against `energycosim serve` on free loopback ports.
# Used by .ci/run as the Python test; fails loudly (never skips) when Debian's python3-grpcio or protoc is missing.
# Usage: run_against_service.sh PATH_TO_energycosim_DLL_OR_EXE
set -euo pipefail
cli="${1:?usage: run_against_service.sh ENERGYCOSIM (dll or executable)}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
py=/usr/bin/python3
"$py" -c "import grpc, google.protobuf" 2>/dev/null || { echo "FAIL: Debian's python3-grpcio/python3-protobuf are missing (apt-get install python3-grpcio python3-protobuf)" >&2; exit 1; }
command -v protoc >/dev/null && command -v grpc_python_plugin >/dev/null || { echo "FAIL: protoc/grpc_python_plugin missing (apt-get install protobuf-compiler protobuf-compiler-grpc)" >&2; exit 1; }

tmp="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT
"$here/gen_stubs.sh" "$tmp/stubs"
export PYTHONPATH="$tmp/stubs"
free_port() { "$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_port() { for _ in $(seq 1 100); do "$py" -c "import socket,sys; socket.create_connection(('127.0.0.1',$1),0.2)" 2>/dev/null && return 0; sleep 0.2; done; echo "FAIL: nothing listens on port $1" >&2; return 1; }

service_port="$(free_port)"
if [[ "$cli" == *.dll ]]; then run=(dotnet "$cli"); else run=("$cli"); fi
"${run[@]}" serve --urls "http://127.0.0.1:$service_port" --examples "$root/examples" >"$tmp/serve.log" 2>&1 &
pids+=($!)
solver_port="$(free_port)"
# With the feeder file the solver answers the scenario's remote power flow on the same feeder as the embedded solver.
"$py" "$here/grid_solver.py" "$solver_port" --feeder "$root/src/EnergyCoSim.Grid/Feeders/Data/ieee34.json" >"$tmp/solver.log" 2>&1 &
pids+=($!)
wait_port "$service_port" || { cat "$tmp/serve.log" >&2; exit 1; }
wait_port "$solver_port" || { cat "$tmp/solver.log" >&2; exit 1; }

echo "== python client: case 5 to the end"
"$py" "$here/run_case5.py" "127.0.0.1:$service_port"
echo "== python client with the python grid solver called each step"
"$py" "$here/run_case5.py" "127.0.0.1:$service_port" --grid-solver "http://127.0.0.1:$solver_port"
# The scenario-setting way: cosim.power_flow names the remote solver, for a gRPC session and for `energycosim cosim`.
sed "s#^    load_scale: 1.0#    load_scale: 1.0\n    solver: remote\n    address: http://127.0.0.1:$solver_port\n    deadline_ms: 5000#" \
  "$root/examples/cosim-case5-ieee34/case5_ieee34.yaml" >"$tmp/remote_solver.yaml"
grep -q "solver: remote" "$tmp/remote_solver.yaml" || { echo "FAIL: could not set solver: remote in the scenario" >&2; exit 1; }
echo "== python client, scenario with cosim.power_flow.solver: remote (the session sends the IEEE 34 feeder's buses)"
"$py" "$here/run_case5.py" "127.0.0.1:$service_port" --scenario-file "$tmp/remote_solver.yaml"
echo "== energycosim cosim with the python grid solver (3 intervals)"
"${run[@]}" cosim "$tmp/remote_solver.yaml" --until 3 --out "$tmp/cosim"
test -s "$tmp/cosim/case5_ieee34/coupling.csv" || { echo "FAIL: cosim wrote no case5_ieee34/coupling.csv" >&2; exit 1; }
echo "== energycosim cosim with the embedded solver: the python solver's voltages, loadings and losses must match"
"${run[@]}" cosim "$root/examples/cosim-case5-ieee34/case5_ieee34.yaml" --until 3 --out "$tmp/embedded" >/dev/null
"$py" "$here/compare_runs.py" "$tmp/cosim/case5_ieee34" "$tmp/embedded/case5_ieee34"
echo "== scheduled line outage (846-848 out at interval 1, back at 2): the python solver must match the embedded run"
outage='  events:\n    - { at_interval: 1, target: grid.branch_846_848.in_service, value: 0 }\n    - { at_interval: 2, target: grid.branch_846_848.in_service, value: 1 }\n'
printf "$outage" | cat "$tmp/remote_solver.yaml" - >"$tmp/remote_outage.yaml"
printf "$outage" | cat "$root/examples/cosim-case5-ieee34/case5_ieee34.yaml" - >"$tmp/embedded_outage.yaml"
"${run[@]}" cosim "$tmp/remote_outage.yaml" --until 3 --out "$tmp/cosim_outage" >/dev/null
"${run[@]}" cosim "$tmp/embedded_outage.yaml" --until 3 --out "$tmp/embedded_outage" >/dev/null
"$py" "$here/compare_runs.py" "$tmp/cosim_outage/case5_ieee34" "$tmp/embedded_outage/case5_ieee34"
"$py" - "$tmp/cosim_outage/case5_ieee34/grid_voltages.csv" <<'PY' || { echo "FAIL: bus 848 is not dark at interval 1 with the python solver" >&2; exit 1; }
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
column = "bus_848_pu"
sys.exit(0 if float(rows[1][column]) == 0 and float(rows[0][column]) > 0.9 and float(rows[2][column]) > 0.9 else 1)
PY
echo "== python solver on Baran-Wu 33: published losses, and the optimal reconfiguration through in_service_branch_ids"
"$py" - "$here/grid_solver.py" "$root/src/EnergyCoSim.Grid/Feeders/Data/baran-wu-33.json" <<'PY' || { echo "FAIL: the python solver misses the Baran-Wu reference figures" >&2; exit 1; }
import importlib.util, sys
spec = importlib.util.spec_from_file_location("grid_solver", sys.argv[1])
solver = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solver)
feeder = solver.Feeder(sys.argv[2])
# Baran & Wu (1989): 202.7 kW, V_min 0.913 pu at bus 18; Shirmohammadi & Hong (1989): open 7-8, 9-10, 14-15, 32-33,
# close ties 21-8, 9-15, 12-22, 18-33 -> 139.55 kW, V_min 0.9378 pu at bus 32.
_, _, v, _, losses = feeder.solve({})
_, _, w, _, reconfigured = feeder.solve({}, frozenset({"7_8", "9_10", "14_15", "32_33"}), frozenset({"21_8", "9_15", "12_22", "18_33"}))
print(f"losses {losses:.2f} kW (V18 {abs(v[18]):.4f} pu), reconfigured {reconfigured:.2f} kW (V32 {abs(w[32]):.4f} pu)")
ok = abs(losses - 202.7) < 0.1 and abs(abs(v[18]) - 0.913) < 0.0005 and abs(reconfigured - 139.55) < 0.1 and abs(abs(w[32]) - 0.9378) < 0.0005
sys.exit(0 if ok else 1)
PY
echo "== python client test: OK"
