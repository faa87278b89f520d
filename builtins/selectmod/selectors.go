package selectmod

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
	"golang.org/x/sys/unix"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

const (
	eventRead  = 1
	eventWrite = 2
)

var newSelector = doc.Func("DefaultSelector", `DefaultSelector()
A selector: register(fileobj, events, data=None) the sockets to watch,
then select(timeout=None) returns [(key, events)] for those ready, key
being register's SelectorKey (key.fileobj, key.fd, key.events, key.data).
Also modify, unregister, get_key, get_map, close, and use in with.`,
	func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		return &Selector{id: nextID.Add(1), byFD: map[int]*Key{}}, nil
	})

// SelectorsModule is the `selectors` module.
var SelectorsModule = &starlarkstruct.Module{
	Name: "selectors",
	Members: starlark.StringDict{
		"DefaultSelector": newSelector,
		"EVENT_READ":      starlark.MakeInt(eventRead),
		"EVENT_WRITE":     starlark.MakeInt(eventWrite),
	},
}

func init() {
	doc.Type("selectors", `Python's selectors module: sel = selectors.DefaultSelector(),
sel.register(sock, selectors.EVENT_READ, data), then sel.select(timeout)
in a loop: an event loop serving many sockets in one thread.`)
	doc.Type("DefaultSelector", `A selector from selectors.DefaultSelector(): register, modify, unregister,
select(timeout=None), get_key, get_map, close; use in with.`)
	doc.Type("SelectorKey", `SelectorKey(fileobj, fd, events, data): what register returns and select reports.`)
}

var nextID atomic.Uint32

// Selector is selectors.DefaultSelector(): registered file objects,
// polled together by select. It is safe for concurrent use (select in
// one thread while another registers: the next select sees it).
type Selector struct {
	id     uint32
	mu     sync.Mutex
	keys   []*Key // registration order
	byFD   map[int]*Key
	closed bool
}

// Key is a SelectorKey, Python's namedtuple (fileobj, fd, events, data).
type Key struct {
	fileobj starlark.Value
	fd      int
	events  int
	data    starlark.Value
}

var (
	_ starlark.HasAttrs       = (*Key)(nil)
	_ starlark.Indexable      = (*Key)(nil)
	_ starlark.HasAttrs       = (*Selector)(nil)
	_ starlark.ContextManager = (*Selector)(nil)
)

func (k *Key) String() string {
	return fmt.Sprintf("SelectorKey(fileobj=%s, fd=%d, events=%d, data=%s)", k.fileobj, k.fd, k.events, k.data)
}
func (k *Key) Type() string          { return "SelectorKey" }
func (k *Key) Freeze()               {}
func (k *Key) Truth() starlark.Bool  { return starlark.True }
func (k *Key) Hash() (uint32, error) { return uint32(k.fd), nil }
func (k *Key) Len() int              { return 4 }
func (k *Key) Index(i int) starlark.Value {
	return [...]starlark.Value{k.fileobj, starlark.MakeInt(k.fd), starlark.MakeInt(k.events), k.data}[i]
}
func (k *Key) AttrNames() []string { return []string{"data", "events", "fd", "fileobj"} }
func (k *Key) Attr(name string) (starlark.Value, error) {
	switch name {
	case "fileobj":
		return k.fileobj, nil
	case "fd":
		return starlark.MakeInt(k.fd), nil
	case "events":
		return starlark.MakeInt(k.events), nil
	case "data":
		return k.data, nil
	}
	return nil, nil
}

func (s *Selector) String() string {
	return fmt.Sprintf("<selectors.DefaultSelector object at %p>", s)
}
func (s *Selector) Type() string                                   { return "DefaultSelector" }
func (s *Selector) Freeze()                                        {}
func (s *Selector) Truth() starlark.Bool                           { return starlark.True }
func (s *Selector) Hash() (uint32, error)                          { return s.id, nil }
func (s *Selector) AttrNames() []string                            { return sortedNames(selectorMethods) }
func (s *Selector) Enter(*starlark.Thread) (starlark.Value, error) { return s, nil }
func (s *Selector) Exit(*starlark.Thread, error) error             { s.close(); return nil }

func (s *Selector) Attr(name string) (starlark.Value, error) {
	if m, ok := selectorMethods[name]; ok {
		return m.BindReceiver(s), nil
	}
	return nil, nil
}

var selectorMethods = map[string]*starlark.Builtin{}

