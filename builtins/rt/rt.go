// Package rt holds what a builtin needs to know about the session it runs
// in, kept on the starlark.Thread (as go.starlark.net/lib/time keeps its
// clock) rather than in package variables, so two sessions in one process
// (tests) never share state:
//
//   - Context(thread): the cancellation context of the running chunk. The
//     session stores a fresh one before each chunk and cancels it on Ctrl-C;
//     every blocking builtin (sleep, accept, recv, ...) must select on it or
//     turn it into a deadline, because thread.Cancel alone does not unblock
//     Go I/O.
//   - SessionOf(thread): the session: its output streams (safe for
//     concurrent use, redrawn around the prompt in the REPL), sys.argv, and
//     the resources (sockets, servers) to close when it ends.
//   - NewThread(parent, name): a thread for background work (threading,
//     socketserver) that shares the parent's session.
package rt

import (
	"context"
	"io"
	"os"
	"sync"

	"go.starlark.net/starlark"
)

const (
	sessionKey = "netrepl.session"
	contextKey = "netrepl.context"
)

// Session is the state one netrepl run shares between all its threads.
type Session struct {
	// Ctx ends when the session ends; background threads and servers use
	// it (Ctrl-C cancels the foreground chunk only).
	Ctx context.Context

	Stdout io.Writer // where print and sys.stdout.write go
	Stderr io.Writer // errors, tracebacks, the traffic trace
	Argv   []string  // sys.argv
	// Interactive is python3's -i: the prompt follows the script
	// (sys.flags.interactive). Set it before the session runs code.
	Interactive bool

	cancel context.CancelFunc
	mu     sync.Mutex
	open   map[io.Closer]struct{}
	wg     sync.WaitGroup
	values sync.Map
	gil    gil
	input  Input // input()'s reader; nil: Stdin
}

// Value returns the session's value for key, storing init() first if
// there is none: a module's per-session state (the socket trace switch,
// ...) without a field here for each module. key should be a type of the
// module's own, as with context.WithValue.
func (s *Session) Value(key any, init func() any) any {
	if v, ok := s.values.Load(key); ok {
		return v
	}
	v, _ := s.values.LoadOrStore(key, init())
	return v
}

// NewSession returns a session writing to stdout and stderr.
func NewSession(stdout, stderr io.Writer, argv []string) *Session {
	ctx, cancel := context.WithCancel(context.Background())
	return &Session{Ctx: ctx, cancel: cancel, Stdout: stdout, Stderr: stderr, Argv: argv, open: map[io.Closer]struct{}{}}
}

// Track records a resource to close when the session ends.
func (s *Session) Track(c io.Closer) {
	s.mu.Lock()
	s.open[c] = struct{}{}
	s.mu.Unlock()
}

// Untrack forgets a resource that was closed by the script.
func (s *Session) Untrack(c io.Closer) {
	s.mu.Lock()
	delete(s.open, c)
	s.mu.Unlock()
}

// Go runs f in a goroutine the session waits for in Wait (Python's
// non-daemon threads).
func (s *Session) Go(f func()) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		f()
	}()
}

// Wait waits for the goroutines started with Go.
func (s *Session) Wait() { s.wg.Wait() }

// Close cancels the session's context and closes every tracked resource.
func (s *Session) Close() {
	s.cancel()
	s.mu.Lock()
	open := s.open
	s.open = map[io.Closer]struct{}{}
	s.mu.Unlock()
	for c := range open {
		c.Close()
	}
}

var defaultSession = NewSession(os.Stdout, os.Stderr, nil)

// SetSession attaches s to thread, and gives the thread its part in the
// session's interpreter lock (gil.go). Call it before the thread runs.
func SetSession(thread *starlark.Thread, s *Session) {
	thread.SetLocal(sessionKey, s)
	attachGIL(thread, s)
}

// SessionOf returns the thread's session; a thread that was given none
// (a unit test calling a builtin directly) gets one on os.Stdout/os.Stderr.
func SessionOf(thread *starlark.Thread) *Session {
	if s, ok := thread.Local(sessionKey).(*Session); ok {
		return s
	}
	return defaultSession
}

// SetContext stores the cancellation context of the next chunk.
func SetContext(thread *starlark.Thread, ctx context.Context) { thread.SetLocal(contextKey, ctx) }

// SetInterruptReset stores what gives thread a fresh cancellation
// context after a script catches KeyboardInterrupt (the session's).
func SetInterruptReset(thread *starlark.Thread, reset func()) {
	thread.SetLocal(resetKey, reset)
}

const resetKey = "netrepl.rt.interruptReset"

// InterruptCaught is starlark.InterruptCaught: `except KeyboardInterrupt`
// caught Ctrl-C, so the chunk goes on: its context, cancelled by the
// interrupt, is replaced by a fresh one that the next Ctrl-C cancels.
func InterruptCaught(thread *starlark.Thread) {
	if reset, ok := thread.Local(resetKey).(func()); ok {
		reset()
	}
}

// Context returns the context a blocking builtin must honour: the running
// chunk's, else the session's.
func Context(thread *starlark.Thread) context.Context {
	if ctx, ok := thread.Local(contextKey).(context.Context); ok {
		return ctx
	}
	return SessionOf(thread).Ctx
}

// NewThread returns a thread for background work started from parent: it
// shares parent's session, loader and print function, and is cancelled by
// the session's end, not by the parent chunk's Ctrl-C. Call it on
// parent's goroutine (thread locals are not safe for concurrent use), then
// hand the new thread to the goroutine that runs it.
func NewThread(parent *starlark.Thread, name string) *starlark.Thread {
	s := SessionOf(parent)
	t := &starlark.Thread{Name: name, Load: parent.Load, Print: parent.Print, Import: parent.Import}
	SetSession(t, s)
	SetContext(t, s.Ctx)
	return t
}

// Print writes msg and a newline to the session's stdout in one Write, so
// lines printed by concurrent threads never interleave. It is every
// thread's starlark.Thread.Print.
func Print(thread *starlark.Thread, msg string) {
	io.WriteString(SessionOf(thread).Stdout, msg+"\n")
}
