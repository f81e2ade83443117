#!/usr/bin/python3
"""Creates a session for case 5 on an EnergyCoSim service, steps it to the end and prints the summary.

Usage: run_case5.py ADDRESS [EXAMPLE]   (stubs from gen_stubs.sh on PYTHONPATH)
Uses Debian's python3-grpcio and python3-protobuf only.
"""
import json
import sys
import uuid

import grpc
from energycosim.v1 import session_pb2, session_pb2_grpc


def main() -> int:
    address = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:50051"
    example = sys.argv[2] if len(sys.argv) > 2 else "case5-battery-coordination/mixed_battery"
    with grpc.insecure_channel(address) as channel:
        sessions = session_pb2_grpc.SessionServiceStub(channel)
        created = sessions.CreateSession(session_pb2.CreateSessionRequest(example_name=example, client_name="python"), timeout=30)
        sid = created.session_id
        print(f"session {sid}: {created.scenario_name}, {len(created.agent_ids)} agents, {created.max_steps} steps")
        sessions.Initialize(session_pb2.InitializeRequest(session_id=sid, episode=0), timeout=30)
        steps = 0
        trades = 0
        while True:
            # A fresh request id per step: a retried call would be answered from the server's cache.
            r = sessions.Step(session_pb2.StepRequest(session_id=sid, request_id=uuid.uuid4().hex, include_trades=True), timeout=30)
            steps += 1
            trades += len(r.trades)
            if r.done:
                break
        summary = json.loads(sessions.GetSummary(session_pb2.GetSummaryRequest(session_id=sid), timeout=30).summary_json)
        sessions.CloseSession(session_pb2.CloseSessionRequest(session_id=sid), timeout=30)
    if steps != created.max_steps:
        print(f"expected {created.max_steps} steps, ran {steps}", file=sys.stderr)
        return 1
    print(f"steps {steps}, trades {trades}")
    print(json.dumps({k: summary[k] for k in ("scenario", "seed", "strategy", "performance", "market")}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
