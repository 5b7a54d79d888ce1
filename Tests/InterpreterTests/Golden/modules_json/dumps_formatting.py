# json.dumps: CPython's separators, float repr, escapes, indentation and key handling.
import json

print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "x"}))
print(json.dumps([0.1, 1e20, 1e-7, 3.0, -0.0, 1/3]))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))
print(json.dumps("quote \" backslash \\ tab \t newline \n bell \x07 del \x7f"))
print(json.dumps("héllo ☃ 😀"))
print(json.dumps("héllo ☃ 😀", ensure_ascii=False))
print(json.dumps({"b": 1, "a": {"d": [], "c": {}}}, sort_keys=True))
print(json.dumps({"a": [1, 2, {"b": None}], "e": [], "f": {}}, indent=2))
print(json.dumps([1, [2, 3]], indent=0))
print(json.dumps({"a": [1, 2]}, indent="\t"))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1}, indent=4, separators=(", ", " = ")))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps((1, 2, (3,))))
print(json.dumps("plain"), json.dumps(None), json.dumps(7), json.dumps(True))
print(json.dumps({"a": object()}, default=lambda o: "<obj>"))
print(json.dumps({(1, 2): 3}, skipkeys=True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Point(1, 2)], default=lambda p: {"x": p.x, "y": p.y}, indent=1))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({"p": Point(3, 4)}, cls=PointEncoder))
print(PointEncoder(sort_keys=True).encode({"z": 1, "a": Point(0, 0)}))
