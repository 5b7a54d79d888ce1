# eval, exec, compile and locals: namespaces as CPython resolves them.
x = 10
print(eval("x + 1"))
print(eval("  x * 2"))
print(eval("[i * i for i in range(4)]"))
print(eval("y + 1", {"y": 5}))
print(eval("a + b", {"a": 1}, {"b": 2}))

exec("z = x + 5")
print(z)

g = {"n": 3}
exec("m = n * 7\ndef f(k):\n    return k + n\n", g)
print(g["m"], g["f"](1), sorted(k for k in g if k != "__builtins__"))
print("__builtins__" in g)

exec("w = 99", globals())
print(w)

ns = {}
exec("import math\nr = math.sqrt(16)", ns)
print(ns["r"])

loc = {}
exec("q = 1\nq += 2", {}, loc)
print(loc)

def inner(a, b=2):
    c = a + b
    print(sorted(locals().items()))
    print(eval("a * c"))
    exec("c = 1000")
    print(c)
    return eval("b", {"b": "global b"})

print(inner(3))

code = compile("1 + 2", "<expr>", "eval")
print(type(code).__name__, eval(code))
code = compile("t = 5\nprint('ran', t)", "<prog>", "exec")
exec(code)
print(t)
exec(compile("40 + 2", "<single>", "single"))

class C:
    exec("attr = 7")
print(C.attr if hasattr(C, "attr") else "no attr")

def closure():
    v = 1
    def use():
        return v
    return sorted(locals())
print(closure())

print(sorted(k for k in locals() if not k.startswith("__"))[:5])

for source in ["1 +", "x = 1", "import os"]:
    try:
        eval(source)
    except SyntaxError as e:
        print("SyntaxError", e.msg)

try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)

try:
    exec(42)
except TypeError as e:
    print("TypeError", e)

try:
    eval("1", [])
except TypeError as e:
    print("TypeError", e)

try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print("ValueError", e)

print(eval(b"2 ** 10"))
print(eval("x", {"x": "from dict"}))
