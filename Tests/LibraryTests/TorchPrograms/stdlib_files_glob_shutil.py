# glob, fnmatch and shutil on a scratch folder: patterns, recursion, hidden files, copies and moves.
import fnmatch
import glob
import os
import shutil

root = "/tmp/tessera-stdlib-files-test"
start = os.getcwd()
shutil.rmtree(root, ignore_errors=True)
os.makedirs(root + "/data/train/3")
os.makedirs(root + "/data/train/7")
os.makedirs(root + "/data/valid")
for name in ["data/train/3/a.png", "data/train/3/b.png", "data/train/7/c.png", "data/train/7/notes.txt",
             "data/valid/d.png", "data/.hidden.png", "data/labels.csv", "data/[x].txt"]:
    with open(os.path.join(root, name), "w") as f:
        f.write(name)
os.chdir(root)
print(sorted(glob.glob("data/*")))
print(sorted(glob.glob("data/*.png")), sorted(glob.glob("data/.*")), sorted(glob.glob("data/*", include_hidden=True)))
print(sorted(glob.glob("data/train/*/*.png")), sorted(glob.glob("data/train/?/[ab].png")), sorted(glob.glob("data/train/[!3]/*")))
print(sorted(glob.glob("data/**/*.png", recursive=True)))
print(sorted(glob.glob("**/*.txt", recursive=True)), sorted(glob.glob("data/**", recursive=True))[:4])
print(sorted(glob.glob("data/**/", recursive=True)), glob.glob("data/nothing*"), glob.glob("data/labels.csv"), glob.glob("data/missing.csv"))
print(sorted(glob.glob(root + "/data/train/*")) == sorted(os.path.join(root, "data/train", n) for n in os.listdir("data/train")))
print(glob.escape("data/[x].txt"), glob.glob(glob.escape("data/[x].txt")), glob.has_magic("a*"), glob.has_magic("abc"))
print(sorted(glob.glob("*.png", root_dir="data/train/3")), sorted(glob.iglob("data/valid/*")))
print(fnmatch.fnmatch("a.png", "*.png"), fnmatch.fnmatch("a.PNG", "*.png"), fnmatch.fnmatchcase("x1", "x[0-9]"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"))
print(fnmatch.translate("*.py"), fnmatch.translate("[!a-c]?x"), fnmatch.translate("data[x"))

print(shutil.copy("data/labels.csv", "data/valid"), shutil.copyfile("data/labels.csv", "copy.csv"), open("copy.csv").read())
print(shutil.copytree("data/train", "train_copy"), sorted(os.listdir("train_copy")), sorted(os.listdir("train_copy/7")))
print(shutil.move("copy.csv", "moved.csv"), os.path.exists("copy.csv"), open("moved.csv").read())
print(shutil.move("train_copy", "data"), sorted(os.listdir("data/train_copy")))
try:
    shutil.copytree("data/train", "data/train_copy")
except FileExistsError as e:
    print("FileExistsError", e.errno)
try:
    shutil.copyfile("moved.csv", "moved.csv")
except shutil.SameFileError as e:
    print("SameFileError", e)
shutil.rmtree("data/train_copy")
print(sorted(os.listdir("data")), os.path.isdir("data/train_copy"))
try:
    shutil.rmtree("nowhere")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(os.path.basename(shutil.which("sh")), shutil.which("no-such-program-here"), shutil.which("ls") == shutil.which("ls"))
usage = shutil.disk_usage("/")
print(type(usage).__name__, usage.total >= usage.used > 0, usage.total == usage[0], len(usage))
os.chdir(start)
shutil.rmtree(root)
print(os.path.exists(root))
