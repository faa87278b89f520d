package threading

import (
	"sync"
	"time"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// Lock is Python's threading.Lock (type "lock"): acquire, release, locked.
// It is a one-slot channel, so that acquire can also wait for a timeout
// or for cancellation. Any thread may release it, as in Python.
type Lock struct {
	id uint32
	ch chan struct{} // holds a token while locked
}

func newLock(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return &Lock{id: nextID.Add(1), ch: make(chan struct{}, 1)}, nil
}

var _ starlark.HasAttrs = (*Lock)(nil)

func (l *Lock) Type() string          { return "lock" }
func (l *Lock) Freeze()               {}
func (l *Lock) Truth() starlark.Bool  { return starlark.True }
func (l *Lock) Hash() (uint32, error) { return l.id, nil }
func (l *Lock) isLocked() bool        { return len(l.ch) == 1 }

// String is Python's repr, without the address: <unlocked _thread.lock object>.
func (l *Lock) String() string {
	if l.isLocked() {
		return "<locked _thread.lock object>"
	}
	return "<unlocked _thread.lock object>"
}

func (l *Lock) Attr(name string) (starlark.Value, error) {
	if m, ok := lockMethods[name]; ok {
		return m.BindReceiver(l), nil
	}
	return nil, nil
}

func (l *Lock) AttrNames() []string { return attrNames(nil, lockMethods) }

var lockMethods = map[string]*starlark.Builtin{
	"acquire": method("lock", "acquire", `acquire(blocking=True, timeout=-1)
Acquire the lock and return True. With blocking=False, return False at
once if the lock is held; with a timeout, return False once timeout
seconds have passed (-1: wait forever). Ctrl-C interrupts the wait.`, (*Lock).acquire),
	"release": method("lock", "release", `release()
Release the lock; RuntimeError if it is not held.`, (*Lock).release),
	"locked": method("lock", "locked", `locked()
Return whether the lock is held.`, (*Lock).locked),
}

func (l *Lock) acquire(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	blocking := true
	var timeout starlark.Value = starlark.MakeInt(-1)
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "blocking?", &blocking, "timeout?", &timeout); err != nil {
		return nil, err
	}
	_, secs, err := parseTimeout(b.Name(), timeout)
	if err != nil {
		return nil, err
	}
	if timeout == starlark.None {
		return nil, pyerr.TypeErr(b.Name(), "'NoneType' object cannot be interpreted as an integer or float")
	}
	if !blocking && secs != -1 {
		return nil, pyerr.New("ValueError", "can't specify a timeout for a non-blocking call")
	}
	if secs < 0 && secs != -1 {
		return nil, pyerr.New("ValueError", "timeout value must be positive")
	}
	select {
	case l.ch <- struct{}{}:
		return starlark.True, nil
	default:
	}
	if !blocking || secs == 0 {
		return starlark.False, nil
	}
	var expired <-chan time.Time
	if secs > 0 {
		t := time.NewTimer(seconds(secs))
		defer t.Stop()
		expired = t.C
	}
	defer rt.Blocking(thread)()
	select {
	case l.ch <- struct{}{}:
		return starlark.True, nil
	case <-expired:
		return starlark.False, nil
	case <-rt.Context(thread).Done():
		return nil, pyerr.KeyboardInterrupt()
	}
}

func (l *Lock) release(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	select {
	case <-l.ch:
		return starlark.None, nil
	default:
		return nil, pyerr.New("RuntimeError", "release unlocked lock")
	}
}

func (l *Lock) locked(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.Bool(l.isLocked()), nil
}

// Event is Python's threading.Event: a flag that threads wait for. set
// closes the channel the waiters select on; clear makes a new one.
type Event struct {
	id uint32

	mu  sync.Mutex
	set bool
	ch  chan struct{} // closed while set
}

func newEvent(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return &Event{id: nextID.Add(1), ch: make(chan struct{})}, nil
}

var _ starlark.HasAttrs = (*Event)(nil)

func (e *Event) Type() string          { return "Event" }
func (e *Event) Freeze()               {}
func (e *Event) Truth() starlark.Bool  { return starlark.True }
func (e *Event) Hash() (uint32, error) { return e.id, nil }

func (e *Event) isSet() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.set
}

// String is Python's repr, without the address: <threading.Event: set>.
func (e *Event) String() string {
	if e.isSet() {
		return "<threading.Event: set>"
	}
	return "<threading.Event: unset>"
}

func (e *Event) Attr(name string) (starlark.Value, error) {
	if m, ok := eventMethods[name]; ok {
		return m.BindReceiver(e), nil
	}
	return nil, nil
}

func (e *Event) AttrNames() []string { return attrNames(nil, eventMethods) }

var eventMethods = map[string]*starlark.Builtin{
	"set": method("Event", "set", `set()
Set the flag to true, waking every thread waiting for it.`, (*Event).setFn),
	"clear": method("Event", "clear", `clear()
Set the flag to false.`, (*Event).clear),
	"is_set": method("Event", "is_set", `is_set()
Return whether the flag is true.`, (*Event).isSetFn),
	"wait": method("Event", "wait", `wait(timeout=None)
Wait until the flag is true, or for timeout seconds, and return the flag
(False: timed out). Ctrl-C interrupts the wait.`, (*Event).wait),
}

func (e *Event) setFn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	e.mu.Lock()
	if !e.set {
		e.set = true
		close(e.ch)
	}
	e.mu.Unlock()
	return starlark.None, nil
}

func (e *Event) clear(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	e.mu.Lock()
	if e.set {
		e.set = false
		e.ch = make(chan struct{})
	}
	e.mu.Unlock()
	return starlark.None, nil
}

func (e *Event) isSetFn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.Bool(e.isSet()), nil
}

func (e *Event) wait(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var timeout starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	d, _, err := parseTimeout(b.Name(), timeout)
	if err != nil {
		return nil, err
	}
	e.mu.Lock()
	ch := e.ch
	e.mu.Unlock()
	ok, err := wait(thread, ch, d)
	if err != nil {
		return nil, err
	}
	return starlark.Bool(ok), nil
}
