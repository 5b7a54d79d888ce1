# json.loads errors: JSONDecodeError (a ValueError) with CPython's messages and positions.
import json

for text in ['', '   ', '[1,]', '{"a" 1}', '{"a": 1,}', '{a: 1}', '[1 2]', '"abc', '"a\\qb"', '"\\u12"',
             '[1] x', 'tru', '{"a": [1, 2}', '\n\n  [1,\n  oops]', '"tab\there"', '-', '01', '{', '[']:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(3)
except TypeError as e:
    print(e)
try:
    json.dumps({"a": {1, 2}})
except TypeError as e:
    print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
