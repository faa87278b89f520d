package socket

import (
	"context"
	"errors"
	"os"
	"runtime"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"go.starlark.net/starlark"
	"golang.org/x/sys/unix"

	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// This file is how a blocking Python call is made on a non-blocking
// descriptor. The descriptor lives in an *os.File so that the runtime's
// netpoller watches it; syscall.RawConn.Read/Write call our system call,
// and when it says EAGAIN they park the goroutine until the descriptor is
// ready (or the file's deadline passes) and call it again. Python's
// timeout is that deadline; Ctrl-C (the chunk's context ending) moves the
// deadline into the past, which wakes the parked call at once. The next
// call sets its own deadline, so a cancelled socket stays usable.

// aLongTimeAgo is the deadline that makes a parked call return now.
var aLongTimeAgo = time.Unix(1, 0)

// newFile wraps the non-blocking descriptor fd for the poller.
func newFile(fd int) (*os.File, syscall.RawConn, error) {
	f := os.NewFile(uintptr(fd), "socket")
	rc, err := f.SyscallConn()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, rc, nil
}

// direction says which readiness a call waits for, and so which of the
// file's two deadlines it uses: reads (accept, recv, recvfrom) and writes
// (connect, send, sendall, sendto) can block at the same time on one
// socket from two threads without disturbing each other.
type direction bool

const (
	reading direction = false
	writing direction = true
)

func (dir direction) index() int {
	if dir == writing {
		return 1
	}
	return 0
}

// block runs try until it reports done, waiting for the descriptor to be
// ready in direction dir between attempts, until deadline (zero: none).
// On a non-blocking socket (timeout 0) try reports its own EAGAIN. The errors are Python's: TimeoutError("timed out") at the
// deadline, KeyboardInterrupt when the thread's chunk is cancelled, EBADF
// when the socket is closed meanwhile; op (called only on failure) says
// what was being done.
func (s *Socket) block(thread *starlark.Thread, dir direction, deadline time.Time, op func() string, try func(fd int) (done bool)) error {
	return s.blockOn(thread, dir, s.nonblocking(), deadline, op, try)
}

// blockOn is block with the mode given: nonblocking makes one attempt
// whatever the socket's timeout (a helper's timeout=0).
func (s *Socket) blockOn(thread *starlark.Thread, dir direction, nonblocking bool, deadline time.Time, op func() string, try func(fd int) (done bool)) error {
	// A non-blocking socket makes one attempt. So does a write first:
	// writes seldom wait (the socket buffer has room), and when the first
	// attempt succeeds there is no cancellation to arm. Reads usually do
	// wait for the peer, so they go straight to the poller.
	// The interpreter lock is given up for the system calls and the
	// wait, as CPython does: other threads run meanwhile. (Keeping it
	// for a first send that does not wait was measured: 64 handlers
	// then queue on the lock, 15% fewer round trips.)
	defer rt.Blocking(thread)()
	if nonblocking || dir == writing {
		done := false
		if err := s.rc.Control(func(fd uintptr) { done = try(int(fd)) }); err != nil {
			return s.closedErr(err, op)
		}
		if done || nonblocking {
			return nil
		}
	}
	setDeadline := s.f.SetReadDeadline
	raw := s.rc.Read
	if dir == writing {
		setDeadline = s.f.SetWriteDeadline
		raw = s.rc.Write
	}
	ctx := rt.Context(thread)
	fired := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		defer close(fired)
		s.dl.mu.Lock()
		defer s.dl.mu.Unlock()
		s.dl.cancels[dir.index()]++
		setDeadline(aLongTimeAgo)
		s.dl.set(dir, aLongTimeAgo)
	})
	defer func() {
		if !stop() {
			// The cancellation ran (or is running): wait for it, then
			// let other calls set their deadlines again.
			<-fired
			s.dl.mu.Lock()
			s.dl.cancels[dir.index()]--
			s.dl.mu.Unlock()
		}
	}()
	for {
		if !s.setDeadline(dir, deadline, setDeadline) {
			// Deadlines need the poller; a descriptor it refused (none
			// in practice on Linux) still works, it just cannot time out.
			deadline = time.Time{}
		}
		err := raw(func(fd uintptr) bool { return try(int(fd)) })
		switch {
		case err == nil:
			return nil
		case ctx.Err() != nil:
			return pyerr.KeyboardInterrupt()
		case errors.Is(err, os.ErrDeadlineExceeded):
			if !deadline.IsZero() && !time.Now().Before(deadline) {
				return pyerr.Timeout(op())
			}
			// Another thread's Ctrl-C moved the deadline this call
			// shares with it (two threads reading one socket): wait on.
			runtime.Gosched()
			continue
		}
		return s.closedErr(err, op)
	}
}

