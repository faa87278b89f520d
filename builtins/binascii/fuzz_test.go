package binascii

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

// Fuzz targets: no input may panic, and each encoding must decode back.
// Crashers found are kept under testdata/fuzz/<FuzzName>/ and replayed by
// go test.

// FuzzHex: hexlify (with and without separators) and unhexlify.
func FuzzHex(f *testing.F) {
	f.Add([]byte("abcde"), byte(':'), 2, "AAAA01000001000000000000076578616d706c6503636f6d0000010001")
	f.Add([]byte{}, byte(0), -1, "0")
	f.Add([]byte{0, 0xff}, byte(0xff), math.MinInt32, "zz")
	f.Fuzz(func(t *testing.T, data []byte, sep byte, per int, hexstr string) {
		per = max(math.MinInt32, min(per, math.MaxInt32)) // a C int, as the builtin takes it
		plain := Hexlify(string(data), "", 0)
		back, err := Unhexlify(string(plain))
		if err != nil || !bytes.Equal(back, data) {
			t.Fatalf("unhexlify(hexlify(%x)) = %x, %v", data, back, err)
		}
		withSep := Hexlify(string(data), ":", per)
		if string(bytes.ReplaceAll(withSep, []byte(":"), nil)) != string(plain) {
			t.Fatalf("hexlify(%x, ':', %d) = %s", data, per, withSep)
		}
		Hexlify(string(data), string([]byte{sep}), per)

		out, err := Unhexlify(hexstr)
		if err == nil && string(Hexlify(string(out), "", 0)) != strings.ToLower(hexstr) {
			t.Fatalf("unhexlify(%q) = %x", hexstr, out)
		}
	})
}

// FuzzBase64: b2a_base64 then a2b_base64 in both modes gives the data
// back; a2b_base64 of anything does not panic and stays in bounds.
func FuzzBase64(f *testing.F) {
	f.Add([]byte("hello"), "aGVsbG8=\n")
	f.Add([]byte{}, "aG=a=")
	f.Add([]byte{0xff}, "=abc")
	f.Add([]byte("ab"), "ab===")
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		for _, newline := range []bool{true, false} {
			enc := B2aBase64(string(data), newline)
			for _, strict := range []bool{false, !newline} {
				dec, err := A2bBase64(string(enc), strict)
				if err != nil || !bytes.Equal(dec, data) {
					t.Fatalf("a2b_base64(%q, strict=%v) = %x, %v; want %x", enc, strict, dec, err, data)
				}
			}
		}
		for _, strict := range []bool{false, true} {
			out, err := A2bBase64(text, strict)
			if err == nil && len(out) > (len(text)+3)/4*3 {
				t.Fatalf("a2b_base64(%q) = %d bytes", text, len(out))
			}
		}
		CRC32(text, uint32(len(data)))
		CRCHqx(text, uint32(len(data)))
	})
}

// FuzzDump: any data and width; every line ends in a newline and the last
// one is the length.
func FuzzDump(f *testing.F) {
	f.Add([]byte("GET / HTTP/1.1\r\n"), 16)
	f.Add(make([]byte, 64), 16)
	f.Add([]byte{1, 2, 3}, -3)
	f.Fuzz(func(t *testing.T, data []byte, width int) {
		width = max(-5, min(width, 300))
		d := Dump(data, width)
		if len(data) == 0 {
			if d != "" {
				t.Fatalf("Dump(empty) = %q", d)
			}
			return
		}
		if !strings.HasSuffix(d, "\n") {
			t.Fatalf("Dump(%x, %d) does not end in a newline", data, width)
		}
		lines := strings.Split(strings.TrimSuffix(d, "\n"), "\n")
		last := lines[len(lines)-1]
		if want := string(appendOffset(nil, uint64(len(data)))); last != want {
			t.Fatalf("Dump(%x, %d) ends with %q, want %q", data, width, last, want)
		}
	})
}
