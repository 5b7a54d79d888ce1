# String comparisons run many times: equality, order, identity, non-ASCII text, and subclasses
# that define their own comparison.
text = "abcdefghijklmnopqrstuvwxyz" * 4
count = 0
for ch in text:
    if ch == "e":
        count += 1
    if ch != "z" and ch < "c":
        count += 100
print(count)

words = ["pear", "apple", "Äpfel", "apple", "äpfel", "zebra", "", "a", "ab", "é", "e\u0301"]
for w in words:
    print([w == v for v in words].count(True), [w < v for v in words].count(True),
          [w >= v for v in words].count(True))
print(sorted(words))
print("é" == "e\u0301", "abc" == "abc"[:], "a" * 3 == "aaa", "ab" < "abc", "abc" <= "ab")


class Loud(str):
    def __eq__(self, other):
        return "loud"

    __hash__ = str.__hash__


print(Loud("x") == "x", "x" == Loud("x"), Loud("x") != "x", Loud("b") < "c")
print("a" == 1, "a" != None, "1" == 1)
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