// setDeadline gives the file deadline d in direction dir, skipping the
// call when it already has it (a deadline only costs a runtime call when
// it changes, so a blocking socket without timeout sets nothing per call)
// and leaving it in the past while a cancellation is pending. It reports
// false if the file cannot have deadlines.
func (s *Socket) setDeadline(dir direction, d time.Time, set func(time.Time) error) bool {
	s.dl.mu.Lock()
	defer s.dl.mu.Unlock()
	if s.dl.cancels[dir.index()] > 0 || s.dl.get(dir).Equal(d) {
		return true
	}
	if err := set(d); err != nil {
		return false
	}
	s.dl.set(dir, d)
	return true
}

// deadlines remembers the file's two deadlines, and the cancellations
// in progress that moved one into the past.
type deadlines struct {
	mu      sync.Mutex
	at      [2]time.Time // by direction
	cancels [2]int
}

func (d *deadlines) get(dir direction) time.Time    { return d.at[dir.index()] }
func (d *deadlines) set(dir direction, t time.Time) { d.at[dir.index()] = t }

// deadline is when a call starting now must end: now plus the socket's
// timeout, or zero for a blocking socket.
func (s *Socket) deadline() time.Time {
	if t := s.getTimeout(); t > 0 {
		return time.Now().Add(t)
	}
	return time.Time{}
}

// closedErr turns a RawConn failure into Python's error. The poller's
// only failures besides deadlines are "file closing" and "file closed":
// the script closed the socket (maybe from another thread) — EBADF.
func (s *Socket) closedErr(err error, op func() string) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return pyerr.FromErrno(err, op())
	}
	return pyerr.Errno(int(unix.EBADF), op(), err)
}

// control runs f on the descriptor, or fails with EBADF once closed.
func (s *Socket) control(op func() string, f func(fd int) error) error {
	var ferr error
	if err := s.rc.Control(func(fd uintptr) { ferr = f(int(fd)) }); err != nil {
		return s.closedErr(err, op)
	}
	if ferr != nil {
		return pyerr.FromErrno(ferr, op())
	}
	return nil
}

// again reports whether a system call's error means "not ready yet".
func again(err error) bool { return err == unix.EAGAIN || err == unix.EINTR }

// The three system calls of the data path, without the allocations of
// x/sys/unix's wrappers: send(2) and recv(2) take no address, and
// MSG_NOSIGNAL turns a write to a closed peer into EPIPE (BrokenPipeError)
// rather than a signal.
//
// The descriptor is non-blocking, so these calls never sleep, and one of
// at most rawMax bytes is made as a raw system call, without telling the
// scheduler (entersyscall). That telling is not only its own cost: when
// the process was idle (a server waiting for its next request), it wakes
// the runtime's sysmon thread, which then polls every 20 µs for a while —
// about a third of a nanosleep and a futex wake per request of a
// request-response server. A bigger copy keeps the ordinary call, so that
// the scheduler and the garbage collector are never held up for long.

// rawMax is the largest send or receive made as a raw system call.
const rawMax = 64 << 10

// Each pointer stays converted in the system call's own argument list,
// which is what keeps the buffer alive for its duration.

func sysSend(fd int, p []byte, flags int) (int, error) {
	var ptr unsafe.Pointer
	if len(p) > 0 {
		ptr = unsafe.Pointer(&p[0])
	}
	var n uintptr
	var e syscall.Errno
	if len(p) <= rawMax {
		n, _, e = unix.RawSyscall6(unix.SYS_SENDTO, uintptr(fd), uintptr(ptr), uintptr(len(p)), uintptr(flags|unix.MSG_NOSIGNAL), 0, 0)
	} else {
		n, _, e = unix.Syscall6(unix.SYS_SENDTO, uintptr(fd), uintptr(ptr), uintptr(len(p)), uintptr(flags|unix.MSG_NOSIGNAL), 0, 0)
	}
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

func sysRecv(fd int, p []byte, flags int) (int, error) {
	var ptr unsafe.Pointer
	if len(p) > 0 {
		ptr = unsafe.Pointer(&p[0])
	}
	var n uintptr
	var e syscall.Errno
	if len(p) <= rawMax {
		n, _, e = unix.RawSyscall6(unix.SYS_RECVFROM, uintptr(fd), uintptr(ptr), uintptr(len(p)), uintptr(flags), 0, 0)
	} else {
		n, _, e = unix.Syscall6(unix.SYS_RECVFROM, uintptr(fd), uintptr(ptr), uintptr(len(p)), uintptr(flags), 0, 0)
	}
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

// bytesOf is the bytes of s without a copy: the kernel only reads them.
func bytesOf(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }
