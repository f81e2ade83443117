#!/usr/bin/python3
"""An external power-flow solver for EnergyCoSim, in plain Python: a backward/forward sweep on a radial feeder.

The service calls Solve once per market interval with the agents' net injections (kW, positive into the grid).
The feeder is a line: slack -> first bus -> second bus -> ..., in the order the buses arrive; every branch has
the same impedance. Usage: grid_solver.py PORT [DELAY_S]   (stubs from gen_stubs.sh on PYTHONPATH)
"""
import cmath
import sys
import time
from concurrent import futures

import grpc
from energycosim.v1 import grid_pb2, grid_pb2_grpc

BASE_KVA = 1000.0          # per-unit base power
Z_PU = complex(0.02, 0.01)  # branch impedance, p.u.
RATING_PU = 0.5            # branch rating, p.u. current at 1 p.u. voltage
TOLERANCE = 1e-10
MAX_ITERATIONS = 50


def sweep(injections):
    """Returns (converged, iterations, voltages, branch currents) for per-unit complex injections."""
    n = len(injections)
    v = [complex(1, 0)] * n
    j = [complex(0, 0)] * n
    for it in range(1, MAX_ITERATIONS + 1):
        currents = [(s / v[k]).conjugate() for k, s in enumerate(injections)]
        # Backward: branch k (into bus k) carries what buses k..n-1 draw, i.e. minus what they inject.
        acc = complex(0, 0)
        for k in range(n - 1, -1, -1):
            acc += currents[k]
            j[k] = -acc
        # Forward: each bus is its upstream voltage minus the drop of its branch.
        upstream = complex(1, 0)
        delta = 0.0
        for k in range(n):
            new = upstream - Z_PU * j[k]
            delta = max(delta, abs(new - v[k]))
            v[k] = new
            upstream = new
        if delta < TOLERANCE:
            return True, it, v, j
    return False, MAX_ITERATIONS, v, j


class Solver(grid_pb2_grpc.GridSolverServicer):
    def __init__(self, delay_s):
        self.delay_s = delay_s

    def DescribeGrid(self, request, context):
        return grid_pb2.DescribeGridResponse(name="python-radial-feeder", base_mva=BASE_KVA / 1000)

    def Solve(self, request, context):
        if self.delay_s > 0:
            time.sleep(self.delay_s)
        ids = [i.bus_id for i in request.injections]
        s = [complex(i.p_kw, i.q_kvar) / BASE_KVA for i in request.injections]
        converged, iterations, v, j = sweep(s)
        response = grid_pb2.SolveResponse(converged=converged, iterations=iterations)
        if not converged:
            response.diagnosis = f"no convergence within {MAX_ITERATIONS} sweeps"
        losses = 0.0
        for k, bus in enumerate(ids):
            response.voltages.add(bus_id=bus, magnitude_pu=abs(v[k]), angle_deg=cmath.phase(v[k]) * 180 / cmath.pi)
            loss = abs(j[k]) ** 2 * Z_PU.real * BASE_KVA
            losses += loss
            response.branches.add(branch_id=f"branch_{k}", loss_kw=loss, loading=abs(j[k]) / RATING_PU)
        response.total_losses_kw = losses
        slack = sum(s) * -1 * BASE_KVA + losses
        response.slack_p_kw = slack.real if isinstance(slack, complex) else slack
        return response


def main() -> int:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 50061
    delay = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    grid_pb2_grpc.add_GridSolverServicer_to_server(Solver(delay), server)
    server.add_insecure_port(f"127.0.0.1:{port}")
    server.start()
    print(f"grid solver listening on 127.0.0.1:{port}", flush=True)
    server.wait_for_termination()
    return 0


if __name__ == "__main__":
    sys.exit(main())