func selMethod(name, text string, fn func(thread *starlark.Thread, s *Selector, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)) {
	doc.Method("DefaultSelector", name, text)
	selectorMethods[name] = starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(thread, b.Receiver().(*Selector), args, kwargs)
	})
}

func (s *Selector) close() {
	s.mu.Lock()
	s.closed = true
	s.keys, s.byFD = nil, map[int]*Key{}
	s.mu.Unlock()
}

var errClosed = pyerr.New("ValueError", "I/O operation on closed selector")

// lookup is Python's _fileobj_lookup: the registered key of fileobj, by
// its descriptor, or (a closed socket's fileno() is -1) by identity.
func (s *Selector) lookup(thread *starlark.Thread, fileobj starlark.Value) (*Key, int, error) {
	fd, err := fileno(thread, fileobj)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		for _, k := range s.keys {
			if k.fileobj == fileobj {
				return k, k.fd, nil
			}
		}
		if e, ok := err.(*pyerr.Error); ok && (e.Type == "TypeError" || e.Type == "ValueError") {
			return nil, 0, pyerr.New("ValueError", "Invalid file object: %s", fileobj)
		}
		return nil, 0, err
	}
	return s.byFD[fd], fd, nil
}

func eventsArg(v starlark.Value) (int, error) {
	n, ok := v.(starlark.Int)
	e, ok2 := n.Int64()
	if !ok || !ok2 || e == 0 || e&^(eventRead|eventWrite) != 0 {
		return 0, pyerr.New("ValueError", "Invalid events: %s", v)
	}
	return int(e), nil
}

func notRegistered(fileobj starlark.Value) error {
	return pyerr.New("KeyError", "%s", pyerr.StrRepr(fileobj.String()+" is not registered"))
}

