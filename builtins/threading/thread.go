package threading

import (
	"context"
	"fmt"
	"io"
	"sort"
	"sync"
	"sync/atomic"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// Thread is the Starlark Thread value, Python's threading.Thread:
//
//	start()  join(timeout=None)  is_alive()
//	attributes: name, ident (None until started), daemon
//
// It runs its target in a goroutine of its own, on a starlark.Thread of
// its own that shares the session. It is safe for concurrent use; Freeze
// is a no-op, as a thread is shared by reference.
type Thread struct {
	id     uint32 // hash: threads are hashable by identity, as in Python
	main   bool
	target starlark.Value // nil: run does nothing
	args   starlark.Tuple
	kwargs *starlark.Dict // nil: none
	name   string
	daemon bool
	done   chan struct{} // closed when the target has returned

	mu      sync.Mutex
	started bool
	ident   int64
}

var (
	nextID    atomic.Uint32
	nextIdent atomic.Int64 // idents are unique in the process, as Python's
)

const currentKey = "netrepl.threading.current"

func newMainThread() *Thread {
	return &Thread{
		id: nextID.Add(1), main: true, name: "MainThread",
		done: make(chan struct{}), started: true, ident: nextIdent.Add(1),
	}
}

func newThread(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var target, targs, tkwargs, name, daemon starlark.Value = starlark.None, starlark.Tuple{}, starlark.None, starlark.None, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs,
		"target?", &target, "args?", &targs, "kwargs?", &tkwargs, "name?", &name, "daemon?", &daemon); err != nil {
		return nil, err
	}
	t := &Thread{id: nextID.Add(1), done: make(chan struct{})}
	if target != starlark.None {
		t.target = target
	}
	iter, ok := targs.(starlark.Iterable)
	if !ok {
		return nil, pyerr.TypeErr("Thread", "args must be an iterable, not %s", targs.Type())
	}
	t.args = tupleOf(iter)
	switch kw := tkwargs.(type) {
	case starlark.NoneType:
	case *starlark.Dict:
		t.kwargs = kw
	default:
		return nil, pyerr.TypeErr("Thread", "kwargs must be a dict, not %s", tkwargs.Type())
	}
	if daemon == starlark.None {
		t.daemon = current(thread).daemon
	} else {
		t.daemon = bool(daemon.Truth())
	}
	// As Python, a false name (None, "") gets the default one.
	if s, ok := name.(starlark.String); ok && s != "" {
		t.name = string(s)
	} else if name.Truth() {
		t.name = name.String()
	} else {
		t.name = defaultName(thread, t.target)
	}
	return t, nil
}

// defaultName is Python's "Thread-N (target)".
func defaultName(thread *starlark.Thread, target starlark.Value) string {
	st := stateOf(thread)
	st.mu.Lock()
	st.names++
	name := fmt.Sprintf("Thread-%d", st.names)
	st.mu.Unlock()
	if c, ok := target.(starlark.Callable); ok {
		name += " (" + c.Name() + ")"
	}
	return name
}

// Start starts a Thread that calls target(*args), named and counted as
// threading.Thread(target=target, args=args, daemon=daemon).start() would
// be: the Go side of modules that start threads (socketserver). Call it
// on parent's goroutine.
func Start(parent *starlark.Thread, target starlark.Callable, args starlark.Tuple, daemon bool) (*Thread, error) {
	t := &Thread{id: nextID.Add(1), done: make(chan struct{}), target: target, args: args, daemon: daemon}
	t.name = defaultName(parent, target)
	if err := t.begin(parent); err != nil {
		return nil, err
	}
	return t, nil
}

// Done is closed when the thread has ended.
func (t *Thread) Done() <-chan struct{} { return t.done }

func tupleOf(iter starlark.Iterable) starlark.Tuple {
	if t, ok := iter.(starlark.Tuple); ok {
		return t
	}
	var t starlark.Tuple
	it := iter.Iterate()
	defer it.Done()
	var x starlark.Value
	for it.Next(&x) {
		t = append(t, x)
	}
	return t
}

// current returns the Thread running on thread: the one started with
// start(), else the session's MainThread.
func current(thread *starlark.Thread) *Thread {
	if t, ok := thread.Local(currentKey).(*Thread); ok {
		return t
	}
	return stateOf(thread).main
}

func currentThread(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return current(thread), nil
}

func activeCount(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	st := stateOf(thread)
	st.mu.Lock()
	defer st.mu.Unlock()
	return starlark.MakeInt(len(st.live) + 1), nil
}

func enumerateThreads(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	st := stateOf(thread)
	st.mu.Lock()
	live := make([]*Thread, 0, len(st.live))
	for t := range st.live {
		live = append(live, t)
	}
	st.mu.Unlock()
	sort.Slice(live, func(i, j int) bool { return live[i].ident < live[j].ident })
	out := []starlark.Value{st.main}
	for _, t := range live {
		out = append(out, t)
	}
	return starlark.NewList(out), nil
}

var (
	_ starlark.HasAttrs    = (*Thread)(nil)
	_ starlark.HasSetField = (*Thread)(nil)
	_ starlark.Value       = (*Thread)(nil)
)

func (t *Thread) Type() string          { return "Thread" }
func (t *Thread) Freeze()               {}
func (t *Thread) Truth() starlark.Bool  { return starlark.True }
func (t *Thread) Hash() (uint32, error) { return t.id, nil }

