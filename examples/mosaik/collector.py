"""A time-based mosaik collector: records every connected attribute and writes results.csv at the end."""
import csv

import mosaik_api_v3

META = {
    "api_version": "3.0",
    "type": "time-based",
    "models": {
        "Collector": {"public": True, "any_inputs": True, "params": ["path"], "attrs": []},
    },
}


class Collector(mosaik_api_v3.Simulator):
    def __init__(self):
        super().__init__(META)
        self.step_size = 3600
        self.path = "results.csv"
        self.rows = []

    def init(self, sid, time_resolution, step_size=3600):
        self.step_size = int(step_size)
        return self.meta

    def create(self, num, model, path="results.csv"):
        if num != 1:
            raise ValueError("create exactly one Collector")
        self.path = path
        return [{"eid": "Collector", "type": model}]

    def step(self, time, inputs, max_advance):
        for attrs in inputs.values():
            for attr, sources in attrs.items():
                for source, value in sources.items():
                    self.rows.append((time, source, attr, value))
        return time + self.step_size

    def finalize(self):
        with open(self.path, "w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["time_s", "entity", "attribute", "value"])
            writer.writerows(self.rows)
        print(f"collector: {len(self.rows)} values written to {self.path}")


if __name__ == "__main__":
    mosaik_api_v3.start_simulation(Collector())