func init() {
	selMethod("register", `register(fileobj, events, data=None)
Watch fileobj (a socket, server, anything with fileno(), or a descriptor)
for events: EVENT_READ, EVENT_WRITE or both (|). data is yours, given back
in the key. Returns the SelectorKey.`, func(thread *starlark.Thread, s *Selector, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var fileobj, eventsV starlark.Value
		var data starlark.Value = starlark.None
		if err := starlark.UnpackArgs("register", args, kwargs, "fileobj", &fileobj, "events", &eventsV, "data?", &data); err != nil {
			return nil, err
		}
		events, err := eventsArg(eventsV)
		if err != nil {
			return nil, err
		}
		k, fd, err := s.lookup(thread, fileobj)
		if err != nil {
			return nil, err
		}
		if k != nil {
			return nil, pyerr.New("KeyError", "%s", pyerr.StrRepr(fmt.Sprintf("%s (FD %d) is already registered", fileobj, fd)))
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.closed {
			return nil, errClosed
		}
		k = &Key{fileobj: fileobj, fd: fd, events: events, data: data}
		s.keys = append(s.keys, k)
		s.byFD[fd] = k
		return k, nil
	})

	selMethod("unregister", `unregister(fileobj)
Stop watching fileobj (also once it is closed); returns its key.`, func(thread *starlark.Thread, s *Selector, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var fileobj starlark.Value
		if err := starlark.UnpackPositionalArgs("unregister", args, kwargs, 1, &fileobj); err != nil {
			return nil, err
		}
		k, _, err := s.lookup(thread, fileobj)
		if err != nil {
			return nil, err
		}
		if k == nil {
			return nil, notRegistered(fileobj)
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		delete(s.byFD, k.fd)
		for i, x := range s.keys {
			if x == k {
				s.keys = append(s.keys[:i:i], s.keys[i+1:]...)
				break
			}
		}
		return k, nil
	})

	selMethod("modify", `modify(fileobj, events, data=None)
Change what fileobj is watched for, and its data; returns the new key.`, func(thread *starlark.Thread, s *Selector, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var fileobj, eventsV starlark.Value
		var data starlark.Value = starlark.None
		if err := starlark.UnpackArgs("modify", args, kwargs, "fileobj", &fileobj, "events", &eventsV, "data?", &data); err != nil {
			return nil, err
		}
		events, err := eventsArg(eventsV)
		if err != nil {
			return nil, err
		}
		k, _, err := s.lookup(thread, fileobj)
		if err != nil {
			return nil, err
		}
		if k == nil {
			return nil, notRegistered(fileobj)
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		nk := &Key{fileobj: k.fileobj, fd: k.fd, events: events, data: data}
		s.byFD[k.fd] = nk
		for i, x := range s.keys {
			if x == k {
				s.keys[i] = nk
			}
		}
		return nk, nil
	})

	selMethod("select", `select(timeout=None)
Wait until some registered file objects are ready, at most timeout
seconds (None: no limit; 0 or less: just look); return a list of
(key, events), events being what is ready of what key.events asked.
A socket with received bytes in its buffer is ready to read. Ctrl-C
interrupts the wait.`, func(thread *starlark.Thread, s *Selector, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var timeoutV starlark.Value = starlark.None
		if err := starlark.UnpackPositionalArgs("select", args, kwargs, 0, &timeoutV); err != nil {
			return nil, err
		}
		timeout, err := timeoutArg(timeoutV, "")
		if err != nil {
			return nil, err
		}
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			return nil, errClosed
		}
		keys := append([]*Key(nil), s.keys...)
		s.mu.Unlock()
		fds := make([]unix.PollFd, len(keys))
		for i, k := range keys {
			fd := int32(k.fd)
			if p, ok := k.fileobj.(pender); ok {
				if p.Fileno() < 0 { // closed and not unregistered: never ready
					fd = -1
				} else if k.events&eventRead != 0 && p.Pending() {
					timeout = 0
				}
			}
			var ev int16
			if k.events&eventRead != 0 {
				ev |= unix.POLLIN
			}
			if k.events&eventWrite != 0 {
				ev |= unix.POLLOUT
			}
			fds[i] = unix.PollFd{Fd: fd, Events: ev}
		}
		if len(keys) == 0 && timeout != 0 {
			// Nothing to watch: sleep, as Python's selector does.
			if err := sleep(thread, timeout); err != nil {
				return nil, err
			}
			return starlark.NewList(nil), nil
		}
		if err := poll(thread, fds, timeout); err != nil {
			return nil, err
		}
		var ready []starlark.Value
		for i, k := range keys {
			re := fds[i].Revents
			ev := 0
			if re&^unix.POLLOUT != 0 || k.events&eventRead != 0 && pending(k.fileobj) {
				ev |= eventRead
			}
			if re&^unix.POLLIN != 0 {
				ev |= eventWrite
			}
			if ev &= k.events; ev != 0 {
				ready = append(ready, starlark.Tuple{k, starlark.MakeInt(ev)})
			}
		}
		return starlark.NewList(ready), nil
	})

	selMethod("get_key", `get_key(fileobj)
The SelectorKey of a registered fileobj (KeyError if it is not).`, func(thread *starlark.Thread, s *Selector, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var fileobj starlark.Value
		if err := starlark.UnpackPositionalArgs("get_key", args, kwargs, 1, &fileobj); err != nil {
			return nil, err
		}
		s.mu.Lock()
		closed := s.closed
		s.mu.Unlock()
		if closed {
			return nil, pyerr.New("RuntimeError", "Selector is closed")
		}
		k, _, err := s.lookup(thread, fileobj)
		if err != nil {
			return nil, err
		}
		if k == nil {
			return nil, notRegistered(fileobj)
		}
		return k, nil
	})

	selMethod("get_map", `get_map()
A dict of the registered keys by descriptor: {fd: key}, a snapshot
(None once closed).`, func(thread *starlark.Thread, s *Selector, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs("get_map", args, kwargs, 0); err != nil {
			return nil, err
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.closed {
			return starlark.None, nil
		}
		d := starlark.NewDict(len(s.keys))
		for _, k := range s.keys {
			d.SetKey(starlark.MakeInt(k.fd), k)
		}
		return d, nil
	})

	selMethod("close", `close()
Forget every registration; the selector can no longer be used (the file
objects stay open).`, func(thread *starlark.Thread, s *Selector, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs("close", args, kwargs, 0); err != nil {
			return nil, err
		}
		s.close()
		return starlark.None, nil
	})
}

// sleep waits d (<0: until Ctrl-C), interruptibly, without the lock.
func sleep(thread *starlark.Thread, d time.Duration) error {
	ctx := rt.Context(thread)
	defer rt.Blocking(thread)()
	var after <-chan time.Time
	if d >= 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		after = t.C
	}
	select {
	case <-ctx.Done():
		return pyerr.KeyboardInterrupt()
	case <-after:
		return nil
	}
}

func sortedNames(m map[string]*starlark.Builtin) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
