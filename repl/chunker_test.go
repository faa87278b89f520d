package repl

import (
	"io"
	"reflect"
	"strings"
	"testing"
)

// linesSource serves fixed lines; More reports whether any are left, as
// for input pasted or piped all at once.
type linesSource struct{ lines []string }

func (s *linesSource) ReadLine(string) (string, error) {
	if len(s.lines) == 0 {
		return "", io.EOF
	}
	l := s.lines[0]
	s.lines = s.lines[1:]
	return l, nil
}

func (s *linesSource) More() bool { return len(s.lines) > 0 }

func chunks(t *testing.T, input string) []string {
	t.Helper()
	c := &chunker{src: &linesSource{lines: strings.Split(strings.TrimSuffix(input, "\n"), "\n")}}
	var out []string
	for i := 0; i < 100; i++ {
		ch, err := c.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		if ch != "" {
			out = append(out, ch)
		}
	}
	t.Fatal("chunker did not reach EOF")
	return nil
}

func TestChunker(t *testing.T) {
	for _, tc := range []struct {
		name, input string
		want        []string
	}{
		{"simple lines", "x = 1\ny = 2\n", []string{"x = 1\n", "y = 2\n"}},
		{"line after block is kept", "def f():\n    return 1\nprint(f())\n",
			[]string{"def f():\n    return 1\n", "print(f())\n"}},
		{"blank line ends block", "def f():\n    return 1\n\nf()\n",
			[]string{"def f():\n    return 1\n", "f()\n"}},
		{"blank lines inside pasted body", "def f():\n    x = 1\n\n\n    return x\n\nf()\n",
			[]string{"def f():\n    x = 1\n\n\n    return x\n", "f()\n"}},
		{"else continues if", "if x:\n    a()\nelse:\n    b()\nc()\n",
			[]string{"if x:\n    a()\nelse:\n    b()\n", "c()\n"}},
		{"brackets continue", "x = [1,\n2,\n]\ny = 3\n", []string{"x = [1,\n2,\n]\n", "y = 3\n"}},
		{"bracket at column 0 in block", "def f():\n    return g(1,\n2)\nf()\n",
			[]string{"def f():\n    return g(1,\n2)\n", "f()\n"}},
		{"triple-quoted string", "s = '''a\n\nb'''\nt = 1\n", []string{"s = '''a\n\nb'''\n", "t = 1\n"}},
		{"bracket in string ignored", "s = '('\nt = 1\n", []string{"s = '('\n", "t = 1\n"}},
		{"bracket in comment ignored", "x = 1 # (\ny = 2\n", []string{"x = 1 # (\n", "y = 2\n"}},
		{"backslash continues", "x = 1 + \\\n 2\ny = 3\n", []string{"x = 1 + \\\n 2\n", "y = 3\n"}},
		{"comment in block", "for i in r:\n# note\n    p(i)\n\n", []string{"for i in r:\n# note\n    p(i)\n"}},
		{"block at EOF", "while x:\n    y()", []string{"while x:\n    y()\n"}},
		{"identifier starting with if", "iffy = 1\n", []string{"iffy = 1\n"}},
		{"with opens a block", "with l:\n    p(1)\n\nq()\n", []string{"with l:\n    p(1)\n", "q()\n"}},
		// The parser's scanner decides (issue 10): comments and strings hide brackets.
		{"import, comment with a bracket", "import socket  # uses (tcp\nx = 1\n", []string{"import socket  # uses (tcp\n", "x = 1\n"}},
		{"with items over two lines", "with (a as\n      x):\n    p()\n\nq()\n", []string{"with (a as\n      x):\n    p()\n", "q()\n"}},
		{"from-import in parentheses", "from socket import (a,\n\n  b)\nq()\n", []string{"from socket import (a,\n\n  b)\n", "q()\n"}},
		{"backslash CRLF", "from socket import a, \\\r\n  b\r\nq()\n", []string{"from socket import a, \\\r\n  b\r\n", "q()\n"}},
		{"triple-quoted f-string", "s = f\"\"\"{x}\n\n\"\"\"\nt = 1\n", []string{"s = f\"\"\"{x}\n\n\"\"\"\n", "t = 1\n"}},
		{"one-line if waits for else", "if x: a()\nelse: b()\nc()\n", []string{"if x: a()\nelse: b()\n", "c()\n"}},
		{"import after ;", "import socket; x = 1\ny = 2\n", []string{"import socket; x = 1\n", "y = 2\n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := chunks(t, tc.input); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("chunks = %q, want %q", got, tc.want)
			}
		})
	}
}

// When nothing more is waiting (typed input), a blank line ends the block
// at once instead of waiting for a line that may never come.
func TestChunkerTypedBlankLine(t *testing.T) {
	src := &typedSource{lines: []string{"def f():", "    return 1", "", "f()"}}
	c := &chunker{src: src}
	ch, err := c.Next()
	if err != nil || ch != "def f():\n    return 1\n" {
		t.Fatalf("Next = %q, %v", ch, err)
	}
	if len(src.lines) != 1 {
		t.Errorf("chunker read ahead past the blank line: %q left", src.lines)
	}
}

type typedSource struct{ lines []string }

func (s *typedSource) ReadLine(string) (string, error) {
	if len(s.lines) == 0 {
		return "", io.EOF
	}
	l := s.lines[0]
	s.lines = s.lines[1:]
	return l, nil
}

func (s *typedSource) More() bool { return false }
