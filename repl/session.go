// Package repl is netrepl's evaluation core and its interactive loop.
//
// A Session holds one Starlark thread, the live globals shared by every
// chunk (globals.go), the loader, and the cancellation of the running
// chunk. Scripts, -c code, the -i file and each statement typed at the
// prompt all run the same way, as a chunk (Session.Exec): parsed in
// netrepl's dialect, rewritten so that user globals live in Globals, and
// executed with a fresh cancellation context that Ctrl-C cancels.
package repl

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"

	"go.starlark.net/resolve"
	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
	"go.starlark.net/syntax"

	"netrepl/builtins"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// Dialect is netrepl's Starlark: notebook-style code (while loops,
// top-level if/for, reassigned globals, recursion, sets) runs.
var Dialect = syntax.FileOptions{
	Set:             true,
	While:           true,
	TopLevelControl: true,
	GlobalReassign:  true,
	Recursion:       true,
	Python:          true,
}

// chunkDialect is the dialect of chunks: load binds globals, so a loaded
// name typed at the prompt stays visible to later chunks.
var chunkDialect = func() syntax.FileOptions {
	o := Dialect
	o.LoadBindsGlobally = true
	return o
}()

// Session is one netrepl run.
type Session struct {
	RT       *rt.Session
	Globals  *Globals
	Universe starlark.StringDict // the builtins, frozen

	thread      *starlark.Thread
	predeclared starlark.StringDict // Universe + the namespace + __echo__
	loader      *loader

	mu     sync.Mutex
	cancel context.CancelFunc // of the running chunk, or nil

	chunkName  string   // the chunk being run, if it has no file
	chunkLines []string // its text, for syntax errors

	capture  bool           // __echo__ keeps the value (a cell) instead of printing it
	captured starlark.Value // what it kept
}

// echoName is the predeclared builtin that prints a top-level
// expression's value at the prompt and binds it to _.
const echoName = "__echo__"

// New returns a session that prints to stdout and stderr; argv is sys.argv.
func New(stdout, stderr io.Writer, argv []string) *Session {
	rs := rt.NewSession(stdout, stderr, argv)
	s := &Session{RT: rs, Globals: &Globals{}, Universe: builtins.Universe(rs)}
	s.loader = newLoader(s)
	s.thread = &starlark.Thread{Name: "main", Print: rt.Print, Load: s.loader.load, Import: builtins.Importer(s.Universe)}
	rt.SetSession(s.thread, rs)
	s.predeclared = starlark.StringDict{
		nsName:   namespace{s.Globals, s.builtin},
		echoName: starlark.NewBuiltin(echoName, s.echo),
	}
	s.predeclared["__name__"] = starlark.String("__main__") // a loaded file gets its own name
	for k, v := range s.Universe {
		s.predeclared[k] = v
	}
	s.predeclared["dir"] = starlark.NewBuiltin("dir", s.dir)
	s.predeclared["globals"] = starlark.NewBuiltin("globals", s.globals)
	return s
}

// builtin is the builtin called name (netrepl's, else Starlark's), or nil.
func (s *Session) builtin(name string) starlark.Value {
	if v, ok := s.Universe[name]; ok {
		return v
	}
	if v, ok := starlark.Universe[name]; ok {
		return v
	}
	return nil
}

// Thread is the session's main thread.
func (s *Session) Thread() *starlark.Thread { return s.thread }

// Echo says which expression statements of a chunk show their value.
type Echo int

const (
	EchoNone Echo = iota // a script: none
	EchoAll              // the prompt: every top-level one, as Python's prompt prints them
	EchoLast             // a notebook cell: the last statement, if it is one (IPython's Out[n])
)

// Exec runs src (a file's text or a chunk typed at the prompt) as one
// chunk named filename, echoing expression values as echo says.
func (s *Session) Exec(filename string, src []byte, echo Echo) (err error) {
	defer pyerr.RecoverInternal(&err) // the session survives a bug in netrepl
	if strings.HasPrefix(filename, "<") {
		s.chunkName, s.chunkLines = filename, strings.Split(string(src), "\n")
	} else {
		defer s.loader.enter(filename)()
	}
	f, err := s.parsePython(filename, src, chunkDialect)
	if err != nil {
		return err
	}
	if strings.HasPrefix(filename, "<") && len(f.Stmts) > 0 {
		// for tracebacks through this chunk's functions, called later
		pyerr.RegisterSource(syntax.Start(f.Stmts[0]).FileID(), src)
	}
	return s.ExecFile(f, echo)
}

