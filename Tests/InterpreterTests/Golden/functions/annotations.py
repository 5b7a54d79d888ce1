# Simple type annotations are accepted and ignored at run time.
def f(x: int) -> int:
    return 3 * x ** 2 + 2 * x + 1
def scale(v: float, factor: float = 2.0) -> float:
    return v * factor
def name_of(obj: object) -> str:
    return type(obj).__name__
print(f(2), f(-1), f(0.5))
print(scale(1.5), scale(1.5, factor=3))
print(name_of(3), name_of('s'), name_of(f('x' if False else 1)))
def untyped(a, b: str = 'b') -> None:
    print(a, b)
untyped(1)
