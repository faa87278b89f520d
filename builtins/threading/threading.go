// Package threading is netrepl's `threading` and `queue` modules, the
// part of Python's that network scripts use (CPython 3.11 names and
// semantics). Starlark has no GIL: threads run in parallel.
//
// threading (Module):
//
//	Thread(target, args=(), kwargs={}, name=None, daemon=None)
//	                  a thread running target(*args, **kwargs); see Thread
//	current_thread()  the Thread of the caller (MainThread at the top level)
//	active_count()    how many threads are alive, the main one included
//	Lock()            a mutual-exclusion lock: acquire, release, locked
//	Event()           a flag threads wait for: set, clear, is_set, wait
//
// queue (QueueModule):
//
//	Queue(maxsize=0)  a FIFO queue for passing values between threads:
//	                  put, get, put_nowait, get_nowait, qsize, empty, full
//	Empty, Full       the error types get and put report ("queue.Empty",
//	                  "queue.Full"), for comparing with catch()'s error.type
//
// Values are shared between threads as they are, as in Python: one
// thread of a session runs Starlark at a time (rt's interpreter lock),
// and every blocking call gives the lock up while it waits. Every blocking call
// (join, acquire, wait, get, put) returns KeyboardInterrupt when the
// session cancels the caller (Ctrl-C).
package threading

import (
	"math"
	"sort"
	"sync"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// threadClass is a class of threading or queue: calling it calls fn, and
// type(x) of what fn makes (Type() name) is it.
func threadClass(name, module string, fn *starlark.Builtin) *starlark.Type {
	t := starlark.NewType(name, module, fn)
	starlark.RegisterType(name, t)
	return t
}

func init() {
	// Python's Lock() is a function; the lock's type is _thread.lock.
	starlark.RegisterType("lock", starlark.NewType("lock", "_thread", nil))
}

// Module is the `threading` module.
var Module = &starlarkstruct.Module{
	Name: "threading",
	Members: starlark.StringDict{
		"Thread": threadClass("Thread", "threading", doc.Func("Thread", `Thread(target, args=(), kwargs={}, name=None, daemon=None)
Return a thread that runs target(*args, **kwargs) once start() is called.
name defaults to
"Thread-N (target)"; daemon to the creating thread's. A script waits for
its non-daemon threads before it exits. An error escaping target is
printed on stderr ("Exception in thread ...") and ends that thread only.`, newThread)),
		"current_thread": doc.Func("current_thread", `current_thread()
Return the Thread of the caller: MainThread outside any started Thread.`, currentThread),
		"active_count": doc.Func("active_count", `active_count()
Return the number of Thread objects currently alive, MainThread included.`, activeCount),
		"enumerate": doc.Func("enumerate", `enumerate()
Return a list of the Thread objects currently alive, MainThread first.`, enumerateThreads),
		"Lock": doc.Func("Lock", `Lock()
Return a new lock, unlocked: acquire(blocking=True, timeout=-1),
release(), locked(). Any thread may release it.`, newLock),
		"RLock": doc.Func("RLock", `RLock()
Return a new reentrant lock: the thread that holds it may acquire it again
and must release it as many times. acquire(blocking=True, timeout=-1),
release().`, newRLock),
		"Event": threadClass("Event", "threading", doc.Func("Event", `Event()
Return a new event, its flag false: set(), clear(), is_set(),
wait(timeout=None).`, newEvent)),
	},
}

func init() {
	doc.Type("threading", "Threads and their synchronization: Thread, current_thread, active_count, Lock, Event.")
}

// A session's threading state: its MainThread, the counter that names
// Thread-N, and the number of started threads not yet finished.
type state struct {
	main *Thread

	mu    sync.Mutex
	names int                  // the last N of a "Thread-N" name
	live  map[*Thread]struct{} // started threads that have not finished
}

type stateKey struct{}

func stateOf(thread *starlark.Thread) *state {
	return rt.SessionOf(thread).Value(stateKey{}, func() any {
		return &state{main: newMainThread(), live: map[*Thread]struct{}{}}
	}).(*state)
}

// parseTimeout reads a timeout argument of builtin fn: None is no timeout
// (forever, d < 0), else a non-negative number of seconds. Negative
// values are left to the caller, since Python treats them differently in
// each call.
func parseTimeout(fn string, v starlark.Value) (d time.Duration, secs float64, err error) {
	if v == nil || v == starlark.None {
		return -1, -1, nil
	}
	f, ok := starlark.AsFloat(v)
	if !ok {
		return 0, 0, pyerr.TypeErr(fn, "'%s' object cannot be interpreted as an integer or float", v.Type())
	}
	if math.IsNaN(f) {
		return 0, 0, pyerr.ValueErr(fn, "Invalid value NaN (not a number)")
	}
	return seconds(f), f, nil
}

// seconds converts secs to a duration: negative ones to 0, huge ones to
// the largest duration.
func seconds(secs float64) time.Duration {
	switch {
	case secs <= 0:
		return 0
	case secs >= float64(math.MaxInt64)/1e9:
		return math.MaxInt64
	}
	return time.Duration(secs * 1e9)
}

// wait blocks until ch is closed (true), d passes (false; d < 0 waits
// forever) or the caller's context ends (KeyboardInterrupt).
func wait(thread *starlark.Thread, ch <-chan struct{}, d time.Duration) (bool, error) {
	select {
	case <-ch:
		return true, nil
	default:
	}
	if d == 0 {
		return false, nil
	}
	var expired <-chan time.Time
	if d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		expired = t.C
	}
	defer rt.Blocking(thread)()
	select {
	case <-ch:
		return true, nil
	case <-expired:
		return false, nil
	case <-rt.Context(thread).Done():
		return false, pyerr.KeyboardInterrupt()
	}
}

// method declares a method of the values of type typ and its help text;
// the value's Attr binds it to the receiver.
func method[T starlark.Value](typ, name, text string, fn func(recv T, thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)) *starlark.Builtin {
	doc.Method(typ, name, text)
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(b.Receiver().(T), thread, b, args, kwargs)
	})
}

// attrNames lists a value's fields and methods, sorted.
func attrNames(fields []string, methods map[string]*starlark.Builtin) []string {
	names := append([]string(nil), fields...)
	for name := range methods {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

func noArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) error {
	return starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0)
}
