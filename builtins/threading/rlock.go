package threading

import (
	"fmt"
	"sync"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// RLock is Python's threading.RLock: a lock its owner thread may acquire
// again; it is free once released as many times. Waiting is the inner
// Lock's (timeouts, Ctrl-C, the interpreter lock given up).
type RLock struct {
	lock *Lock

	mu    sync.Mutex
	owner *starlark.Thread
	count int
}

func newRLock(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return &RLock{lock: &Lock{id: nextID.Add(1), ch: make(chan struct{}, 1)}}, nil
}

var _ starlark.HasAttrs = (*RLock)(nil)

func (r *RLock) Type() string          { return "RLock" }
func (r *RLock) Freeze()               {}
func (r *RLock) Truth() starlark.Bool  { return starlark.True }
func (r *RLock) Hash() (uint32, error) { return r.lock.id, nil }

// String is Python's repr, without the owner and address:
// <unlocked _thread.RLock object count=0>.
func (r *RLock) String() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	state := "unlocked"
	if r.count > 0 {
		state = "locked"
	}
	return fmt.Sprintf("<%s _thread.RLock object count=%d>", state, r.count)
}

func (r *RLock) Attr(name string) (starlark.Value, error) {
	if m, ok := rlockMethods[name]; ok {
		return m.BindReceiver(r), nil
	}
	return nil, nil
}

func (r *RLock) AttrNames() []string { return attrNames(nil, rlockMethods) }

var rlockMethods = map[string]*starlark.Builtin{
	"acquire": method("RLock", "acquire", `acquire(blocking=True, timeout=-1)
Acquire the lock, at once if this thread holds it already (then it must
release it once more), and return True; as Lock.acquire otherwise.`, (*RLock).acquire),
	"release": method("RLock", "release", `release()
Release the lock once; RuntimeError if this thread does not hold it.`, (*RLock).release),
}

func (r *RLock) acquire(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	r.mu.Lock()
	if r.owner == thread {
		r.count++
		r.mu.Unlock()
		return starlark.True, nil
	}
	r.mu.Unlock()
	got, err := r.lock.acquire(thread, b, args, kwargs)
	if err != nil || got != starlark.True {
		return got, err
	}
	r.mu.Lock()
	r.owner, r.count = thread, 1
	r.mu.Unlock()
	return starlark.True, nil
}

func (r *RLock) release(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.owner != thread {
		return nil, pyerr.New("RuntimeError", "cannot release un-acquired lock")
	}
	if r.count--; r.count == 0 {
		r.owner = nil
		<-r.lock.ch
	}
	return starlark.None, nil
}
