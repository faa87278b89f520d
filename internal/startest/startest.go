// Package startest runs Starlark in a netrepl session for the tests of the
// builtins: the session's thread and output, the universe, the dialect,
// and the harness that checks CPython-generated conformance vectors.
// Only tests import it.
package startest

import (
	"bytes"
	"sync"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"netrepl/builtins"
	"netrepl/builtins/rt"
	"netrepl/repl"
)

// Dialect is netrepl's Starlark dialect (repl.Dialect).
var Dialect = func() *syntax.FileOptions { o := repl.Dialect; return &o }()

// Buffer is session output that several threads may write at once.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// Session is a netrepl session with its main thread, as a script runs.
type Session struct {
	RT             *rt.Session
	Thread         *starlark.Thread
	Predeclared    starlark.StringDict // the universe; a test may add names
	Stdout, Stderr *Buffer
}

// New returns a session whose sys.argv is argv; it is closed when the
// test ends.
func New(t testing.TB, argv ...string) *Session {
	s := &Session{Stdout: new(Buffer), Stderr: new(Buffer)}
	s.RT = rt.NewSession(s.Stdout, s.Stderr, argv)
	s.Thread = &starlark.Thread{Name: "main", Print: rt.Print}
	rt.SetSession(s.Thread, s.RT)
	s.Predeclared = starlark.StringDict{}
	universe := builtins.Universe(s.RT)
	for k, v := range universe {
		s.Predeclared[k] = v
	}
	s.Thread.Import = builtins.Importer(universe)
	t.Cleanup(s.RT.Close)
	return s
}

// Exec runs src as a file named filename and returns its globals.
func (s *Session) Exec(filename, src string) (starlark.StringDict, error) {
	rt.Enter(s.Thread)
	defer rt.Exit(s.Thread)
	return starlark.ExecFileOptions(Dialect, s.Thread, filename, src, s.Predeclared)
}

// Run executes src as a chunk at the prompt would: the globals it
// defines stay visible to the chunks run after it, and are not frozen
// (Exec, like a loaded module, freezes them), so threads may mutate them.
func (s *Session) Run(src string) error {
	_, prog, err := starlark.SourceProgramOptions(Dialect, "<chunk>", src, s.Predeclared.Has)
	if err != nil {
		return err
	}
	rt.Enter(s.Thread)
	g, err := prog.Init(s.Thread, s.Predeclared)
	rt.Exit(s.Thread)
	for k, v := range g {
		s.Predeclared[k] = v
	}
	return err
}

// Eval evaluates one expression.
func (s *Session) Eval(expr string) (starlark.Value, error) {
	rt.Enter(s.Thread)
	defer rt.Exit(s.Thread)
	return starlark.EvalOptions(Dialect, s.Thread, "<expr>", expr, s.Predeclared)
}
