# json.dump and json.load through files (here, not in the Interpreter corpus, because it needs os).
import json
import os

path = "/tmp/tessera-json-dump-load-test.json"
with open(path, "w") as f:
    json.dump({"epochs": 3, "lr": 0.001, "layers": [784, 30, 1]}, f, indent=2)
with open(path) as f:
    print(f.read())
with open(path) as f:
    config = json.load(f)
print(config, config["lr"] * 10)
os.remove(path)
