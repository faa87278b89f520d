// netrepl patch: the Python dialect's own tests.

package starlark_test

import (
	"path/filepath"
	"sort"
	"testing"

	"go.starlark.net/internal/chunkedfile"
	"go.starlark.net/resolve"
	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
	"go.starlark.net/starlarktest"
	"go.starlark.net/syntax"
)

// pythonOptions is the dialect netrepl runs: Python's syntax on top of
// the non-standard options it enables.
var pythonOptions = &syntax.FileOptions{
	Set:             true,
	While:           true,
	TopLevelControl: true,
	GlobalReassign:  true,
	Recursion:       true,
	Python:          true,
}

// TestExecPythonFile runs testdata/python/*.star (chunked files, as
// TestExecFile's, with "### error" expectations) in the Python dialect,
// with starlark.PythonSemantics on for the duration of the test.
func TestExecPythonFile(t *testing.T) {
	starlark.PythonSemantics = true
	defer func() { starlark.PythonSemantics = false }()

	testdata := starlarktest.DataFile("starlark", ".")
	files, err := filepath.Glob(filepath.Join(testdata, "testdata/python/*.star"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	thread := &starlark.Thread{Load: load}
	starlarktest.SetReporter(thread, t)
	for _, filename := range files {
		for _, chunk := range chunkedfile.Read(filename, t) {
			predeclared := starlark.PythonUniverse()
			predeclared["struct"] = starlark.NewBuiltin("struct", starlarkstruct.Make)
			predeclared["bytearray"] = starlark.NewBuiltin("bytearray", testBytearray)
			predeclared["Ellipsis"] = starlark.Ellipsis
			_, err := starlark.ExecFileOptions(pythonOptions, thread, filename, chunk.Source, predeclared)
			switch err := err.(type) {
			case *starlark.EvalError:
				found := false
				for i := range err.CallStack {
					posn := err.CallStack.At(i).Pos
					if posn.Filename() == filename {
						chunk.GotError(int(posn.Line), err.Error())
						found = true
						break
					}
				}
				if !found {
					t.Error(err.Backtrace())
				}
			case nil:
			case syntax.Error:
				chunk.GotError(int(err.Pos.Line), err.Msg)
			case resolve.ErrorList:
				for _, e := range err {
					chunk.GotError(int(e.Pos.Line), e.Msg)
				}
			default:
				t.Errorf("%s: %v", filename, err)
			}
			chunk.Done()
		}
	}
}

// testBytearray is a bytearray(source) for the tests (netrepl's, with
// Python's errors, is in its builtins): a bytes, a bytearray, or an
// iterable of byte values.
func testBytearray(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var source starlark.Value = starlark.Bytes("")
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &source); err != nil {
		return nil, err
	}
	if s, ok := starlark.AsBuffer(source); ok {
		return starlark.NewBytearray([]byte(s)), nil
	}
	var out []byte
	for v := range starlark.Elements(source.(starlark.Iterable)) {
		var c byte
		if err := starlark.AsInt(v, &c); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return starlark.NewBytearray(out), nil
}
