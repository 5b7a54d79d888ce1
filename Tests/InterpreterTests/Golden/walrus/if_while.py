# the walrus operator in if/elif/while conditions, binding in the enclosing scope
data = [3, 1, 4, 1, 5, 9, 2, 6]
if (n := len(data)) > 5:
    print("long list", n)
print("n after if:", n)

if (first := data[0]) > 10:
    print("big")
elif (second := data[1]) == 1:
    print("first", first, "second", second)

items = list(data)
while (item := items.pop()) != 5:
    print("popped", item)
print("stopped at", item, "left", items)

chunks = iter(["ab", "cd", "", "ef"])
while chunk := next(chunks):
    print("chunk", chunk)
print("last chunk", repr(chunk))

count = 0
while (count := count + 1) < 4:
    print("count", count)
print("final count", count)

x = (y := 10) + 1
print(x, y)
print((z := 5), z * 2)
print([(a := 1), a + 1, (a := a + 10), a])
