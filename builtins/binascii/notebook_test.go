package binascii_test

import (
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"netrepl/internal/startest"
)

// The notebook's hand-written DNS query, In [18] to In [22], in netrepl.
const dnsCells = `
msg = '''
AA AA 01 00 00 01 00 00 00 00 00 00
07 65 78 61 6d 70 6c 65 03 63 6f 6d 
00 00 01 00 01
'''
msg = ''.join(msg.split()).encode('utf-8')
b_msg = binascii.unhexlify(msg)
from_str = unhexlify(msg.decode())
header = struct.pack('!HHHHHH', 0xaaaa, 0x0100, 1, 0, 0, 0)
`

func TestNotebookDNSCells(t *testing.T) {
	g, err := startest.New(t).Exec("dns.star", dnsCells)
	if err != nil {
		t.Fatal(err)
	}
	// What the notebook printed, Out [19] and Out [22].
	if got, want := g["msg"].String(), `b'AAAA01000001000000000000076578616d706c6503636f6d0000010001'`; got != want {
		t.Errorf("msg = %s, want %s", got, want)
	}
	const want = "\xaa\xaa\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x07example\x03com\x00\x00\x01\x00\x01"
	if got := g["b_msg"]; got != starlark.Bytes(want) {
		t.Errorf("b_msg = %s, want %s", got, starlark.Bytes(want))
	}
	if g["from_str"] != g["b_msg"] {
		t.Errorf("unhexlify(str) = %s", g["from_str"])
	}
	if h := string(g["header"].(starlark.Bytes)); !strings.HasPrefix(want, h) {
		t.Errorf("struct.pack header %q is not the start of the message", h)
	}
}

func TestHexdumpBuiltins(t *testing.T) {
	s := startest.New(t)
	src := `
r = hexdump(b"GET / HTTP/1.1\r\n\r\n")
s = binascii.hexdumps("AB", width=4)
binascii.hexdump(b"", width=2)
e = binascii.hexdumps(b"\x00" * 3, 1)
`
	g, err := s.Exec("dump.star", src)
	if err != nil {
		t.Fatal(err)
	}
	const printed = "00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  |GET / HTTP/1.1..|\n" +
		"00000010  0d 0a                                             |..|\n" +
		"00000012\n"
	if s.Stdout.String() != printed {
		t.Errorf("hexdump printed\n%s\nwant\n%s", s.Stdout, printed)
	}
	if g["r"] != starlark.None {
		t.Errorf("hexdump returned %s", g["r"])
	}
	if got, want := g["s"], starlark.String("00000000  41 42        |AB|\n00000002\n"); got != want {
		t.Errorf("hexdumps = %q, want %q", got, want)
	}
	if got, want := g["e"], starlark.String("00000000  00  |.|\n*\n00000003\n"); got != want {
		t.Errorf("hexdumps width 1 = %q, want %q", got, want)
	}
	for _, bad := range []struct{ expr, typ string }{
		{"hexdump(b'', width=0)", "ValueError"},
		{"hexdump(1)", "TypeError"},
		{"binascii.hexdumps(None)", "TypeError"},
		{"hexdump(b'', width='x')", "TypeError"},
	} {
		_, err := s.Eval(bad.expr)
		if msg := startest.CheckError(err, bad.typ, "", true); err == nil || msg != "" {
			t.Errorf("%s: %v %s", bad.expr, err, msg)
		}
	}
}