// String is Python's repr: <Thread(Thread-1 (f), started daemon 5)>.
func (t *Thread) String() string {
	t.mu.Lock()
	started, ident := t.started, t.ident
	t.mu.Unlock()
	typ, status := "Thread", "initial"
	if t.main {
		typ = "_MainThread"
	}
	if started {
		status = "started"
		if t.finished() {
			status = "stopped"
		}
	}
	if t.daemon {
		status += " daemon"
	}
	if started {
		status += fmt.Sprintf(" %d", ident)
	}
	return fmt.Sprintf("<%s(%s, %s)>", typ, t.name, status)
}

func (t *Thread) finished() bool {
	select {
	case <-t.done:
		return true
	default:
		return false
	}
}

func (t *Thread) Attr(name string) (starlark.Value, error) {
	switch name {
	case "name":
		return starlark.String(t.name), nil
	case "daemon":
		return starlark.Bool(t.daemon), nil
	case "ident":
		t.mu.Lock()
		defer t.mu.Unlock()
		if !t.started {
			return starlark.None, nil
		}
		return starlark.MakeInt64(t.ident), nil
	}
	if m, ok := threadMethods[name]; ok {
		return m.BindReceiver(t), nil
	}
	return nil, nil
}

// SetField sets name, and daemon before the thread starts, as Python's
// attributes.
func (t *Thread) SetField(name string, v starlark.Value) error {
	switch name {
	case "name":
		t.name = v.String()
		if s, ok := v.(starlark.String); ok {
			t.name = string(s)
		}
		return nil
	case "daemon":
		return t.setDaemon(v)
	}
	return pyerr.New("AttributeError", "can't set attribute %s of Thread", name)
}

func (t *Thread) setDaemon(v starlark.Value) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.started {
		return pyerr.New("RuntimeError", "cannot set daemon status of active thread")
	}
	t.daemon = bool(v.Truth())
	return nil
}

func (t *Thread) AttrNames() []string {
	return attrNames([]string{"daemon", "ident", "name"}, threadMethods)
}

var threadMethods = map[string]*starlark.Builtin{
	"start": method("Thread", "start", `start()
Start the thread: its target runs alongside the caller (one thread runs
Starlark at a time; waits overlap). A thread can be started only once.`, (*Thread).start),
	"join": method("Thread", "join", `join(timeout=None)
Wait until the thread ends, or for timeout seconds; returns None either
way (call is_alive() to tell which). Ctrl-C interrupts it.`, (*Thread).join),
	"setDaemon": method("Thread", "setDaemon", `setDaemon(daemonic)
Set daemon (Python's old spelling of t.daemon = daemonic), before start().`, func(t *Thread, thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var v starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
			return nil, err
		}
		return starlark.None, t.setDaemon(v)
	}),
	"is_alive": method("Thread", "is_alive", `is_alive()
Return whether the thread has been started and has not yet ended.`, (*Thread).isAlive),
}

func (t *Thread) start(parent *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	if err := t.begin(parent); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

// begin starts the thread's goroutine.
func (t *Thread) begin(parent *starlark.Thread) error {
	t.mu.Lock()
	if t.started {
		t.mu.Unlock()
		return pyerr.New("RuntimeError", "threads can only be started once")
	}
	t.started = true
	t.ident = nextIdent.Add(1)
	t.mu.Unlock()

	// The target and its arguments are shared as they are, as in Python:
	// the interpreter lock (rt.Enter) keeps their use by two threads safe.
	var kw []starlark.Tuple
	if t.kwargs != nil {
		kw = t.kwargs.Items()
	}
	name, daemon := t.name, t.daemon
	th := rt.NewThread(parent, name)
	th.SetLocal(currentKey, t)
	sess := rt.SessionOf(parent)
	st := stateOf(parent)
	st.mu.Lock()
	st.live[t] = struct{}{}
	st.mu.Unlock()

	run := func() {
		defer func() {
			// A bug in netrepl ends the thread, not the process (a
			// panic inside the target is already its error: starlark.Call).
			if r := recover(); r != nil {
				report(sess.Stderr, name, starlark.InternalError(r))
			}
			st.mu.Lock()
			delete(st.live, t)
			st.mu.Unlock()
			close(t.done)
		}()
		if t.target == nil {
			return
		}
		// Cancellation also stops a target that never blocks.
		stop := context.AfterFunc(rt.Context(th), func() { th.Cancel("session ended") })
		defer stop()
		rt.Enter(th)
		_, err := starlark.Call(th, t.target, t.args, kw)
		rt.Exit(th)
		if err != nil {
			report(sess.Stderr, name, err)
		}
	}
	if daemon {
		go run()
	} else {
		sess.Go(run)
	}
	return nil
}

// report prints an error that escaped a thread's target as Python's
// threading.excepthook does, in one Write so that it is not interleaved
// with other threads' output. exit() and KeyboardInterrupt end the thread
// quietly.
func report(w io.Writer, name string, err error) {
	if _, ok := pyerr.AsExit(err); ok {
		return
	}
	if pyerr.Classify(err).Type == "KeyboardInterrupt" {
		return
	}
	io.WriteString(w, "Exception in thread "+name+":\n"+pyerr.Traceback(err))
}

func (t *Thread) join(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var timeout starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	d, _, err := parseTimeout(b.Name(), timeout)
	if err != nil {
		return nil, err
	}
	t.mu.Lock()
	started := t.started
	t.mu.Unlock()
	if !started {
		return nil, pyerr.New("RuntimeError", "cannot join thread before it is started")
	}
	if current(thread) == t {
		return nil, pyerr.New("RuntimeError", "cannot join current thread")
	}
	if _, err := wait(thread, t.done, d); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

func (t *Thread) isAlive(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	t.mu.Lock()
	started := t.started
	t.mu.Unlock()
	return starlark.Bool(started && !t.finished()), nil
}
