package rt

import (
	"runtime"
	"sync"
	"sync/atomic"

	"go.starlark.net/starlark"
)

// The interpreter lock: as CPython's GIL, one thread of a session runs
// Starlark at a time, and a thread gives the lock up whenever it waits
// (socket I/O, sleep, locks, queues, join: every builtin that blocks
// calls Blocking) and every switchSteps steps when another thread wants
// it, at the next line, so that a statement (counts[k] += 1) is whole as
// in CPython. Starlark's lists and dicts are not safe for concurrent use, and
// netrepl's globals are live: without the lock, two handler threads
// appending to a global list lose items and can corrupt a dict (a data
// race in Go), where Python code written for CPython expects each
// operation to be whole. Threads still overlap all their waiting, which
// is where a network program spends its time.

// switchSteps is how many Starlark steps a thread runs before it lets a
// waiting thread have the lock: about a millisecond (CPython: 5 ms).
var switchSteps atomic.Uint64

func init() { switchSteps.Store(100_000) }

// SetSwitchSteps sets how many steps a thread runs before it hands the
// lock over and returns the old value: for tests, which switch often to
// show that statements stay whole.
func SetSwitchSteps(n uint64) uint64 { return switchSteps.Swap(n) }

// boundarySteps bounds the wait for a statement boundary once a switch is
// due: a one-line loop (while True: pass) has none.
const boundarySteps = 1000

type gil struct {
	mu      sync.Mutex
	waiting atomic.Int32
}

func (g *gil) lock() {
	g.waiting.Add(1)
	g.mu.Lock()
	g.waiting.Add(-1)
}

// holder is a thread's hold on its session's lock: depth counts nested
// Enters. Only the goroutine running the thread touches it.
type holder struct {
	g     *gil
	depth int

	// A switch is due and waits for the thread to leave this line (of
	// this function), for at most boundarySteps steps.
	due   bool
	fn    string
	line  int32
	tries int
}

const holderKey = "netrepl.gil"

// attachGIL gives a new thread its holder and the step hook that yields
// the lock; called with the session, before the thread runs.
func attachGIL(thread *starlark.Thread, s *Session) {
	h := &holder{g: &s.gil}
	thread.SetLocal(holderKey, h)
	thread.OnMaxSteps = func(th *starlark.Thread) {
		steps := th.ExecutionSteps()
		if h.depth == 0 || h.g.waiting.Load() == 0 {
			h.due = false
			th.SetMaxExecutionSteps(steps + switchSteps.Load())
			return
		}
		// Hand the lock over between statements, not inside one, so
		// that counts[k] += 1 or d[k] = v is whole, as CPython (which
		// switches only at jumps back and calls) makes it: look at every
		// step until the line changes.
		fr := th.CallFrame(0)
		if !h.due {
			h.due, h.fn, h.line, h.tries = true, fr.Name, fr.Pos.Line, 0
			th.SetMaxExecutionSteps(steps + 1)
			return
		}
		if h.tries++; fr.Name == h.fn && fr.Pos.Line == h.line && h.tries < boundarySteps {
			th.SetMaxExecutionSteps(steps + 1)
			return
		}
		h.due = false
		h.g.mu.Unlock()
		runtime.Gosched()
		h.g.lock()
		th.SetMaxExecutionSteps(th.ExecutionSteps() + switchSteps.Load())
	}
	thread.SetMaxExecutionSteps(switchSteps.Load())
}

func holderOf(thread *starlark.Thread) *holder {
	h, _ := thread.Local(holderKey).(*holder)
	return h
}

// Enter takes the interpreter lock for thread, which is about to run
// Starlark code on this goroutine; Exit gives it back. They nest.
func Enter(thread *starlark.Thread) {
	if h := holderOf(thread); h != nil {
		if h.depth == 0 {
			h.g.lock()
		}
		h.depth++
	}
}

func Exit(thread *starlark.Thread) {
	if h := holderOf(thread); h != nil {
		if h.depth--; h.depth == 0 {
			h.g.mu.Unlock()
		}
	}
}

// Blocking gives up thread's interpreter lock while a builtin waits; the
// function it returns takes it back:
//
//	defer rt.Blocking(thread)()
//
// Between the two the builtin must not touch Starlark values that other
// threads can reach. On a thread that does not hold the lock (a test
// calling a builtin directly) it does nothing.
func Blocking(thread *starlark.Thread) (resume func()) {
	h := holderOf(thread)
	if h == nil || h.depth == 0 {
		return func() {}
	}
	depth := h.depth
	h.depth = 0
	h.g.mu.Unlock()
	return func() {
		h.g.lock()
		h.depth = depth
	}
}
