package builtins_test

import (
	"strings"
	"testing"

	"netrepl/internal/startest"
)

func exec(t *testing.T, src string) string {
	t.Helper()
	s := startest.New(t)
	if _, err := s.Exec("t.star", src); err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return s.Stdout.String()
}

func TestHelpSignature(t *testing.T) {
	for _, tc := range []struct{ def, want string }{
		{"def f(): pass", "f()"},
		{"def f(a, b=2): pass", "f(a, b=2)"},
		{"def f(a, *args): pass", "f(a, *args)"},
		{"def f(a, b=2, *c, d, **e): pass", "f(a, b=2, *c, d, **e)"},
		{"def f(a, *, k=1): pass", "f(a, *, k=1)"},
		{"def f(**kw): pass", "f(**kw)"},
	} {
		got := exec(t, tc.def+"\nhelp(f)")
		if strings.TrimSpace(got) != tc.want {
			t.Errorf("%s: help = %q, want %q", tc.def, got, tc.want)
		}
	}
}

func TestHelp(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"help()", "Modules:\n"},
		{"help()", "  time           Time access"},
		{"help()", "  catch          catch(fn, *args, **kwargs)"},
		{"help(time)", "sleep(secs)              Suspend the calling thread"},
		{"help(time.sleep)", "sleep(secs)\nSuspend the calling thread for secs seconds"},
		{"help(len)", "len(x)\n"},
		{`help("time.sleep")`, "sleep(secs)\nSuspend the calling thread for secs seconds"},
		{`help("socket")`, "module socket: TCP, UDP"},
		{`def f():
    "Say hi."
    pass
help(f)`, "f()\nSay hi.\n"},
		{"help(catch(fail, 'x').error)", "  type                     'Error'"},
		{"help(sys)", "  argv                     []"},
		{"help(sys)", "  stdout                   module: standard output: write(s), flush()"},
	} {
		if got := exec(t, tc.src); !strings.Contains(got, tc.want) {
			t.Errorf("%s:\n%s\nlacks %q", tc.src, got, tc.want)
		}
	}
}
