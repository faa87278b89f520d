// netrepl patch: Python's statements survive serialization and run.

package compile_test

import (
	"bytes"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

func TestPythonStmtsSerialization(t *testing.T) {
	const src = `
a = b = [1, 2, 3, 4]
first, *rest = a
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = counter()
inc()
def setg():
    global g
    g = inc()
setg()
del b[0], b[1:2]
d = {"k": 1, "j": 2}
del d["k"]
for x in rest:
    if x > 10:
        break
else:
    x = -x
n = 0
while n < 3:
    n += 1
else:
    n *= 10
assert n == 30, "n"
tmp = 1
del tmp
y = (first, rest, g, b, d, x, n)
`
	opts := &syntax.FileOptions{Python: true, GlobalReassign: true, TopLevelControl: true, While: true}
	_, prog, err := starlark.SourceProgramOptions(opts, "stmts.py", src, func(string) bool { return false })
	if err != nil {
		t.Fatal(err)
	}
	buf := new(bytes.Buffer)
	if err := prog.Write(buf); err != nil {
		t.Fatal(err)
	}
	prog2, err := starlark.CompiledProgram(buf)
	if err != nil {
		t.Fatal(err)
	}
	globals, err := prog2.Init(new(starlark.Thread), nil)
	if err != nil {
		t.Fatal(err)
	}
	const want = `(1, [2, 3, 4], 2, [2, 4], {"j": 2}, -4, 30)`
	if got := globals["y"].String(); got != want {
		t.Errorf("y = %s, want %s", got, want)
	}
	if _, ok := globals["tmp"]; ok {
		t.Errorf("tmp was deleted, but is a global")
	}
}
