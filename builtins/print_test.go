package builtins_test

import (
	"strings"
	"testing"

	"netrepl/internal/startest"
)

func TestPrint(t *testing.T) {
	s := startest.New(t)
	err := s.Run(`
print("text", b"GET /\r\n\x00", 3, None, [b"x"])
print("a", "b", sep="-", end="|\n")
print("to stderr", file=sys.stderr)
print(str(b"x"), b"decoded".decode())
print(1, 2, sep=None, end=None)
print(*[1, 2])
print()
`)
	if err != nil {
		t.Fatal(err)
	}
	// CPython 3.11's output.
	want := "text b'GET /\\r\\n\\x00' 3 None [b'x']\na-b|\nb'x' decoded\n1 2\n1 2\n\n"
	if got := s.Stdout.String(); got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
	if got := s.Stderr.String(); got != "to stderr\n" {
		t.Errorf("stderr = %q", got)
	}
	if _, err := s.Eval(`print("x", file=1)`); err == nil || !strings.Contains(err.Error(), "file must be sys.stdout or sys.stderr") {
		t.Errorf("print(file=1): %v", err)
	}
}
