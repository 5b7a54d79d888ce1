# json.loads: values, nesting, escapes, hooks, and round trips.
import json

print(json.loads('{"a": 1, "b": [1, 2.5, null, true, false], "c": "x"}'))
print(json.loads('  [1, -2, 3.25, 1e3, -1E-2, 0]  '))
print(json.loads('"\\u00e9\\ud83d\\ude00 \\n\\t\\"\\\\\\/"'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads(b'{"bytes": "ok"}'))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
data = {"name": "Tessera", "values": [1, 2.5, None], "nested": {"ok": True, "é": "ü"}}
print(json.loads(json.dumps(data)) == data)
print(json.loads(json.dumps(data, indent=2, sort_keys=True)) == data)
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, type(json.loads("1e2")).__name__)
decoder = json.JSONDecoder()
print(decoder.raw_decode('[1, 2] trailing'))
