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
	"regexp"
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
	s.thread = &starlark.Thread{Name: "main", Print: rt.Print, Load: s.loader.load}
	rt.SetSession(s.thread, rs)
	s.predeclared = starlark.StringDict{
		nsName:   namespace{s.Globals, s.builtin},
		echoName: starlark.NewBuiltin(echoName, s.echo),
		withName: withBuiltin,
	}
	s.predeclared[importName] = starlark.NewBuiltin(importName, s.importBuiltin)
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

// parsePython parses src in netrepl's dialect after the rewrites that
// let Python's syntax through, the same for chunks and loaded files:
// f-strings (fstring.go), then, in one pass over the statements, imports
// of netrepl's modules and with statements (with.go), and after parsing
// the break and continue inside a with. Each keeps the user's line
// numbers.
func (s *Session) parsePython(filename string, src []byte, opts syntax.FileOptions) (*syntax.File, error) {
	src, err := rewriteFStrings(filename, src)
	if err != nil {
		return nil, err
	}
	src = rewriteStatements(src, func(rest []byte) ([]byte, int, bool) {
		if out, n, ok := s.rewriteImport(rest); ok {
			return out, n, true
		}
		return rewriteWithStatement(rest)
	})
	f, err := opts.Parse(filename, src, 0)
	if err != nil {
		return nil, err
	}
	if err := rewriteWithBranches(f); err != nil {
		return nil, err
	}
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
	defer func() {
		s.mu.Lock()
		s.cancel = nil
		s.mu.Unlock()
		cancel()
	}()
	rt.Enter(s.thread)
	defer rt.Exit(s.thread)
	_, err = prog.Init(s.thread, s.predeclared)
	return err
}

// Python's imports of netrepl's modules, on one line each.
var (
	importLine = regexp.MustCompile(`^import[ \t]+(` + nameList + `)([ \t]*(?:#.*)?)$`)
	fromLine   = regexp.MustCompile(`^from[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]+import[ \t]+(\*|` + nameList + `)([ \t]*(?:#.*)?)$`)
)

// nameList is "a, b as c, d".
const nameList = `[A-Za-z_][A-Za-z0-9_]*(?:[ \t]+as[ \t]+[A-Za-z_][A-Za-z0-9_]*)?(?:[ \t]*,[ \t]*[A-Za-z_][A-Za-z0-9_]*(?:[ \t]+as[ \t]+[A-Za-z_][A-Za-z0-9_]*)?)*`

// rewriteImport turns Python's imports of the modules netrepl always has
// (the statement at the start of rest) into an assignment from __import__, on the same
// line (so line numbers
// stay), so that pasted Python runs as typed and binds what Python binds:
//
//	import socket, struct       ->  socket, struct = __import__("socket"), __import__("struct")
//	import socket as s          ->  s = __import__("socket")
//	from socket import socket as S, AF_INET  ->  S, AF_INET = __import__("socket", "socket", "AF_INET")
//	from socket import *        ->  every name of the module, bound the same way
//
// __import__ names the module by its name, so a global that shadows it
// (from socket import socket) does not get in the way. Only statements
// are rewritten, not text inside strings. An import of anything else is
// left for the parser to reject (with a hint).
func (s *Session) rewriteImport(rest []byte) ([]byte, int, bool) {
	isModule := func(name string) bool {
		_, ok := s.Universe[name].(*starlarkstruct.Module)
		return ok
	}
	{
		stmt, n, newlines := importStatement(rest)
		if stmt == nil {
			return nil, 0, false
		}
		keep := strings.Repeat("\n", newlines) // the lines a multi-line import spanned
		if m := importLine.FindSubmatch(stmt); m != nil {
			var targets, values []string
			for _, item := range strings.Split(string(m[1]), ",") {
				name, as := splitAs(item)
				if !isModule(name) {
					return nil, 0, false
				}
				targets = append(targets, as)
				values = append(values, fmt.Sprintf("%s(%q)", importName, name))
			}
			return []byte(strings.Join(targets, ", ") + " = " + strings.Join(values, ", ") + keep + string(m[2])), n, true
		}
		if m := fromLine.FindSubmatch(stmt); m != nil {
			module := string(m[1])
			if !isModule(module) {
				return nil, 0, false
			}
			var targets, names []string
			if string(m[2]) == "*" {
				members := s.Universe[module].(*starlarkstruct.Module).Members
				targets = slices.Sorted(maps.Keys(members))
				names = targets
			} else {
				for _, item := range strings.Split(string(m[2]), ",") {
					name, as := splitAs(item)
					targets = append(targets, as)
					names = append(names, name)
				}
			}
			args := fmt.Sprintf("%q", module)
			for _, n := range names {
				args += fmt.Sprintf(", %q", n)
			}
			return []byte(strings.Join(targets, ", ") + " = " + importName + "(" + args + ")" + keep + string(m[3])), n, true
		}
		return nil, 0, false
	}
}

