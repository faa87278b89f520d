// Package selectmod is netrepl's `select` and `selectors` modules:
// Python's select.select and selectors.DefaultSelector, over poll(2) on
// the sockets' descriptors.
//
// Go's net package hides readiness (its poller is internal), so these
// ask the kernel directly with poll(2), which looks at a descriptor
// without disturbing the runtime's own epoll registration. While poll
// waits, the interpreter lock is given up (other threads run) and an
// eventfd in the poll set is written by the chunk's cancellation, so
// Ctrl-C ends the wait at once. A socket whose read buffer holds bytes
// (a recvline left them, builtins/socket/buffer.go) is readable even if
// the kernel has nothing: the next recv returns them.
package selectmod

import (
	"context"
	"math"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
	"golang.org/x/sys/unix"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// Module is the `select` module.
var Module = &starlarkstruct.Module{
	Name: "select",
	Members: starlark.StringDict{
		"select": doc.Func("select", `select(rlist, wlist, xlist, timeout=None)
Wait until some of the sockets (or servers, files: anything with a
fileno(), or descriptors) are ready: rlist to read (or accept; a peer's
close counts too), wlist to write, xlist for an exceptional condition.
Returns three lists, the ready ones of each. timeout in seconds (None:
wait without limit, 0: just look); three empty lists when it passes.
Ctrl-C interrupts the wait.`, selectFn),
		"POLLIN":  starlark.MakeInt(unix.POLLIN),
		"POLLOUT": starlark.MakeInt(unix.POLLOUT),
		"POLLPRI": starlark.MakeInt(unix.POLLPRI),
		"POLLERR": starlark.MakeInt(unix.POLLERR),
		"POLLHUP": starlark.MakeInt(unix.POLLHUP),
	},
}

func init() {
	doc.Type("select", `Python's select module: select.select(rlist, wlist, xlist, timeout=None)
waits until sockets are ready. See also selectors.`)
}

// pender is a socket (or a file of one) that may hold received bytes in
// its buffer.
type pender interface {
	Pending() bool
	Fileno() int
}

// fileno is Python's PyObject_AsFileDescriptor: an int, or the result of
// v.fileno().
func fileno(thread *starlark.Thread, v starlark.Value) (int, error) {
	var r starlark.Value = v
	switch x := v.(type) {
	case starlark.Int:
	case pender:
		r = starlark.MakeInt(x.Fileno())
	default:
		var m starlark.Value
		if ha, ok := v.(starlark.HasAttrs); ok {
			m, _ = ha.Attr("fileno")
		}
		if m == nil {
			return 0, pyerr.New("TypeError", "argument must be an int, or have a fileno() method.")
		}
		var err error
		if r, err = starlark.Call(thread, m, nil, nil); err != nil {
			return 0, err
		}
		if _, ok := r.(starlark.Int); !ok {
			return 0, pyerr.New("TypeError", "fileno() returned a non-integer")
		}
	}
	n, ok := r.(starlark.Int).Int64()
	if !ok || n > math.MaxInt32 {
		return 0, pyerr.New("OverflowError", "Python int too large to convert to C int")
	}
	if n < 0 {
		return 0, pyerr.New("ValueError", "file descriptor cannot be a negative integer (%d)", n)
	}
	return int(n), nil
}

func pending(v starlark.Value) bool {
	p, ok := v.(pender)
	return ok && p.Pending()
}

// timeoutArg is a select timeout: None (-1: no limit) or seconds >= 0.
func timeoutArg(v starlark.Value, negative string) (time.Duration, error) {
	var f float64
	switch v := v.(type) {
	case starlark.NoneType:
		return -1, nil
	case starlark.Int:
		f = float64(v.Float())
	case starlark.Float:
		f = float64(v)
	case starlark.Bool:
		if v {
			f = 1
		}
	default:
		return 0, pyerr.New("TypeError", "timeout must be a float or None")
	}
	if math.IsNaN(f) {
		return 0, pyerr.New("ValueError", "Invalid value NaN (not a number)")
	}
	if f < 0 {
		if negative == "" {
			return 0, nil
		}
		return 0, pyerr.New("ValueError", "%s", negative)
	}
	if f > float64(math.MaxInt32)/1e3 {
		return 0, pyerr.New("OverflowError", "timeout is too large")
	}
	return time.Duration(math.Ceil(f*1e3)) * time.Millisecond, nil
}

// poll waits until one of fds is ready or timeout passes (<0: no
// limit), with the interpreter lock given up and Ctrl-C interrupting.
// The revents are set in fds.
func poll(thread *starlark.Thread, fds []unix.PollFd, timeout time.Duration) error {
	ctx := rt.Context(thread)
	if ctx.Err() != nil {
		return pyerr.KeyboardInterrupt()
	}
	if timeout == 0 {
		return pollOnce(fds, 0)
	}
	efd, err := unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
	if err != nil {
		return pyerr.FromErrno(err, "select")
	}
	defer unix.Close(efd)
	stop := context.AfterFunc(ctx, func() {
		unix.Write(efd, []byte{1, 0, 0, 0, 0, 0, 0, 0})
	})
	defer stop()
	all := append(make([]unix.PollFd, 0, len(fds)+1), fds...)
	all = append(all, unix.PollFd{Fd: int32(efd), Events: unix.POLLIN})
	defer copy(fds, all)
	defer rt.Blocking(thread)()
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		ms := -1
		if timeout > 0 {
			ms = max(0, int(math.Ceil(float64(time.Until(deadline))/1e6)))
		}
		_, err := unix.Poll(all, ms)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return pyerr.FromErrno(err, "select")
		}
		if ctx.Err() != nil || all[len(all)-1].Revents != 0 {
			return pyerr.KeyboardInterrupt()
		}
		return nil
	}
}

