# for/else and while/else: else runs only when the loop did not break.
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(20) if is_prime(n)])
for x in []:
    print('never')
else:
    print('else after empty loop')
i = 0
while i < 3:
    i += 1
else:
    print('while else', i)
while True:
    break
else:
    print('not printed')
for i in range(3):
    if i == 5:
        break
else:
    print('no break, i =', i)
