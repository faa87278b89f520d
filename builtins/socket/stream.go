package socket

import (
	"sync"
	"syscall"

	"go.starlark.net/starlark"
	"golang.org/x/sys/unix"

	"netrepl/builtins/pyerr"
)

// The connection methods: connect, connect_ex, bind, listen, accept,
// send, sendall, recv, shutdown, close. Each is the system call Python
// makes, retried through block (io.go) while it would block.

func init() {
	method("connect", `connect(address)
Connect to a remote socket at address: ("host", port) for AF_INET,
("host", port, flowinfo, scope_id) for AF_INET6, a path for AF_UNIX.
A UDP socket remembers address as its peer for send and recv.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var addr starlark.Value
		if err := starlark.UnpackPositionalArgs("connect", args, kwargs, 1, &addr); err != nil {
			return nil, err
		}
		return starlark.None, s.connect(thread, "connect", addr)
	})

	method("connect_ex", `connect_ex(address)
Like connect(address), but return an error number instead of failing:
0 on success, else the errno (socket.ECONNREFUSED, ...).`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var addr starlark.Value
		if err := starlark.UnpackPositionalArgs("connect_ex", args, kwargs, 1, &addr); err != nil {
			return nil, err
		}
		err := s.connect(thread, "connect_ex", addr)
		if err == nil {
			return starlark.MakeInt(0), nil
		}
		// As CPython: an OS error is returned, a timeout is EWOULDBLOCK;
		// bad arguments, lookups and Ctrl-C still fail.
		if e, ok := err.(*pyerr.Error); ok {
			switch {
			case e.Errno > 0:
				return starlark.MakeInt(e.Errno), nil
			case e.Type == "TimeoutError":
				return starlark.MakeInt(int(unix.EWOULDBLOCK)), nil
			}
		}
		return nil, err
	})

	method("bind", `bind(address)
Bind the socket to a local address: ("127.0.0.1", 8042), ("", 0) for any
interface and a free port, a path for AF_UNIX.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var addr starlark.Value
		if err := starlark.UnpackPositionalArgs("bind", args, kwargs, 1, &addr); err != nil {
			return nil, err
		}
		sa, err := sockaddr(thread, s.family, "bind", addr)
		if err != nil {
			return nil, argErr(err, "bind")
		}
		return starlark.None, s.control(func() string { return "binding to " + addrText(sa) }, func(fd int) error {
			return unix.Bind(fd, sa)
		})
	})

	method("listen", `listen(backlog=128)
Accept connections: backlog is how many may wait unaccepted (at least 0).`,
		func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var backlog starlark.Value = starlark.MakeInt(defaultBacklog)
			if err := starlark.UnpackPositionalArgs("listen", args, kwargs, 0, &backlog); err != nil {
				return nil, err
			}
			n, err := intArg(backlog)
			if err != nil {
				return nil, argErr(err, "listen")
			}
			return starlark.None, s.listen(n)
		})

	method("accept", `accept()
Wait for a connection; return (conn, address): conn a new socket for the
connection, address the peer's, e.g. ("127.0.0.1", 49830).`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs("accept", args, kwargs, 0); err != nil {
			return nil, err
		}
		var nfd int
		var peer unix.Sockaddr
		var aerr error
		op := opf("accepting on %s", s.localText)
		err := s.block(thread, reading, s.deadline(), op, func(fd int) bool {
			nfd, peer, aerr = unix.Accept4(fd, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
			return !again(aerr)
		})
		if err == nil && aerr != nil {
			err = pyerr.FromErrno(aerr, op())
		}
		if err != nil {
			return nil, err
		}
		conn, err := newSocket(thread, nfd, s.family, s.typ, s.proto)
		if err != nil {
			return nil, err
		}
		conn.peer = addrText(peer)
		return starlark.Tuple{conn, addrValue(peer)}, nil
	})

	method("send", `send(data, flags=0)
Send bytes; return how many were sent, which may be fewer than len(data)
(sendall sends them all).`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		data, flags, err := dataArgs("send", args, kwargs)
		if err != nil {
			return nil, err
		}
		n, err := s.send(thread, data, flags, false)
		return starlark.MakeInt(n), err
	})

	method("sendall", `sendall(data, flags=0)
Send all of data (bytes), waiting as long as it takes (or until the
timeout, counted for the whole call). Returns None.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		data, flags, err := dataArgs("sendall", args, kwargs)
		if err != nil {
			return nil, err
		}
		_, err = s.send(thread, data, flags, true)
		if err != nil {
			return nil, err
		}
		return starlark.None, nil
	})

	method("recv", `recv(bufsize, flags=0)
Receive up to bufsize bytes, waiting until some arrive; b"" means the
peer closed the connection. A huge bufsize costs only what arrives.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		data, _, err := s.recv(thread, "recv", args, kwargs, false)
		return data, err
	})

	method("shutdown", `shutdown(how)
Shut down one or both halves of the connection: SHUT_RD, SHUT_WR
(the peer's recv then returns b""), or SHUT_RDWR.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var how starlark.Value
		if err := starlark.UnpackPositionalArgs("shutdown", args, kwargs, 1, &how); err != nil {
			return nil, err
		}
		n, err := intArg(how)
		if err != nil {
			return nil, argErr(err, "shutdown")
		}
		return starlark.None, s.control(s.peerOp("shutting down the connection to", "shutting down"), func(fd int) error {
			return unix.Shutdown(fd, int(n))
		})
	})

	method("close", `close()
Close the socket. Further calls fail with [Errno 9] Bad file descriptor;
closing twice is harmless.`, func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs("close", args, kwargs, 0); err != nil {
			return nil, err
		}
		if err := s.userClose(); err != nil {
			return nil, pyerr.FromErrno(err, "closing")
		}
		return starlark.None, nil
	})
}

// defaultBacklog is listen()'s, as CPython's: min(SOMAXCONN, 128).
const defaultBacklog = 128

func (s *Socket) listen(backlog int64) error {
	if backlog < 0 {
		backlog = 0
	}
	if backlog > 1<<30 {
		backlog = 1 << 30
	}
	return s.control(opf("listening on %s", s.localText), func(fd int) error {
		return unix.Listen(fd, int(backlog))
	})
}

// connect is connect and connect_ex: connect(2), then, if the connection
// is on its way, wait until the socket is writable and read its outcome
// from SO_ERROR, as CPython's internal_connect does.
func (s *Socket) connect(thread *starlark.Thread, fname string, addr starlark.Value) error {
	sa, err := sockaddr(thread, s.family, fname, addr)
	if err != nil {
		return argErr(err, fname)
	}
	target := addrText(sa)
	op := func() string { return "connecting to " + target }
	var cerr error
	if err := s.control(op, func(fd int) error { cerr = unix.Connect(fd, sa); return nil }); err != nil {
		return err
	}
	switch {
	case cerr == nil:
		s.setPeer(target)
		return nil
	case cerr != unix.EINPROGRESS && cerr != unix.EINTR:
		return pyerr.FromErrno(cerr, op())
	case s.nonblocking():
		return pyerr.FromErrno(cerr, op())
	}
	cerr = nil
	err = s.block(thread, writing, s.deadline(), op, func(fd int) bool {
		n, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ERROR)
		switch {
		case err != nil:
			cerr = err
		case n != 0:
			cerr = syscall.Errno(n)
		default:
			// Writable with no error may be a spurious wake-up (the
			// poller reports a fresh socket writable), so ask connect(2)
			// again: EALREADY while on its way; 0 or EISCONN once
			// connected — and that second call also marks the socket
			// connected for the kernel, so that a later connect fails
			// with EISCONN, as on Python's blocking socket.
			switch err := unix.Connect(fd, sa); err {
			case unix.EALREADY, unix.EINPROGRESS, unix.EINTR:
				return false
			case nil, unix.EISCONN:
			default:
				cerr = err
			}
		}
		return true
	})
	if err != nil {
		return err
	}
	if cerr != nil {
		if s.getTimeout() < 0 {
			// Reading SO_ERROR took the error; the kernel resets the
			// socket to unconnected only when connect(2) reports it, and
			// would answer the user's next connect with ECONNABORTED.
			// Python's blocking socket (one blocking connect(2)) may be
			// connected again at once, so reset it here. (With a timeout
			// CPython does as this code does without the reset: 111, then
			// 103, then 111 again.)
			s.control(op, func(fd int) error { unix.Connect(fd, sa); return nil })
		}
		return pyerr.FromErrno(cerr, op())
	}
	s.setPeer(target)
	return nil
}

// peerOp is an op text naming the peer ("sending to 127.0.0.1:8042"),
// or without one when the socket has none.
func (s *Socket) peerOp(to, alone string) func() string {
	return func() string {
		if p := s.peerText(); p != "" {
			return to + " " + p
		}
		return alone
	}
}

func (s *Socket) setPeer(p string) {
	s.mu.Lock()
	s.peer = p
	s.mu.Unlock()
}

// dataArgs parses (data, flags=0) of send and sendall.
func dataArgs(fname string, args starlark.Tuple, kwargs []starlark.Tuple) (string, int, error) {
	var data, flags starlark.Value = nil, starlark.MakeInt(0)
	if err := starlark.UnpackPositionalArgs(fname, args, kwargs, 1, &data, &flags); err != nil {
		return "", 0, err
	}
	b, err := bytesArg(fname, data)
	if err != nil {
		return "", 0, err
	}
	f, err := intArg(flags)
	if err != nil {
		return "", 0, argErr(err, fname)
	}
	return b, int(f), nil
}

// send is send (one write, as much as fits) and sendall (until all of
// data is written, the timeout counting for the whole call).
func (s *Socket) send(thread *starlark.Thread, data string, flags int, all bool) (int, error) {
	p := bytesOf(data)
	deadline := s.deadline()
	op := s.peerOp("sending to", "sending")
	sent := 0
	for {
		var n int
		var serr error
		err := s.block(thread, writing, deadline, op, func(fd int) bool {
			n, serr = sysSend(fd, p[sent:], flags)
			return !again(serr)
		})
		if err == nil && serr != nil {
			err = pyerr.FromErrno(serr, op())
		}
		if err != nil {
			return sent, err
		}
		if s.tr.on() {
			s.tr.dump('>', s.peerText(), p[sent:sent+n])
		}
		sent += n
		if !all || sent >= len(p) {
			return sent, nil
		}
	}
}

// bufSize is the receive buffer every recv starts with; a bigger bufsize
// is allocated only as far as the kernel holds data (FIONREAD), so
// recv(1 << 30) does not cost a gigabyte.
const bufSize = 64 << 10

var bufPool = sync.Pool{New: func() any { b := make([]byte, bufSize); return &b }}

// recv is recv and recvfrom: (data, sender); the sender is None for recv
// and for a connected stream socket.
func (s *Socket) recv(thread *starlark.Thread, fname string, args starlark.Tuple, kwargs []starlark.Tuple, from bool) (starlark.Value, starlark.Value, error) {
	var bufsize, flags starlark.Value = nil, starlark.MakeInt(0)
	if err := starlark.UnpackPositionalArgs(fname, args, kwargs, 1, &bufsize, &flags); err != nil {
		return nil, nil, err
	}
	size, err := intArg(bufsize)
	if err != nil {
		return nil, nil, argErr(err, fname)
	}
	if size < 0 {
		return nil, nil, called(pyerr.New("ValueError", "negative buffersize in %s", fname), fname)
	}
	fl, err := intArg(flags)
	if err != nil {
		return nil, nil, argErr(err, fname)
	}
	if size == 0 && !from {
		// recv(0) returns b"" at once, where a non-blocking recv(2) of
		// nothing may say EAGAIN.
		var rerr error
		if err := s.control(func() string { return "receiving" }, func(fd int) error {
			_, rerr = sysRecv(fd, nil, int(fl))
			return nil
		}); err != nil {
			return nil, nil, err
		}
		if rerr != nil && !again(rerr) {
			return nil, nil, pyerr.FromErrno(rerr, "receiving")
		}
		return starlark.Bytes(""), starlark.None, nil
	}
	// The buffer's bytes come first (buffer.go): a helper that timed
	// out, unrecv, or a makefile read left them there.
	if s.closed() {
		// (a closed socket's recv fails below, buffered bytes or not)
	} else if data, ok := s.rb.takeUpTo(int(min(size, 1<<40)), fl&unix.MSG_PEEK != 0); ok {
		var sender starlark.Value = starlark.None
		if from && !s.stream() {
			var sa unix.Sockaddr
			s.rc.Control(func(fd uintptr) { sa, _ = unix.Getpeername(int(fd)) })
			sender = addrValue(sa)
		}
		return starlark.Bytes(data), sender, nil
	}
	pooled := bufPool.Get().(*[]byte)
	defer bufPool.Put(pooled)
	var buf []byte
	var n int
	var sender unix.Sockaddr
	var rerr error
	op := s.peerOp("receiving from", "receiving")
	if from {
		op = opf("receiving on %s", s.localText)
	}
	err = s.block(thread, reading, s.deadline(), op, func(fd int) bool {
		buf = (*pooled)[:min(size, bufSize)]
		if size > bufSize {
			// Size the buffer to what is there (for a datagram socket,
			// FIONREAD is the next datagram's length).
			avail, _ := unix.IoctlGetInt(fd, unix.SIOCINQ)
			if want := min(size, int64(max(avail, bufSize))); want > bufSize {
				buf = make([]byte, want)
			}
		}
		if from {
			n, sender, rerr = unix.Recvfrom(fd, buf, int(fl))
		} else {
			n, rerr = sysRecv(fd, buf, int(fl))
		}
		return !again(rerr)
	})
	if err == nil && rerr != nil {
		err = pyerr.FromErrno(rerr, op())
	}
	if err != nil {
		return nil, nil, err
	}
	if n > len(buf) { // MSG_TRUNC reports the datagram's real length
		n = len(buf)
	}
	data := buf[:n]
	if s.tr.on() {
		peer := s.peerText()
		if sender != nil {
			peer = addrText(sender)
		}
		s.tr.dump('<', peer, data)
	}
	return starlark.Bytes(data), addrValue(sender), nil
}
