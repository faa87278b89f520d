// netrepl patch: any text given to the Python dialect's front end
// (scanner, parser, resolver, compiler) is an error or a program, never a
// panic.

package starlark_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.starlark.net/starlark"
)

func FuzzPythonCompile(f *testing.F) {
	files, _ := filepath.Glob("testdata/python/*.star")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	for _, s := range []string{
		"f(*a, k=1, *b, c, **d, **e)", "a < b < c is not d", "{*a, **b}", "-2 ** -x ** 2",
		"(x for x in y if x)", "\"a\" 'b' u\"c\" b\"d\"", "1_0.5e1_0 + 0x_f", "x **= 2", "[*a for a in b]",
		"while (x := f()): pass\n", "a[i := 0]", "f(x := 1, *y)", "{**a, b: 1}", "...",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		_, _, err := starlark.SourceProgramOptions(pythonOptions, "fuzz.py", src, func(string) bool { return true })
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatalf("%q: %v", src, err) // a panic the parser caught
		}
	})
}
