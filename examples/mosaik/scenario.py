"""EnergyCoSim's local energy market inside a mosaik 3 scenario.

EnergyCoSim runs as an out-of-process simulator started by mosaik through ``cmd`` (or reached through
``connect``, see README.md) and serves the market of a scenario file: here case study 5's "mixed_battery"
(7 agents, one without battery, 24 hourly intervals). PV and household load come from another mosaik
simulator (a CSV replayer; mosaik's own PV/household simulators or mosaik-csv plug in the same way); agents
without a connected source run on the scenario's own profiles. A collector records the batteries' state of
charge, the net power at each meter, cash, and the market's clearing price and volumes.

    python scenario.py                                   # mosaik starts EnergyCoSim itself
    ENERGYCOSIM_CONNECT=host:5678 python scenario.py     # EnergyCoSim already listens there
"""
import os
import shlex

import mosaik

HERE = os.path.dirname(os.path.abspath(__file__))
SCENARIO = os.path.join(HERE, "..", "case5-battery-coordination", "mixed_battery.yaml")
HOUR = 3600
DAY = 24 * HOUR
FED = 5  # the first FED agents get PV and load from the CSV; the others run on the scenario's profiles

# How to start EnergyCoSim: the installed CLI, or the built DLL of this repository.
ENERGYCOSIM = os.environ.get(
    "ENERGYCOSIM_CMD",
    "dotnet " + shlex.quote(os.path.join(HERE, "..", "..", "src", "EnergyCoSim.Cli", "bin", "Release", "net10.0", "energycosim.dll")),
)

if os.environ.get("ENERGYCOSIM_CONNECT"):
    energycosim = {"connect": os.environ["ENERGYCOSIM_CONNECT"]}
else:
    energycosim = {"cmd": ENERGYCOSIM + " mosaik --addr %(addr)s"}

SIM_CONFIG = {
    "EnergyCoSim": energycosim,
    "Profiles": {"python": "profiles:Profiles"},
    "Collector": {"python": "collector:Collector"},
}


def main():
    world = mosaik.World(SIM_CONFIG, time_resolution=1.0)

    # One market interval (1 h = 3600 ticks of 1 s) is one mosaik step of EnergyCoSim.
    ecs = world.start("EnergyCoSim", scenario=SCENARIO, market_interval_s=HOUR)
    market = ecs.Market()
    agents = list(market.children)  # "Battery" or "Prosumer" entities, eid = the scenario's agent id
    print("agents:", ", ".join(f"{a.eid} ({a.type})" for a in agents))

    # Settings through extra methods, at scenario-build time: takes effect from the first interval.
    previous = ecs.set_clearing_mechanism("average")
    print("clearing mechanism was", previous, "- now average")
    print("summary:", ecs.get_summary())

    profiles = world.start("Profiles", datafile=os.path.join(HERE, "data", "profiles.csv"), step_size=HOUR)
    collector = world.start("Collector", step_size=HOUR).Collector(path=os.path.join(HERE, "results.csv"))

    for i, agent in enumerate(agents):
        if i < FED:
            # The CSV holds one household per column; scale it up to the case-study agents (40-100 kW).
            pv = profiles.Profile(column=f"pv_{i}", scale=10.0)
            load = profiles.Profile(column=f"load_{i}", scale=10.0)
            ev = profiles.Profile(column=f"ev_{i}", scale=10.0)
            world.connect(pv, agent, ("p_kw", "generation_kw"))
            # Two sources on one input: EnergyCoSim sums them (household load + EV charging).
            world.connect(load, agent, ("p_kw", "demand_kw"))
            world.connect(ev, agent, ("p_kw", "demand_kw"))
        attrs = ["p_kw", "cash_usd", "bought_kwh", "sold_kwh"] + (["soc"] if agent.type == "Battery" else [])
        world.connect(agent, collector, *attrs)

    world.connect(market, collector, "clearing_price_usd_per_mwh", "p2p_volume_kwh", "dso_buy_kwh", "dso_sell_kwh")

    world.run(until=DAY)


if __name__ == "__main__":
    main()
