package repl

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseCells(t *testing.T) {
	src := "# header comment only\n\n# %%\nx = 1\n\n# %% [markdown]\n# Some *prose*\n# over two lines\n\n# %%\n\nx + 1\n"
	got := ParseCells(src)
	want := []Cell{
		{Source: "x = 1\n", Line: 4},
		{Markdown: true, Source: "Some *prose*\nover two lines", Line: 7},
		{Source: "x + 1\n", Line: 12},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseCells =\n%#v\nwant\n%#v", got, want)
	}
}

func TestReplay(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "nb.star")
	src := `# %% [markdown]
# A notebook.

# %%
x = 20
print("setting x")

# %%
x + 22

# %%
def f():
    return {}["nope"]
f()

# %%
print("goes on")
x
`
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	s := New(&out, &out, []string{path})
	defer s.Close()
	failed, exit := s.Replay(&out, path, ParseCells(src), false)
	if failed != 1 || exit != nil {
		t.Errorf("failed, exit = %d, %v", failed, exit)
	}
	want := `A notebook.

In [1]:
    x = 20
    print("setting x")
setting x

In [2]:
    x + 22
Out[2]: 42

In [3]:
    def f():
        return {}["nope"]
    f()
Traceback (most recent call last):
  PATH:14:2: in <toplevel>
    f()
  PATH:13:14: in f
    return {}["nope"]
           ~~^^^^^^^^
KeyError: 'nope'

In [4]:
    print("goes on")
    x
goes on
Out[4]: 20

`
	if got := strings.ReplaceAll(out.String(), path, "PATH"); got != want {
		t.Errorf("transcript:\n%s\nwant:\n%s", got, want)
	}
}

func TestGeneralize(t *testing.T) {
	in := "Date: Thu, 26 Nov 2026 02:15:01 GMT\n" +
		"got connection from (\"127.0.0.1\", 45758)\n" +
		"laddr=('::1', 60999), raddr=('::1', 8080)\n" +
		"Out[3]: (\"127.0.0.1\", 8043)\n" +
		"connected to 127.0.0.1:51022 from [::1]:40001, 10.0.0.1 33333 and 127.0.0.1:8080\n"
	want := "Date: {{date}}\n" +
		"got connection from (\"127.0.0.1\", {{int}})\n" +
		"laddr=('::1', {{int}}), raddr=('::1', 8080)\n" +
		"Out[3]: (\"127.0.0.1\", 8043)\n" +
		"connected to 127.0.0.1:{{int}} from [::1]:{{int}}, 10.0.0.1 {{int}} and 127.0.0.1:8080\n"
	if got := string(Generalize([]byte(in))); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
