# a %(key) name may contain balanced parentheses: the key ends at the matching ')'
print("%((p))s" % {"(p)": 3})
print("%(f(x))d|%(a(b)c)5s|" % {"f(x)": 7, "a(b)c": "v"})
print("%(((x)))r" % {"((x))": "deep"})