// parsePython parses src in netrepl's dialect (go.starlark.net's
// scanner and parser take Python's with, import and f-strings natively,
// so every position is the user's), the same for chunks and loaded
// files. "from m import *" gets the names it binds: m's members.
func (s *Session) parsePython(filename string, src []byte, opts syntax.FileOptions) (*syntax.File, error) {
	f, err := opts.Parse(filename, src, 0)
	if err != nil {
		return nil, err
	}
	syntax.Walk(f, func(n syntax.Node) bool {
		imp, ok := n.(*syntax.ImportStmt)
		if !ok || !imp.Star.IsValid() || imp.Level > 0 || len(imp.From) != 1 {
			return true
		}
		if m, ok := s.Universe[imp.From[0].Name].(*starlarkstruct.Module); ok {
			for _, name := range slices.Sorted(maps.Keys(m.Members)) {
				if !strings.HasPrefix(name, "_") {
					imp.Names = append(imp.Names, &syntax.ImportName{Path: []*syntax.Ident{{NamePos: imp.Star, Name: name}}})
				}
			}
		}
		return false
	})
	return f, nil
}

// ExecFile runs a parsed chunk.
func (s *Session) ExecFile(f *syntax.File, echo Echo) error {
	prog, err := s.compile(f, echo)
	if err != nil {
		return err
	}
	return s.run(prog)
}

// compile resolves and compiles a parsed chunk.
func (s *Session) compile(f *syntax.File, echo Echo) (*starlark.Program, error) {
	isUser := s.Globals.Has
	// A Starlark builtin netrepl replaces (repr, str) is netrepl's.
	isUniversal := func(name string) bool {
		return starlark.Universe.Has(name) && !isUser(name) && !s.Universe.Has(name)
	}
	isPredeclared := func(name string) bool { return !isUniversal(name) }
	if err := resolve.File(f, isPredeclared, isUniversal); err != nil {
		return nil, err
	}
	isBuiltin := func(name string) bool { return s.predeclared.Has(name) && !isUser(name) }
	rewriteChunk(f, isBuiltin, echo)
	return starlark.FileProgram(f, s.predeclared.Has)
}

// run runs a compiled chunk on the session's thread, cancellable.
func (s *Session) run(prog *starlark.Program) (err error) {
	ctx, cancel := context.WithCancel(s.RT.Ctx)
	s.mu.Lock()
	s.cancel = cancel
	s.thread.Uncancel()
	rt.SetContext(s.thread, ctx)
	s.mu.Unlock()
	// except KeyboardInterrupt: the chunk goes on with a fresh context.
	// Interrupt cancels the context and then the thread under s.mu, and
	// a blocking call may return (and its except clause run) between the
	// two: taking s.mu here waits for both, so the thread's cancellation
	// is cleared after it was set, never before.
	rt.SetInterruptReset(s.thread, func() {
		ctx, cancel := context.WithCancel(s.RT.Ctx)
		s.mu.Lock()
		old := s.cancel
		s.cancel = cancel // the deferred call below cancels it
		s.thread.Uncancel()
		rt.SetContext(s.thread, ctx)
		s.mu.Unlock()
		if old != nil {
			old() // the interrupted context: nothing uses it now
		}
	})
	defer func() {
		s.mu.Lock()
		if s.cancel != nil {
			s.cancel()
		}
		s.cancel = nil
		s.mu.Unlock()
		cancel()
	}()
	rt.Enter(s.thread)
	defer rt.Exit(s.thread)
	_, err = prog.Init(s.thread, s.predeclared)
	return err
}

// Cell runs one notebook cell and returns the value of its last
// statement if that is an expression whose value is not None (what a
// notebook shows as Out[n]), else nil.
func (s *Session) Cell(filename string, src []byte) (starlark.Value, error) {
	s.capture, s.captured = true, nil
	defer func() { s.capture, s.captured = false, nil }()
	err := s.Exec(filename, src, EchoLast)
	return s.captured, err
}

// Interrupt cancels the running chunk, as Ctrl-C does: the interpreter
// stops at its next step and blocking builtins return KeyboardInterrupt.
// It reports whether a chunk was running.
func (s *Session) Interrupt() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel == nil {
		return false
	}
	s.cancel()
	s.thread.Cancel("KeyboardInterrupt")
	return true
}

// Close ends the session: background work is cancelled and the sockets
// and servers it left open are closed.
func (s *Session) Close() { s.RT.Close() }

func (s *Session) echo(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, fmt.Errorf("%s: internal error", echoName)
	}
	if v := args[0]; v != starlark.None {
		s.Globals.Set("_", v)
		if s.capture {
			s.captured = v
		} else {
			io.WriteString(s.RT.Stdout, v.String()+"\n")
		}
	}
	return starlark.None, nil
}
