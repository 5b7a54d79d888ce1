# chr(), ord() and format().
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'), ord('é'), ord('€'))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(233), chr(8364))
print(''.join(chr(ord('a') + i) for i in range(5)))
print([ord(c) - ord('a') for c in 'hello'])
print(format(3.14159, '.3f'), format(255, 'x'), format(0.5, '.0%'), format(12, '>5'))
print(format('s', '^5') + '|', format(1234.5, ',.1f'), format(7, 'b'), format(3))
print(format(-1.5, '+.2e'), format(True), format(None))
