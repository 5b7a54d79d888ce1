# sys.maxsize, sys.stdout.write, sys.version_info.
import sys
print(sys.maxsize, sys.maxsize == 9223372036854775807)
n = sys.stdout.write('written with sys.stdout.write\n')
print(n)
sys.stdout.write('no newline, then print\n')
print(sys.version_info[0], sys.version_info.major, sys.version_info[:2] >= (3, 0))
