# An uncaught json.JSONDecodeError names its module as CPython does.
import json

json.loads("[1, 2")
