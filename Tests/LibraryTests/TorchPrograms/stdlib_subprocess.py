# subprocess.run / check_output and os.system: captured output, text mode, return codes, errors.
import os
import subprocess

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)
r = subprocess.run(["echo", "hello"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r)
r = subprocess.run("echo out; echo err >&2; exit 3", shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run("printf 'a\\nb\\n' | wc -l", shell=True, stdout=subprocess.PIPE, text=True)
print(r.stdout.strip(), r.stderr)
r = subprocess.run(["cat"], input="piped text", capture_output=True, text=True)
print(r.stdout)
r = subprocess.run("echo one; echo two >&2", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(sorted(r.stdout.split()))
r = subprocess.run(["sh", "-c", "echo $GREETING"], capture_output=True, text=True, env={"GREETING": "hi", "PATH": os.environ["PATH"]})
print(r.stdout.strip())
r = subprocess.run(["pwd"], capture_output=True, text=True, cwd="/tmp")
print(r.stdout.strip())
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd)
try:
    subprocess.run("exit 2", shell=True, check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)
print(subprocess.check_output(["echo", "x"]), subprocess.check_output("echo y", shell=True, text=True))
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 1"], text=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, repr(e.output), repr(e.stdout))
try:
    subprocess.run(["no-such-program-tessera"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)
print(subprocess.call(["true"]), subprocess.check_call(["true"]), subprocess.getoutput("echo hi; exit 1"), subprocess.getstatusoutput("exit 4"))
r = subprocess.run(["echo", "unicode é ✓"], capture_output=True)
print(r.stdout, r.stdout.decode())
print(os.system("exit 0"), os.system("exit 3"), os.system("true"))
