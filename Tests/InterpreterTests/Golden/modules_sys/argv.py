# sys.argv: the script name and no extra arguments.
import sys
print(len(sys.argv), sys.argv[1:])
print(sys.argv[0].endswith('argv.py'))
print(type(sys.argv).__name__)
