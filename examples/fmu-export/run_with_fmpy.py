#!/usr/bin/env python3
"""Run an EnergyCoSim market FMU (export-fmu, FMI 2.0 or 3.0) in FMPy and check it.

What it does:
  1. fmpy.validate_fmu: the model description against FMI's rules (prints the problems, if any);
  2. fmpy.simulate_fmu over the default experiment, one market interval per output point;
  3. with --reference DIR (the scenario folder written by `energycosim run`, holding agents.csv and
     market_steps.csv): compares every interval's clearing price and every agent's bought/sold energy, cash, SoC
     and reward with that in-process run and reports how many values are bit-for-bit equal;
  4. a rollback through FMPy's FMU-state calls: get the state after --rollback-at intervals, run to the end,
     restore (in memory, then from the serialised bytes) and run again; the outputs must repeat exactly.

Needs FMPy (pip install fmpy, or its sources on PYTHONPATH) with numpy, lxml and attrs.
Exit status 0 when validation, comparison and rollback all pass.
"""

import argparse
import csv
import os
import shutil
import sys

import fmpy
from fmpy import extract, read_model_description, simulate_fmu
from fmpy.validation import validate_fmu


def agent_outputs(md):
    """(agent id, field) pairs of the per-agent outputs the comparison uses, in model-description order."""
    fields = ("bought_kwh", "sold_kwh", "cash_usd", "soc", "reward")
    agents = [v.name[: -len(".bought_kwh")] for v in md.modelVariables if v.name.endswith(".bought_kwh")]
    return [(a, f) for a in agents for f in fields]


def read_reference(folder):
    """Market and agent rows of episode 0 of an `energycosim run` scenario folder, keyed by interval."""
    with open(os.path.join(folder, "market_steps.csv"), newline="") as f:
        market = {int(r["step"]): r for r in csv.DictReader(f) if r["episode"] == "0"}
    with open(os.path.join(folder, "agents.csv"), newline="") as f:
        agents = {(int(r["step"]), r["agent"]): r for r in csv.DictReader(f) if r["episode"] == "0"}
    return market, agents


def compare(result, md, folder, interval):
    """Counts values equal to the reference (exactly) and the largest absolute difference."""
    market, agents = read_reference(folder)
    equal = total = 0
    worst = 0.0
    for row in result:
        k = int(round(row["time"] / interval)) - 1  # the output at (k+1)·interval holds interval k
        if k < 0 or k not in market:
            continue
        pairs = [(row["market.clearing_price_usd_per_mwh"], float(market[k]["clearing_price_usd_per_mwh"]))]
        for agent, field in agent_outputs(md):
            ref = agents[(k, agent)][field]
            pairs.append((row[f"{agent}.{field}"], float(ref) if ref != "" else 0.0))
        for got, want in pairs:
            total += 1
            equal += got == want
            worst = max(worst, abs(got - want))
    return equal, total, worst


def run_slave(md, unzipdir, interval, steps, rollback_at, names):
    """Steps an instance through FMPy's low-level API, rolls back and repeats; True when the repeats are exact."""
    vrs = [v.valueReference for v in md.modelVariables if v.name in names and v.type in ("Real", "Float64")]
    fmi3 = md.fmiVersion.startswith("3")
    if fmi3:
        from fmpy.fmi3 import FMU3Slave as Slave
    else:
        from fmpy.fmi2 import FMU2Slave as Slave
    slave = Slave(guid=md.guid, unzipDirectory=unzipdir, modelIdentifier=md.coSimulation.modelIdentifier,
                  instanceName="rollback")
    slave.instantiate()
    if fmi3:
        slave.enterInitializationMode(startTime=0.0)
    else:
        slave.setupExperiment(startTime=0.0)
        slave.enterInitializationMode()
    slave.exitInitializationMode()
    get = slave.getFloat64 if fmi3 else slave.getReal
    get_state = slave.getFMUState if fmi3 else slave.getFMUstate
    set_state = slave.setFMUState if fmi3 else slave.setFMUstate
    serialize = slave.serializeFMUState if fmi3 else slave.serializeFMUstate
    deserialize = slave.deserializeFMUState if fmi3 else slave.deSerializeFMUstate

    def run(start):
        values = []
        for k in range(start, steps):
            slave.doStep(k * interval, interval)
            values.append(tuple(get(vrs)))
        return values

    for k in range(rollback_at):
        slave.doStep(k * interval, interval)
    state = get_state()
    data = serialize(state)
    first = run(rollback_at)
    set_state(state)
    again = run(rollback_at)
    set_state(deserialize(data))
    from_bytes = run(rollback_at)
    slave.terminate()
    slave.freeInstance()
    return first == again == from_bytes, len(first), len(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fmu", help="an FMU written by `energycosim export-fmu`")
    parser.add_argument("--reference", help="scenario folder of `energycosim run` (agents.csv, market_steps.csv)")
    parser.add_argument("--rollback-at", type=int, default=6, help="interval after which the state is saved (default 6)")
    args = parser.parse_args()

    print(f"FMPy {fmpy.__version__}")
    problems = validate_fmu(args.fmu)
    for p in problems:
        print(f"validation: {p}")
    md = read_model_description(args.fmu)
    experiment = md.defaultExperiment
    interval = float(experiment.stepSize)
    stop = float(experiment.stopTime)
    steps = int(round(stop / interval))
    print(f"FMI {md.fmiVersion}, {len(md.modelVariables)} variables, {steps} intervals of {interval:g} s")

    names = ["market.clearing_price_usd_per_mwh", "market.step"] + [f"{a}.{f}" for a, f in agent_outputs(md)]
    result = simulate_fmu(args.fmu, stop_time=stop, output_interval=interval, output=names)
    print(f"simulate_fmu: {len(result)} rows, last clearing price {result[-1]['market.clearing_price_usd_per_mwh']!r} USD/MWh, "
          f"market.step {result[-1]['market.step']}")

    ok = not problems
    if args.reference:
        equal, total, worst = compare(result, md, args.reference, interval)
        print(f"compared with {args.reference}: {equal}/{total} values bit-for-bit equal, largest difference {worst:g}")
        ok &= equal == total

    unzipdir = extract(args.fmu)
    try:
        exact, repeated, size = run_slave(md, unzipdir, interval, steps, args.rollback_at, set(names))
    finally:
        shutil.rmtree(unzipdir, ignore_errors=True)
    print(f"rollback after interval {args.rollback_at}: {repeated} intervals repeated "
          f"{'exactly' if exact else 'WITH DIFFERENCES'} (in memory and from {size} serialised bytes)")
    ok &= exact
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