func pollOnce(fds []unix.PollFd, ms int) error {
	for {
		_, err := unix.Poll(fds, ms)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return pyerr.FromErrno(err, "select")
		}
		return nil
	}
}

const (
	readable = unix.POLLIN | unix.POLLHUP | unix.POLLERR
	writable = unix.POLLOUT | unix.POLLERR
)

func selectFn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var lists [3]starlark.Value
	var timeoutV starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs("select", args, kwargs, 3, &lists[0], &lists[1], &lists[2], &timeoutV); err != nil {
		return nil, err
	}
	timeout, err := timeoutArg(timeoutV, "timeout must be non-negative")
	if err != nil {
		return nil, err
	}
	type entry struct {
		v   starlark.Value
		idx int // into fds
	}
	var entries [3][]entry
	var fds []unix.PollFd
	index := map[int]int{}
	events := [3]int16{unix.POLLIN, unix.POLLOUT, unix.POLLPRI}
	anyPending := false
	for k, l := range lists {
		it, ok := l.(starlark.Iterable)
		if !ok {
			return nil, pyerr.New("TypeError", "arguments 1-3 must be sequences")
		}
		iter := it.Iterate()
		var v starlark.Value
		for iter.Next(&v) {
			fd, err := fileno(thread, v)
			if err != nil {
				iter.Done()
				return nil, err
			}
			i, ok := index[fd]
			if !ok {
				i = len(fds)
				index[fd] = i
				fds = append(fds, unix.PollFd{Fd: int32(fd)})
			}
			fds[i].Events |= events[k]
			entries[k] = append(entries[k], entry{v, i})
			if k == 0 && pending(v) {
				anyPending = true
			}
		}
		iter.Done()
	}
	if anyPending {
		timeout = 0
	}
	if err := poll(thread, fds, timeout); err != nil {
		return nil, err
	}
	for _, f := range fds {
		if f.Revents&unix.POLLNVAL != 0 {
			return nil, pyerr.Errno(int(unix.EBADF), "select", nil)
		}
	}
	var out [3]*starlark.List
	masks := [3]int16{readable, writable, unix.POLLPRI}
	for k := range entries {
		var ready []starlark.Value
		for _, e := range entries[k] {
			if fds[e.idx].Revents&masks[k] != 0 || k == 0 && pending(e.v) {
				ready = append(ready, e.v)
			}
		}
		out[k] = starlark.NewList(ready)
	}
	return starlark.Tuple{out[0], out[1], out[2]}, nil
}
