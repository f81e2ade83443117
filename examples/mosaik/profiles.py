"""A tiny time-based mosaik simulator that replays columns of a CSV file (kW per 15 min).

Each entity plays one column; attribute ``p_kw``. Stands in for mosaik's own PV and household
simulators (or mosaik-csv) so that this example needs nothing but mosaik 3.
"""
import csv

import mosaik_api_v3

META = {
    "api_version": "3.0",
    "type": "time-based",
    "models": {
        "Profile": {"public": True, "params": ["column"], "attrs": ["p_kw"]},
    },
}


class Profiles(mosaik_api_v3.Simulator):
    def __init__(self):
        super().__init__(META)
        self.rows = []
        self.step_size = 900
        self.entities = {}
        self.time = 0

    def init(self, sid, time_resolution, datafile, step_size=900):
        with open(datafile, newline="") as f:
            self.rows = list(csv.DictReader(f))
        self.step_size = int(step_size)
        return self.meta

    def create(self, num, model, column):
        first = len(self.entities)
        created = []
        for i in range(first, first + num):
            eid = f"{column}_{i}"
            self.entities[eid] = column
            created.append({"eid": eid, "type": model})
        return created

    def step(self, time, inputs, max_advance):
        self.time = time
        return time + self.step_size

    def get_data(self, outputs):
        row = self.rows[(self.time // self.step_size) % len(self.rows)]
        return {eid: {"p_kw": float(row[self.entities[eid]])} for eid in outputs}


if __name__ == "__main__":
    mosaik_api_v3.start_simulation(Profiles())
