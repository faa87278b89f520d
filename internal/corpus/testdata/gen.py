#!/usr/bin/env python3
"""Generate expected.json: what CPython 3.11 does with each corpus program.

    python3 internal/corpus/testdata/gen.py            # every program
    python3 internal/corpus/testdata/gen.py NAME.py    # only these (others kept)

Every .py file below programs/ (subdirectories too) is a program. Each is
run twice:

1. through this file's --run mode, which compiles the file as `python3 FILE`
   does and executes it as __main__, and records, for an uncaught exception,
   its type (as CPython's traceback names it: ZeroDivisionError,
   struct.error), its message, and where it happened:
   - a SyntaxError (IndentationError, TabError): e.lineno and e.offset;
   - a runtime error: the innermost traceback frame in the program file, its
     line, and its column from CPython 3.11's position info (FrameSummary.colno,
     which comes from co_positions()), made 1-based as Starlark's columns are;
   - SystemExit: the exit status, and no error.
2. as plain `python3 FILE`, with another PYTHONHASHSEED: its stdout, the
   exception type on stderr's last line and the last `File "FILE", line N`
   of the traceback must agree with run 1, so what is recorded is what
   CPython does with the file and does not depend on hashing.

Each entry records the program's sha256, so the Go test can tell an
expectation that is stale (the program was edited, gen.py not run).
The Go test (corpus_test.go) reads expected.json; it never needs python3.
"""
import concurrent.futures
import hashlib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
EXPECTED = os.path.join(HERE, "expected.json")
TIMEOUT = 30


def run_mode(path, result_file):
    """Run path as `python3 path` would, writing the outcome to result_file."""
    import builtins
    import threading
    import traceback

    result = {"exit": 0, "error": None}

    def finish():
        sys.stdout.flush()
        with open(result_file, "w") as f:
            json.dump(result, f)

    with open(path, "rb") as f:
        src = f.read()
    try:
        code = compile(src, path, "exec", dont_inherit=True)
    except SyntaxError as e:
        result["exit"] = 1
        result["error"] = {"type": type(e).__name__, "message": e.msg,
                           "line": e.lineno, "col": e.offset}
        finish()
        return
    sys.argv = [path]
    g = {"__name__": "__main__", "__builtins__": builtins, "__file__": path,
         "__doc__": None, "__package__": None, "__spec__": None,
         "__loader__": None, "__cached__": None, "__annotations__": {}}
    try:
        exec(code, g)
    except SystemExit as e:
        if e.code is None:
            result["exit"] = 0
        elif isinstance(e.code, int):
            result["exit"] = e.code
        else:
            raise SystemExit("corpus: sys.exit with a non-int status is not recorded")
    except BaseException as e:
        t = type(e)
        name = t.__qualname__
        if t.__module__ not in ("builtins", "__main__"):
            name = t.__module__ + "." + name
        frames = [fs for fs in traceback.extract_tb(e.__traceback__) if fs.filename == path]
        if not frames:
            raise SystemExit("corpus: %s: no frame in the program" % path)
        fs = frames[-1]
        result["exit"] = 1
        result["error"] = {"type": name, "message": str(e), "line": fs.lineno,
                           "col": None if fs.colno is None else fs.colno + 1}
    for t in threading.enumerate():
        if t is not threading.main_thread() and not t.daemon:
            t.join()
    finish()


def env(seed):
    e = dict(os.environ)
    e.update(PYTHONHASHSEED=str(seed), PYTHONIOENCODING="utf-8",
             PYTHONDONTWRITEBYTECODE="1", PYTHONUTF8="1", LC_ALL="C.UTF-8")
    for k in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS"):
        e.pop(k, None)
    return e


def last_file_line(stderr, name):
    """The line of the last traceback entry in the program, as CPython printed it
    (python3 makes a script's path absolute)."""
    needles = ['  File "%s", line ' % n for n in (name, os.path.join(PROGRAMS, name))]
    line = None
    for l in stderr.splitlines():
        for needle in needles:
            if l.startswith(needle):
                line = int(l[len(needle):].split(",")[0])
    return line


