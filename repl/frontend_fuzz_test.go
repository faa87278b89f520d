package repl

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.starlark.net/resolve"
	"go.starlark.net/syntax"
)

// FuzzFrontEnd: any bytes given to netrepl's front end (the parse of a
// chunk in the Python dialect, netrepl's rewrites, then the resolver and
// the compiler for what parses) give a syntax error or a program, never
// a panic, and never the parser's "internal error" (a panic it caught).
// Nothing is run.
func FuzzFrontEnd(f *testing.F) {
	seeds := []string{
		"x = 1\n", "def f(a, *b, c=1, **d):\n    return [x for x in b if x]\n",
		"if x:\n\ty = 1\n        z = 2\n", "x = (1,\n", "x = '''abc\n", "f(a=1, 2)\n",
		"with ():\n    pass\n", "with a as (x), b as y:\n    pass\n", "import socket  # uses (tcp\n",
		"from socket import AF_INET, \\\r\n    SOCK_STREAM\n", "y = f\"{x}\" + nope\n", "f\"{u!a}\"\n",
		"class A:\n    pass\n", "try:\n    x\nexcept E as e:\n    pass\n", "lambda: (yield)\n",
		"x = 0777\n", "x = 1_\n", "0x\n", "1e\n", "print x\n", "if x = 1:\n    pass\n",
		"for x in y\n", "def f():\n", "@d\ndef f(): pass\n", "x = {'a' 1}\n", "\x00\xff\xfe",
		"x = [1, 2)\n", "x = 1 if y\n", "return 1\n", "break\n", "1 = x\n", "(a, b) += 1\n",
	}
	// and every vector of the syntax error tests
	if data, err := os.ReadFile(filepath.Join("..", "internal", "go.starlark.net", "syntax", "testdata", "python_errors.json")); err == nil {
		for _, part := range strings.Split(string(data), `"src": `)[1:] {
			if end := strings.Index(part, `",`); end > 0 {
				seeds = append(seeds, strings.NewReplacer(`\n`, "\n", `\t`, "\t", `\"`, `"`, `\\`, `\`).Replace(part[1:end]))
			}
		}
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	s := New(discard{}, discard{}, nil)
	defer s.Close()
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 4096 {
			return
		}
		chunkDialect.PromptNeeds(src) // the chunker's question, too
		for _, name := range []string{"<stdin>", "fuzz.star"} {
			err := frontEnd(s, name, src)
			var se syntax.Error
			var rl resolve.ErrorList
			switch {
			case err == nil:
			case errors.As(err, &se):
				if strings.Contains(se.Msg, "internal error") {
					t.Fatalf("%q: the parser panicked: %v", src, err)
				}
				if se.Pos.Line < 1 {
					t.Fatalf("%q: no position: %v", src, err)
				}
			case errors.As(err, &rl):
			default:
				if !strings.Contains(err.Error(), "compile") {
					t.Fatalf("%q: %T %v", src, err, err)
				}
			}
			if err != nil {
				_ = s.FormatError(err) // and its report
			}
		}
	})
}

// frontEnd is Exec without the run: parse, rewrite, resolve, compile.
// A panic fails the fuzz target (it is not recovered here).
func frontEnd(s *Session, filename string, src []byte) error {
	if strings.HasPrefix(filename, "<") {
		s.chunkName, s.chunkLines = filename, strings.Split(string(src), "\n")
	}
	f, err := s.parsePython(filename, src, chunkDialect)
	if err != nil {
		return err
	}
	_, err = s.compile(f, EchoAll)
	return err
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
