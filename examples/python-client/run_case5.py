#!/usr/bin/python3
"""Creates a session for case 5 on an EnergyCoSim service, steps it to the end and prints the summary.

Usage: run_case5.py ADDRESS [EXAMPLE] [--grid-solver http://HOST:PORT] [--scenario-file FILE]
(stubs from gen_stubs.sh on PYTHONPATH). With --grid-solver the service calls that external solver each step and
every step must report its voltages. --scenario-file sends a scenario inline instead of naming an example; when its
cosim.power_flow section says `solver: remote`, the service calls that solver and the voltages are checked too;
with a cosim section the session sends the feeder's buses, so every step must answer per feeder branch and bus.
Uses Debian's python3-grpcio and python3-protobuf only.
"""
import json
import sys
import uuid

import grpc
from energycosim.v1 import session_pb2, session_pb2_grpc


def main() -> int:
    args = sys.argv[1:]
    solver = ""
    scenario = ""
    if "--grid-solver" in args:
        at = args.index("--grid-solver")
        solver = args[at + 1]
        del args[at:at + 2]
    if "--scenario-file" in args:
        at = args.index("--scenario-file")
        with open(args[at + 1], encoding="utf-8") as f:
            scenario = f.read()
        del args[at:at + 2]
    expect_grid = bool(solver) or "solver: remote" in scenario
    address = args[0] if len(args) > 0 else "127.0.0.1:50051"
    example = args[1] if len(args) > 1 else "case5-battery-coordination/mixed_battery"
    with grpc.insecure_channel(address) as channel:
        sessions = session_pb2_grpc.SessionServiceStub(channel)
        if scenario:
            # The scenario's own cosim.power_flow setting chooses the solver; no per-session address.
            request = session_pb2.CreateSessionRequest(scenario_yaml=scenario, client_name="python")
        else:
            request = session_pb2.CreateSessionRequest(
                example_name=example, client_name="python", grid_solver_address=solver, grid_solver_deadline_ms=5000)
        created = sessions.CreateSession(request, timeout=30)
        sid = created.session_id
        print(f"session {sid}: {created.scenario_name}, {len(created.agent_ids)} agents, {created.max_steps} steps")
        sessions.Initialize(session_pb2.InitializeRequest(session_id=sid, episode=0), timeout=30)
        steps = 0
        low = float("inf")
        peak = (0.0, "none")
        branches = 0
        trades = 0
        while True:
            # A fresh request id per step: a retried call would be answered from the server's cache.
            r = sessions.Step(session_pb2.StepRequest(session_id=sid, request_id=uuid.uuid4().hex, include_trades=True), timeout=30)
            steps += 1
            trades += len(r.trades)
            if expect_grid:
                if not r.grid.converged:
                    print(f"step {r.step}: the external grid solver did not converge", file=sys.stderr)
                    return 1
                low = min(low, r.grid.min_voltage_pu)
                # A scenario with a cosim section puts the agents on its feeder: the answer is per feeder branch and bus.
                if "cosim:" in scenario and (not r.grid.branches or any(b.bus_id in created.agent_ids for b in r.grid.buses)):
                    print(f"step {r.step}: expected the feeder's branches and buses, got {len(r.grid.branches)} branches, "
                          f"buses {[b.bus_id for b in r.grid.buses][:5]}", file=sys.stderr)
                    return 1
                for b in r.grid.branches:
                    peak = max(peak, (b.loading_pct, b.branch_id))
                branches = len(r.grid.branches)
            if r.done:
                break
        summary = json.loads(sessions.GetSummary(session_pb2.GetSummaryRequest(session_id=sid), timeout=30).summary_json)
        sessions.CloseSession(session_pb2.CloseSessionRequest(session_id=sid), timeout=30)
    if steps != created.max_steps:
        print(f"expected {created.max_steps} steps, ran {steps}", file=sys.stderr)
        return 1
    print(f"steps {steps}, trades {trades}")
    if expect_grid:
        print(f"external grid solver: lowest voltage {low:.6f} p.u. over the episode; "
              f"{branches} branches per step, highest loading {peak[0]:.1f} % of rating on branch {peak[1]}")
    print(json.dumps({k: summary[k] for k in ("scenario", "seed", "strategy", "performance", "market")}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
