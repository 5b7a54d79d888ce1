# json.dump and json.load through files.
import json
import os

path = "json_dump_load_test.json"
with open(path, "w") as f:
    json.dump({"epochs": 3, "lr": 0.001, "layers": [784, 30, 1]}, f, indent=2)
with open(path) as f:
    print(f.read())
with open(path) as f:
    config = json.load(f)
print(config, config["lr"] * 10)
os.remove(path)
