#!/usr/bin/python3
"""An external power-flow solver for EnergyCoSim, in plain Python: a backward/forward sweep on a radial feeder.

The service calls Solve once per market interval with net injections (kW, positive into the grid) and reads back bus
voltages and, per branch, the flows at both ends, the losses and the loading (fraction of the rating, 0 when unrated;
the larger end's apparent power over the rating, as the embedded solver does).

With --feeder CASE.json (an energycosim-case/1 file, e.g. src/EnergyCoSim.Grid/Feeders/Data/ieee34.json) a request
whose bus ids are the feeder's -- what `cosim.power_flow.solver: remote` sends -- is solved on that feeder: its
impedances, taps, ZIP loads and ratings, branch ids "<from>_<to>" in case order (DescribeGrid lists them). Other
requests (a session's per-agent injections) are solved on a toy line: slack -> first bus -> second bus -> ..., in the
order the buses arrive, every branch with the same impedance.
Branches in SolveRequest.out_of_service_branch_ids (scheduled outages) are left out of the feeder: buses no longer
connected to the slack are de-energised (voltage 0, angle 0, their load not served) and those branches report zero
flow and loading. Branches in in_service_branch_ids (open in the case, e.g. Baran-Wu's tie switches) are put in; a
switching state that is not radial is refused with INVALID_ARGUMENT (this is a sweep).
Usage: grid_solver.py PORT [DELAY_S] [--feeder CASE.json]   (stubs from gen_stubs.sh on PYTHONPATH)
"""
import cmath
import json
import sys
import time
from concurrent import futures

import grpc
from energycosim.v1 import grid_pb2, grid_pb2_grpc

BASE_KVA = 1000.0          # per-unit base power of the toy line
Z_PU = complex(0.02, 0.01)  # toy-line branch impedance, p.u.
RATING_PU = 0.5            # toy-line branch rating, p.u. current at 1 p.u. voltage
TOLERANCE = 1e-10
MAX_ITERATIONS = 50


def sweep(injections):
    """Toy line: returns (converged, iterations, voltages, branch currents) for per-unit complex injections."""
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


