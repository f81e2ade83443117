"""EnergyCoSim inside a mosaik 3 scenario.

EnergyCoSim runs as an out-of-process simulator started by mosaik through ``cmd`` (or reached through
``connect``, see README.md). PV and household load come from other mosaik simulators (here a CSV replayer;
mosaik's own PV/household simulators or mosaik-csv plug in the same way), and a collector records the
batteries' state of charge, the net power at each meter and the market's clearing price.

    python scenario.py                 # mosaik starts EnergyCoSim itself
    ENERGYCOSIM_CONNECT=host:5678 python scenario.py   # EnergyCoSim already listens there
"""
import os
import shlex

import mosaik

HERE = os.path.dirname(os.path.abspath(__file__))
PROSUMERS = 7
DAY = 24 * 3600

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

    # One market interval = one mosaik step of EnergyCoSim (900 ticks of 1 s).
    ecs = world.start("EnergyCoSim", market_interval_s=900, mechanism="sdr")
    market = ecs.Market(num_prosumers=PROSUMERS - 1, capacity_kwh=10.0, max_power_kw=5.0, initial_soc=0.5)
    # A prosumer created on its own and attached to the market (e.g. one without a battery).
    extra = ecs.Prosumer(market=market.eid, capacity_kwh=0.0)
    prosumers = list(market.children) + [extra]

    # Settings through extra methods, at scenario-build time.
    previous = ecs.set_clearing_mechanism("sdr")
    print("clearing mechanism was", previous)

    profiles = world.start("Profiles", datafile=os.path.join(HERE, "data", "profiles.csv"), step_size=900)
    collector = world.start("Collector", step_size=900).Collector(path=os.path.join(HERE, "results.csv"))

    for i, prosumer in enumerate(prosumers):
        pv = profiles.Profile(column=f"pv_{i}")
        load = profiles.Profile(column=f"load_{i}")
        ev = profiles.Profile(column=f"ev_{i}")
        world.connect(pv, prosumer, ("p_kw", "pv_kw"))
        # Two sources on one input: EnergyCoSim sums them (household load + EV charging).
        world.connect(load, prosumer, ("p_kw", "load_kw"))
        world.connect(ev, prosumer, ("p_kw", "load_kw"))
        world.connect(prosumer, collector, "soc", "p_net_kw", "cash_usd")

    world.connect(market, collector, "clearing_price_usd_per_mwh", "p2p_kwh", "dso_bought_kwh", "dso_sold_kwh")

    world.run(until=DAY)


if __name__ == "__main__":
    main()
