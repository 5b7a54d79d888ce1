# %-formatting with a mapping: %(name)s keys, mixed with flags, widths, repeated keys
data = {"name": "Ada", "age": 36, "score": 97.456, "tags": ["x", "y"]}
print("%(name)s is %(age)d" % data)
print("%(name)-6s|%(age)04d|%(score).1f|%(score)10.3e|" % data)
print("%(tags)s %(tags)r %(name)r" % data)
print("%(name)s %(name)s %(name)s" % data)
print("%(age)x %(age)o %(age)#x" % data)
print("100%% of %(name)s" % data)
print("%(a b)s|%(x-y)s" % {"a b": 1, "x-y": 3})
print("%(0)s %(1)s" % {"0": "zero", "1": "one"})
print("no keys used" % {"unused": 1})
print("%s" % {"k": 1})
print("%(k)s and %%(k)s" % {"k": "v"})
