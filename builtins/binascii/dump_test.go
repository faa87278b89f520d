package binascii

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestDumpMatchesHexdump compares Dump with the output of the real
// `hexdump -C`, recorded once by testdata/gen_hexdump.py.
func TestDumpMatchesHexdump(t *testing.T) {
	raw, err := os.ReadFile("testdata/hexdump.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Name, Hex, Dump string }
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 50 {
		t.Fatalf("only %d hexdump vectors", len(cases))
	}
	for _, c := range cases {
		data, err := hex.DecodeString(c.Hex)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if got := Dump(data, 16); got != c.Dump {
			t.Errorf("%s: Dump =\n%s\nhexdump -C =\n%s", c.Name, got, c.Dump)
		}
		if got := Dump(data, 0); got != c.Dump {
			t.Errorf("%s: width 0 is not the default width", c.Name)
		}
	}
}

func TestDumpOtherWidths(t *testing.T) {
	for _, tc := range []struct {
		data  string
		width int
		want  string
	}{
		{"ABCDE", 4, "00000000  41 42 43 44  |ABCD|\n00000004  45           |E|\n00000005\n"},
		{"ABCDEFGHIJ", 8, "00000000  41 42 43 44 45 46 47 48  |ABCDEFGH|\n00000008  49 4a                    |IJ|\n0000000a\n"},
		{"\x00\x00\x00", 1, "00000000  00  |.|\n*\n00000003\n"},
		{strings.Repeat("a", 20), 10, "00000000  61 61 61 61 61 61 61 61  61 61  |aaaaaaaaaa|\n*\n00000014\n"},
	} {
		if got := Dump([]byte(tc.data), tc.width); got != tc.want {
			t.Errorf("Dump(%q, %d) =\n%s\nwant\n%s", tc.data, tc.width, got, tc.want)
		}
	}
}

func TestAppendDumpKeepsPrefix(t *testing.T) {
	got := AppendDump([]byte("> "), []byte("hi"), 16)
	want := "> " + Dump([]byte("hi"), 16)
	if string(got) != want {
		t.Errorf("AppendDump = %q, want %q", got, want)
	}
}
