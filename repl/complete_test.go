package repl

import (
	"io"
	"reflect"
	"testing"
)

func TestComplete(t *testing.T) {
	s := New(io.Discard, io.Discard, nil)
	defer s.Close()
	for _, c := range []string{"s = 'abc'", "counter = 1", "def compute(): pass", "conn = struct"} {
		if err := s.Exec("<stdin>", []byte(c), EchoNone); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		word string
		want []string
	}{
		{"whi", []string{"while"}},                        // keyword
		{"imp", []string{"import"}},                       // keyword
		{"cou", []string{"counter"}},                      // global value: no "("
		{"comp", []string{"compute("}},                    // global function
		{"time.sl", []string{"time.sleep("}},              // module member
		{"s.upp", []string{"s.upper("}},                   // attribute of a live value
		{"conn.calc", []string{"conn.calcsize("}},         // through a global bound to a module
		{"sys.std", []string{"sys.stderr", "sys.stdout"}}, // module members that are modules
		{"sys.stdout.wr", []string{"sys.stdout.write("}},  // a chain
		{"le", []string{"len("}},                          // Starlark's universe
		{"__", nil},                                       // internal names never show
		{"nosuch.x", nil},                                 // unknown root
		{"counter.x", nil},                                // int has no attributes
		{"hexl", []string{"hexlify("}},                    // a shortcut
	} {
		if got := s.Complete(tc.word); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Complete(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

func TestCompleterDo(t *testing.T) {
	s := New(io.Discard, io.Discard, nil)
	defer s.Close()
	c := &completer{s: s}
	line := []rune("print(time.mono")
	got, n := c.Do(line, len(line))
	if n != len("mono") || len(got) != 1 || string(got[0]) != "tonic(" {
		t.Errorf("Do = %q, %d; want [\"tonic(\"], 4", got, n)
	}
}

// TAB where only indentation precedes the cursor indents.
func TestCompleterIndents(t *testing.T) {
	s := New(io.Discard, io.Discard, nil)
	defer s.Close()
	c := &completer{s: s}
	for _, text := range []string{"", "\t", "    "} {
		got, n := c.Do([]rune(text), len(text))
		if n != 0 || len(got) != 1 || string(got[0]) != "\t" {
			t.Errorf("Do(%q) = %q, %d; want a tab", text, got, n)
		}
	}
}
