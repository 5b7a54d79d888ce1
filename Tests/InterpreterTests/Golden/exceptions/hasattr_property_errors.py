# hasattr answers False only for AttributeError: anything else a property raises propagates.
class Props:
    @property
    def attribute_error(self):
        raise AttributeError("inside")

    @property
    def value_error(self):
        raise ValueError("not an attribute problem")

    @property
    def key_error(self):
        return {}["k"]


p = Props()
for i in range(3):
    print(hasattr(p, "attribute_error"), getattr(p, "attribute_error", "default"))
for name in ("value_error", "key_error"):
    for i in range(2):
        try:
            hasattr(p, name)
        except Exception as e:
            print("hasattr propagated", type(e).__name__, e)
        try:
            getattr(p, name, None)
        except Exception as e:
            print("getattr propagated", type(e).__name__, e)
try:
    p.attribute_error
except AttributeError as e:
    print("direct:", e)