def generate(name):
    """name is the program's path relative to programs/, with / separators."""
    with tempfile.TemporaryDirectory() as tmp:
        rf = os.path.join(tmp, "result.json")
        p = subprocess.run([sys.executable, "-s", os.path.abspath(__file__), "--run", name, rf],
                           cwd=PROGRAMS, env=env(0), capture_output=True, timeout=TIMEOUT)
        if not os.path.exists(rf):
            return None, "%s: the run mode wrote no result:\n%s" % (name, p.stderr.decode())
        with open(rf) as f:
            result = json.load(f)
    out = p.stdout.decode("utf-8")

    # Cross-check with the plain command and another hash seed.
    q = subprocess.run([sys.executable, name], cwd=PROGRAMS, env=env(1),
                       capture_output=True, timeout=TIMEOUT)
    problems = []
    if q.stdout != p.stdout:
        problems.append("stdout differs between runs (nondeterministic?):\n%r\n%r" % (p.stdout, q.stdout))
    if q.returncode != result["exit"]:
        problems.append("exit status %d, recorded %d" % (q.returncode, result["exit"]))
    err = result["error"]
    if err is not None:
        stderr = q.stderr.decode("utf-8")
        last = stderr.rstrip("\n").splitlines()[-1]
        if last.split(":")[0] != err["type"]:
            problems.append("stderr ends %r, recorded type %s" % (last, err["type"]))
        if last_file_line(stderr, name) != err["line"]:
            problems.append("traceback line %s, recorded %s" % (last_file_line(stderr, name), err["line"]))
    elif q.stderr:
        problems.append("unexpected stderr: %s" % q.stderr.decode())
    if problems:
        return None, "%s:\n  %s" % (name, "\n  ".join(problems))

    with open(os.path.join(PROGRAMS, name), "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    entry = {"sha256": digest, "stdout": out}
    if err is not None:
        entry["error"] = err
    if result["exit"] != 0 and err is None:
        entry["exit"] = result["exit"]
    return entry, None


def programs():
    names = []
    for root, _, files in os.walk(PROGRAMS):
        for f in files:
            if f.endswith(".py"):
                rel = os.path.relpath(os.path.join(root, f), PROGRAMS)
                names.append(rel.replace(os.sep, "/"))
    return sorted(names)


def main(args):
    if args[:1] == ["--run"]:
        run_mode(args[1], args[2])
        return
    if sys.version_info[:2] != (3, 11):
        raise SystemExit("gen.py: the reference is CPython 3.11, this is %s" % sys.version.split()[0])
    all_names = programs()
    expected = {}
    if args and os.path.exists(EXPECTED):
        with open(EXPECTED) as f:
            expected = json.load(f)["programs"]
    names = args or all_names
    for name in names:
        if name not in all_names:
            raise SystemExit("gen.py: no program %s under %s" % (name, PROGRAMS))
    expected = {k: v for k, v in expected.items() if k in all_names}
    problems = []
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        for name, (entry, problem) in zip(names, pool.map(generate, names)):
            if problem:
                problems.append(problem)
            else:
                expected[name] = entry
    if problems:
        raise SystemExit("gen.py: nothing written; fix these programs:\n" + "\n".join(problems))
    doc = {
        "generator": "internal/corpus/testdata/gen.py",
        "python": sys.version.split()[0],
        "programs": dict(sorted(expected.items())),
    }
    with open(EXPECTED, "w", newline="\n") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False, sort_keys=False)
        f.write("\n")
    print("gen.py: %d programs (%d end in an error) -> %s" % (len(expected), sum("error" in v for v in expected.values()), os.path.relpath(EXPECTED)))


if __name__ == "__main__":
    main(sys.argv[1:])
