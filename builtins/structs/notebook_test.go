package structs_test

import (
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"netrepl/internal/startest"
)

// run executes src as a netrepl script and returns its globals.
func run(t *testing.T, src string) starlark.StringDict {
	t.Helper()
	globals, err := startest.New(t).Exec("test.star", src)
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	return globals
}

// The notebook's last cell, In [25], and what it printed.
func TestNotebookPackCell(t *testing.T) {
	g := run(t, `
r = struct.pack('iii', 0x7aaa5555, 0x7aaa5555, 0x7aaa5555)
top = pack('iii', 0x7aaa5555, 0x7aaa5555, 0x7aaa5555)
back = struct.unpack('iii', r)
`)
	const want = "UU\xaazUU\xaazUU\xaaz"
	if got := g["r"]; got != starlark.Bytes(want) {
		t.Errorf("struct.pack('iii', ...) = %s, want %s", got, starlark.Bytes(want))
	}
	if got := g["r"].String(); got != `b'UU\xaazUU\xaazUU\xaaz'` {
		t.Errorf("repr = %s", got)
	}
	if g["top"] != g["r"] {
		t.Errorf("the pack shortcut gives %s", g["top"])
	}
	if got := g["back"].String(); got != "(2057983317, 2057983317, 2057983317)" {
		t.Errorf("unpack = %s", got)
	}
}

func TestStructValue(t *testing.T) {
	g := run(t, `
s = struct.Struct('!HHI')
t = type(s)
size, fmt = s.size, s.format
p = s.pack(1, 2, 3)
u = s.unpack(p)
uf = s.unpack_from(b'xx' + p, offset=2)
it = [x for x in s.iter_unpack(p + p)]
again = [x for x in struct.iter_unpack('<h', b'\x01\x00\x02\x00')]
again2 = list(struct.iter_unpack('<h', b'\x01\x00\x02\x00'))
names = dir(s)
bfmt = struct.Struct(b'<i').format
r = str(s)
cs = calcsize('<qh')
`)
	for name, want := range map[string]string{
		"t":      `<class '_struct.Struct'>`,
		"size":   "8",
		"fmt":    `'!HHI'`,
		"p":      `b'\x00\x01\x00\x02\x00\x00\x00\x03'`,
		"u":      "(1, 2, 3)",
		"uf":     "(1, 2, 3)",
		"it":     "[(1, 2, 3), (1, 2, 3)]",
		"again":  "[(1,), (2,)]",
		"again2": "[(1,), (2,)]",
		"names":  `['format', 'iter_unpack', 'pack', 'pack_into', 'size', 'unpack', 'unpack_from']`,
		"bfmt":   `'<i'`,
		"r":      `"Struct('!HHI')"`,
		"cs":     "10",
	} {
		if got := g[name].String(); got != want {
			t.Errorf("%s = %s, want %s", name, got, want)
		}
	}
}

// A Struct and an iter_unpack result can be iterated twice and used from
// another thread: they are immutable.
func TestIterUnpackTwice(t *testing.T) {
	g := run(t, `
it = struct.iter_unpack('B', b'\x01\x02')
a = [x for x in it]
b = [x for x in it]
`)
	if a, b := g["a"].String(), g["b"].String(); a != "[(1,), (2,)]" || a != b {
		t.Errorf("first %s, second %s", a, b)
	}
	if s := run(t, "x = struct.iter_unpack('B', b'\\x01')")["x"].String(); !strings.Contains(s, "unpack_iterator") {
		t.Errorf("str(iter_unpack(...)) = %s", s)
	}
}

// Errors reach scripts as Python names them, through catch().
func TestCatchStructError(t *testing.T) {
	g := run(t, `
r = catch(struct.pack, '!H', 70000)
typ, msg = r.error.type, r.error.message
u = catch(unpack, 'i', 'abcd').error.type
`)
	if g["typ"].String() != `'struct.error'` || g["msg"].String() != `"'H' format requires 0 <= number <= 65535"` {
		t.Errorf("catch(struct.pack, '!H', 70000).error = %s: %s", g["typ"], g["msg"])
	}
	if g["u"].String() != `'TypeError'` {
		t.Errorf("unpack of a str: %s", g["u"])
	}
}
