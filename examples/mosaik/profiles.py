"""A tiny time-based mosaik simulator that replays columns of a CSV file (kW, one row per ``time_s``).

Each entity plays one column, scaled by ``scale``; attribute ``p_kw``. At time t it gives the last row at or
before t, so it can be stepped at any step size (here one market interval, 1 h, over 15-minute rows). It
stands in for mosaik's own PV and household simulators (or mosaik-csv), so this example needs nothing but
mosaik 3.
"""
import bisect
import csv

import mosaik_api_v3

META = {
    "api_version": "3.0",
    "type": "time-based",
    "models": {
        "Profile": {"public": True, "params": ["column", "scale"], "attrs": ["p_kw"]},
    },
}


class Profiles(mosaik_api_v3.Simulator):
    def __init__(self):
        super().__init__(META)
        self.times = []
        self.rows = []
        self.step_size = 3600
        self.time_resolution = 1.0
        self.entities = {}
        self.time = 0

    def init(self, sid, time_resolution, datafile, step_size=3600):
        with open(datafile, newline="") as f:
            self.rows = list(csv.DictReader(f))
        self.times = [float(r["time_s"]) for r in self.rows]
        self.step_size = int(step_size)
        self.time_resolution = float(time_resolution)
        return self.meta

    def create(self, num, model, column, scale=1.0):
        created = []
        for _ in range(num):
            eid = f"{column}_{len(self.entities)}"
            self.entities[eid] = (column, float(scale))
            created.append({"eid": eid, "type": model})
        return created

    def step(self, time, inputs, max_advance):
        self.time = time
        return time + self.step_size

    def get_data(self, outputs):
        seconds = (self.time * self.time_resolution) % (self.times[-1] + self.times[1] - self.times[0])
        row = self.rows[max(0, bisect.bisect_right(self.times, seconds) - 1)]
        return {eid: {"p_kw": float(row[self.entities[eid][0]]) * self.entities[eid][1]} for eid in outputs}


if __name__ == "__main__":
    mosaik_api_v3.start_simulation(Profiles())