class Feeder:
    """A radial energycosim-case/1 feeder in per unit, ordered from the slack outwards for the sweep."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            case = json.load(f)
        if case.get("format") != "energycosim-case/1":
            raise ValueError(f"{path}: not an energycosim-case/1 file")
        self.name = case.get("name", path)
        self.base_mva = float(case.get("baseMva", 1))
        if any(w.get("closed", True) for w in case.get("switches", [])):
            raise ValueError(f"{path}: closed bus switches are not supported by this example solver")
        buses = [b for b in case["buses"] if b.get("inService", True)]
        self.bus_ids = [str(b["id"]) for b in case["buses"]]
        kv = {b["id"]: float(b["baseKv"]) for b in case["buses"]}
        slack = [b for b in buses if b.get("type") == "slack"]
        if len(slack) != 1:
            raise ValueError(f"{path}: needs exactly one slack bus")
        self.slack = slack[0]["id"]
        self.v_slack = cmath.rect(float(slack[0].get("vmPu", 1)), float(slack[0].get("vaDeg", 0)) * cmath.pi / 180)
        # Constant-power, -current and -impedance parts of every bus's load (p.u. at 1 p.u. voltage) and bus shunts.
        self.zip = {b["id"]: [0j, 0j, 0j] for b in buses}
        for ld in case.get("loads", []):
            if not ld.get("inService", True):
                continue
            s = complex(ld.get("pMw", ld.get("pKw", 0) / 1000), ld.get("qMvar", ld.get("qKvar", 0) / 1000)) / self.base_mva
            fz, fi = float(ld.get("impedanceFraction", 0)), float(ld.get("currentFraction", 0))
            parts = self.zip[ld["bus"]]
            parts[0] += s * (1 - fz - fi)
            parts[1] += s * fi
            parts[2] += s * fz
        self.shunt = {b["id"]: complex(b.get("shuntGMw", 0), b.get("shuntBMvar", 0)) / self.base_mva for b in buses}
        # Branches in case order; ids "<from>_<to>" with _2, _3 for parallel ones (the embedded solver's names).
        self.branches = []
        seen = {}
        for br in case["branches"]:
            base = f"{br['from']}_{br['to']}"
            seen[base] = seen.get(base, 0) + 1
            z_base = kv[br["from"]] ** 2 / self.base_mva
            ohm = any(k in br for k in ("rOhm", "xOhm", "bMicroSiemens"))
            z = complex(br.get("rOhm", 0), br.get("xOhm", 0)) / z_base if ohm else complex(br.get("rPu", 0), br.get("xPu", 0))
            b = br.get("bMicroSiemens", 0) * 1e-6 * z_base if ohm else br.get("bPu", 0)
            if br.get("shiftDeg", 0):
                raise ValueError(f"{path}: phase-shifting branch {base} is not supported by this example solver")
            self.branches.append({
                "id": base if seen[base] == 1 else f"{base}_{seen[base]}",
                "from": br["from"], "to": br["to"], "z": z, "y_half": complex(0, b / 2),
                "tap": float(br.get("tap", 0)) or 1.0, "rate_mva": float(br.get("rateMva", 0)),
                "in_service": br.get("inService", True),
            })
        self.path = path
        self._trees = {}
        self.tree(frozenset())  # a looped or misdirected feeder fails at start-up, not on the first solve

    def tree(self, out_of_service, closed=frozenset()):
        """(order, parent, children) with the branches of out_of_service (ids) left out and those of closed (out in
        the case, e.g. tie switches) put in, cached per switching state."""
        key = (out_of_service, closed)
        if key not in self._trees:
            self._trees[key] = self._order_tree(self.path, out_of_service, closed)
        return self._trees[key]

    def _order_tree(self, path, out_of_service, closed):
        """Orders the energised buses breadth-first from the slack; each non-slack bus gets its parent branch."""
        adjacent = {bus: [] for bus in self.zip}
        for k, br in enumerate(self.branches):
            if (br["in_service"] or br["id"] in closed) and br["id"] not in out_of_service:
                adjacent[br["from"]].append(k)
                adjacent[br["to"]].append(k)
        order, parent = [self.slack], {}
        visited = {self.slack}
        for bus in order:
            for k in adjacent[bus]:
                br = self.branches[k]
                other = br["to"] if br["from"] == bus else br["from"]
                if other in visited:
                    if parent.get(bus) != k:
                        raise ValueError(f"{path}: branch {br['id']} closes a loop; the sweep needs a radial feeder")
                    continue
                if br["from"] != bus and br["tap"] != 1:
                    raise ValueError(f"{path}: transformer {br['id']} must point away from the slack")
                visited.add(other)
                parent[other] = k
                order.append(other)
        children = {bus: [] for bus in order}
        for bus, k in parent.items():
            br = self.branches[k]
            children[br["from"] if br["to"] == bus else br["to"]].append(bus)
        return order, parent, children

    def solve(self, injections, out_of_service=frozenset(), closed=frozenset()):
        """Injections {bus id: p.u. complex, + into the grid} with the branch ids of out_of_service left out and those
        of closed put in; returns (converged, iterations, voltages of the energised buses, flows, losses kW)."""
        order, parent, children = self.tree(out_of_service, closed)
        v = {bus: self.v_slack for bus in order}
        j = {}  # series current of each bus's parent branch, parent -> bus
        for it in range(1, MAX_ITERATIONS + 1):
            for bus in reversed(order[1:]):
                load_p, load_i, load_z = self.zip[bus]
                vm = abs(v[bus])
                s = load_p + load_i * vm + load_z * vm * vm - injections.get(bus, 0j)
                acc = (s / v[bus]).conjugate() + self.shunt[bus] * v[bus]
                br = self.branches[parent[bus]]
                acc += br["y_half"] * v[bus]
                for child in children[bus]:
                    cb = self.branches[parent[child]]
                    acc += (j[child] + cb["y_half"] * v[bus] / cb["tap"]) / cb["tap"]
                j[bus] = acc
            delta = 0.0
            for bus in order[1:]:
                br = self.branches[parent[bus]]
                upstream = br["from"] if br["to"] == bus else br["to"]
                new = v[upstream] / br["tap"] - br["z"] * j[bus]
                delta = max(delta, abs(new - v[bus]))
                v[bus] = new
            if delta < TOLERANCE:
                return (True, it) + self._flows(v, j, parent)
        return (False, MAX_ITERATIONS) + self._flows(v, j, parent)

    def _flows(self, v, j, parent):
        base_kva = self.base_mva * 1000
        flows, losses = [], 0.0
        for br in self.branches:
            child = next((bus for bus in (br["to"], br["from"]) if parent.get(bus) is not None
                          and self.branches[parent[bus]] is br), None)
            if child is None:  # out of service or de-energised: no flow
                flows.append((br["id"], 0j, 0j, 0.0))
                continue
            upstream = br["from"] if br["to"] == child else br["to"]
            v_int = v[upstream] / br["tap"]
            s_up = v_int * (j[child] + br["y_half"] * v_int).conjugate() * base_kva       # entering at the upstream end
            s_down = v[child] * (-j[child] + br["y_half"] * v[child]).conjugate() * base_kva  # entering at the child end
            s_from, s_to = (s_up, s_down) if br["from"] == upstream else (s_down, s_up)
            loading = max(abs(s_from), abs(s_to)) / (br["rate_mva"] * 1000) if br["rate_mva"] > 0 else 0.0
            losses += (s_from + s_to).real
            flows.append((br["id"], s_from, s_to, loading))
        return v, flows, losses


class Solver(grid_pb2_grpc.GridSolverServicer):
    def __init__(self, delay_s, feeder=None):
        self.delay_s = delay_s
        self.feeder = feeder

    def DescribeGrid(self, request, context):
        if self.feeder is None:
            return grid_pb2.DescribeGridResponse(name="python-radial-feeder", base_mva=BASE_KVA / 1000)
        return grid_pb2.DescribeGridResponse(name=self.feeder.name, base_mva=self.feeder.base_mva, bus_ids=self.feeder.bus_ids,
                                             branch_ids=[br["id"] for br in self.feeder.branches])

    def Solve(self, request, context):
        if self.delay_s > 0:
            time.sleep(self.delay_s)
        ids = [i.bus_id for i in request.injections]
        if self.feeder is not None and ids and all(b in self.feeder.bus_ids for b in ids):
            return self.solve_feeder(request, context)
        s = [complex(i.p_kw, i.q_kvar) / BASE_KVA for i in request.injections]
        converged, iterations, v, j = sweep(s)
        response = grid_pb2.SolveResponse(converged=converged, iterations=iterations)
        if not converged:
            response.diagnosis = f"no convergence within {MAX_ITERATIONS} sweeps"
        losses = 0.0
        upstream = complex(1, 0)
        for k, bus in enumerate(ids):
            response.voltages.add(bus_id=bus, magnitude_pu=abs(v[k]), angle_deg=cmath.phase(v[k]) * 180 / cmath.pi)
            loss = abs(j[k]) ** 2 * Z_PU.real * BASE_KVA
            losses += loss
            s_from = upstream * j[k].conjugate() * BASE_KVA
            s_to = -v[k] * j[k].conjugate() * BASE_KVA
            response.branches.add(branch_id=f"branch_{k}", p_from_kw=s_from.real, q_from_kvar=s_from.imag,
                                  p_to_kw=s_to.real, q_to_kvar=s_to.imag, loss_kw=loss, loading=abs(j[k]) / RATING_PU)
            upstream = v[k]
        response.total_losses_kw = losses
        slack = sum(s) * -1 * BASE_KVA + losses
        response.slack_p_kw = slack.real if isinstance(slack, complex) else slack
        return response

    def solve_feeder(self, request, context):
        f = self.feeder
        out = frozenset(request.out_of_service_branch_ids)
        closed = frozenset(request.in_service_branch_ids)
        known = {br["id"] for br in f.branches}
        for field, ids in (("out_of_service_branch_ids", out), ("in_service_branch_ids", closed)):
            unknown = sorted(ids - known)
            if unknown:
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"{field}: unknown branch ids {', '.join(unknown)}")
        try:
            f.tree(out, closed)
        except ValueError as e:  # closing a tie without opening a branch of its loop makes the feeder meshed
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"in_service_branch_ids: {e}")
        injections = {}
        for i in request.injections:
            bus = int(i.bus_id)
            injections[bus] = injections.get(bus, 0j) + complex(i.p_kw, i.q_kvar) / (f.base_mva * 1000)
        converged, iterations, v, flows, losses = f.solve(injections, out, closed)
        response = grid_pb2.SolveResponse(converged=converged, iterations=iterations, total_losses_kw=losses)
        if not converged:
            response.diagnosis = f"no convergence within {MAX_ITERATIONS} sweeps"
        for bus in f.bus_ids:
            u = v.get(int(bus), 0j)  # a bus the sweep cannot reach is de-energised
            response.voltages.add(bus_id=bus, magnitude_pu=abs(u), angle_deg=cmath.phase(u) * 180 / cmath.pi)
        for branch_id, s_from, s_to, loading in flows:
            response.branches.add(branch_id=branch_id, p_from_kw=s_from.real, q_from_kvar=s_from.imag,
                                  p_to_kw=s_to.real, q_to_kvar=s_to.imag, loss_kw=(s_from + s_to).real, loading=loading)
        # What the slack supplies: the power entering its branches at its end.
        response.slack_p_kw = sum((s_from if br["from"] == f.slack else s_to).real
                                  for (_, s_from, s_to, _), br in zip(flows, f.branches) if f.slack in (br["from"], br["to"]))
        return response


def main() -> int:
    args = sys.argv[1:]
    feeder = None
    if "--feeder" in args:
        at = args.index("--feeder")
        feeder = Feeder(args[at + 1])
        del args[at:at + 2]
    port = int(args[0]) if len(args) > 0 else 50061
    delay = float(args[1]) if len(args) > 1 else 0.0
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    grid_pb2_grpc.add_GridSolverServicer_to_server(Solver(delay, feeder), server)
    server.add_insecure_port(f"127.0.0.1:{port}")
    server.start()
    where = f" for feeder {feeder.name} ({len(feeder.branches)} branches)" if feeder else ""
    print(f"grid solver listening on 127.0.0.1:{port}{where}", flush=True)
    server.wait_for_termination()
    return 0


if __name__ == "__main__":
    sys.exit(main())