// importName is the predeclared builtin the rewritten imports call.
const importName = "__import__"

// importBuiltin is __import__(module, *names): the module, or the named
// members of it (one value for one name, else a tuple), with Python's
// ImportError for a name it does not have.
func (s *Session) importBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 || len(kwargs) > 0 {
		return nil, pyerr.New("TypeError", "__import__(module, *names)")
	}
	name, _ := starlark.AsString(args[0])
	m, ok := s.Universe[name].(*starlarkstruct.Module)
	if !ok {
		return nil, pyerr.New("ModuleNotFoundError", "No module named %s", pyerr.StrRepr(name))
	}
	if len(args) == 1 {
		return m, nil
	}
	var out starlark.Tuple
	for _, a := range args[1:] {
		n, _ := starlark.AsString(a)
		v, ok := m.Members[n]
		if !ok {
			return nil, pyerr.New("ImportError", "cannot import name %s from %s (unknown location)", pyerr.StrRepr(n), pyerr.StrRepr(name))
		}
		out = append(out, v)
	}
	if len(out) == 1 {
		return out[0], nil
	}
	return out, nil
}

// importStatement returns the import statement at the start of rest as
// one line: a parenthesized name list ("from socket import (a,\n b)") or
// backslash-continued lines are joined, their comments dropped. n is the
// length of rest it covers, newlines the line ends inside it. It returns
// nil for anything that is not an import.
func importStatement(rest []byte) (stmt []byte, n, newlines int) {
	if !hasKeyword(rest, "import") && !hasKeyword(rest, "from") {
		return nil, 0, 0
	}
	var b []byte
	depth := 0
	for i := 0; i < len(rest); i++ {
		switch c := rest[i]; {
		case c == '#' && depth > 0:
			for i+1 < len(rest) && rest[i+1] != '\n' {
				i++
			}
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '\\' && i+1 < len(rest) && rest[i+1] == '\n':
			i++
			newlines++
			b = append(b, ' ')
		case c == '\r' && i+1 < len(rest) && rest[i+1] == '\n':
		case c == '\n' && depth > 0:
			newlines++
			b = append(b, ' ')
		case c == '\n':
			return trailingComma.ReplaceAll(b, []byte("$1")), i, newlines
		default:
			if c != '(' && c != ')' {
				b = append(b, c)
			}
		}
		if c := rest[i]; c == '(' || c == ')' {
			b = append(b, ' ')
		}
	}
	return trailingComma.ReplaceAll(b, []byte("$1")), len(rest), newlines
}

// trailingComma is the comma a parenthesized name list may end with.
var trailingComma = regexp.MustCompile(`,(\s*(?:#.*)?)$`)

// splitAs splits "name as other" (or "name") into name and the name it
// binds.
func splitAs(item string) (name, as string) {
	f := strings.Fields(item)
	if len(f) == 3 {
		return f[0], f[2]
	}
	return f[0], f[0]
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
