package socket

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"go.starlark.net/starlark"
	"golang.org/x/sys/unix"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// Socket is the Starlark socket value, Python's socket.socket:
//
//	connect(address)  connect_ex(address)  bind(address)  listen(backlog=128)
//	accept()  send(data, flags=0)  sendall(data, flags=0)  sendto(data, address)
//	recv(bufsize, flags=0)  recvfrom(bufsize, flags=0)  shutdown(how)  close()
//	recv_into(buffer, nbytes=0, flags=0)  recvfrom_into(buffer, nbytes=0, flags=0)
//	settimeout(t)  gettimeout()  setblocking(flag)  getblocking()
//	setsockopt(level, opt, value)  getsockopt(level, opt, buflen=0)
//	getsockname()  getpeername()  fileno()
//	attributes: family, type, proto, timeout
//
// It is safe for concurrent use: a thread may recv while another sends or
// closes. Freeze is a no-op: a socket is shared by reference, as in Python.
type Socket struct {
	sess   *rt.Session
	tr     *tracer
	family int
	typ    int
	proto  int
	id     uint32 // hash: sockets are hashable by identity, as in Python

	f  *os.File        // the descriptor, registered with the poller
	rc syscall.RawConn // f's system-call access; fails with EBADF once closed
	dl deadlines

	mu      sync.Mutex
	fd      int           // fileno(); -1 once closed
	timeout time.Duration // <0: blocking (None); 0: non-blocking; >0: timeout
	peer    string        // the peer's address as text, for errors and the trace
	newline string        // sendline's ending and recvline's delimiter; "": b"\n"
	ioRefs  int           // open makefile files: close() waits for them, as in Python
	closing bool          // close() was called while files were open

	rb readBuf // bytes received and not yet read (buffer.go)
}

var nextID atomic.Uint32

// newSocket makes a socket value of a non-blocking descriptor fd and
// registers it with the session, which closes it if the script does not.
func newSocket(thread *starlark.Thread, fd, family, typ, proto int) (*Socket, error) {
	f, rc, err := newFile(fd)
	if err != nil {
		return nil, pyerr.FromErrno(err, "creating a socket")
	}
	sess := rt.SessionOf(thread)
	s := &Socket{
		sess: sess, tr: tracerOf(sess), family: family, typ: typ, proto: proto,
		id: nextID.Add(1), f: f, rc: rc, fd: fd, timeout: defaultTimeout(sess),
	}
	sess.Track(s)
	return s, nil
}

// Close closes the descriptor; a call blocked on it returns EBADF. It is
// the session's io.Closer, and socket.close().
func (s *Socket) Close() error {
	s.mu.Lock()
	if s.fd < 0 {
		s.mu.Unlock()
		return nil
	}
	s.fd = -1
	s.mu.Unlock()
	s.rb.mu.Lock()
	s.rb.b, s.rb.r = nil, 0
	s.rb.mu.Unlock()
	s.sess.Untrack(s)
	return s.f.Close()
}

func (s *Socket) closed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fd < 0
}

func (s *Socket) getTimeout() time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.timeout
}

func (s *Socket) nonblocking() bool { return s.getTimeout() == 0 }

// SetField sets sock.newline (bytes or str), the one attribute a script
// may set, as pwntools' tube.newline.
func (s *Socket) SetField(name string, v starlark.Value) error {
	if name != "newline" {
		return pyerr.New("AttributeError", "'socket' object attribute '%s' is read-only", name)
	}
	b, err := textArg("newline", v)
	if err != nil {
		return err
	}
	if b == "" {
		return pyerr.New("ValueError", "newline must not be empty")
	}
	s.mu.Lock()
	s.newline = b
	s.mu.Unlock()
	return nil
}

var (
	_ starlark.HasSetField = (*Socket)(nil)
	_ starlark.HasAttrs    = (*Socket)(nil)
	_ starlark.Value       = (*Socket)(nil)
)

func (s *Socket) Type() string          { return "socket" }
func (s *Socket) Freeze()               {}
func (s *Socket) Truth() starlark.Bool  { return starlark.True }
func (s *Socket) Hash() (uint32, error) { return s.id, nil }

// String is Python's repr, as python3 3.11 prints it (the family and type
// as numbers, since 3.11 prints IntEnums as ints), e.g.
// <socket.socket fd=5, family=2, type=1, proto=0, laddr=('127.0.0.1', 8042)>
func (s *Socket) String() string {
	s.mu.Lock()
	fd := s.fd
	s.mu.Unlock()
	var b strings.Builder
	b.WriteString("<socket.socket")
	if fd < 0 {
		b.WriteString(" [closed]")
	}
	fmt.Fprintf(&b, " fd=%d, family=%d, type=%d, proto=%d", fd, s.family, s.typ, s.proto)
	if fd >= 0 {
		var local, remote unix.Sockaddr
		s.rc.Control(func(fd uintptr) {
			local, _ = unix.Getsockname(int(fd))
			remote, _ = unix.Getpeername(int(fd))
		})
		// Python leaves out an empty address (an unbound AF_UNIX socket).
		if v := pyAddr(local); v != "" {
			b.WriteString(", laddr=" + v)
		}
		if v := pyAddr(remote); v != "" {
			b.WriteString(", raddr=" + v)
		}
	}
	b.WriteString(">")
	return b.String()
}

func (s *Socket) Attr(name string) (starlark.Value, error) {
	switch name {
	case "family":
		return starlark.MakeInt(s.family), nil
	case "type":
		return starlark.MakeInt(s.typ), nil
	case "proto":
		return starlark.MakeInt(s.proto), nil
	case "timeout":
		return timeoutValue(s.getTimeout()), nil
	case "newline":
		return starlark.Bytes(s.newlineOf()), nil
	}
	if m, ok := methods[name]; ok {
		return m.BindReceiver(s), nil
	}
	return nil, nil
}

func (s *Socket) AttrNames() []string {
	names := []string{"family", "newline", "proto", "timeout", "type"}
	for name := range methods {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// methods are the socket's methods, bound to the receiver by Attr.
var methods = map[string]*starlark.Builtin{}

// method declares a socket method and its help text.
func method(name, text string, fn func(thread *starlark.Thread, s *Socket, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)) {
	doc.Method("socket", name, text)
	methods[name] = starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(thread, b.Receiver().(*Socket), args, kwargs)
	})
}

// peerText is the peer's address as the error messages and the trace show
// it ("127.0.0.1:8042"), remembered once the socket is connected.
func (s *Socket) peerText() string {
	s.mu.Lock()
	p := s.peer
	s.mu.Unlock()
	if p != "" {
		return p
	}
	var sa unix.Sockaddr
	s.rc.Control(func(fd uintptr) { sa, _ = unix.Getpeername(int(fd)) })
	if sa == nil {
		return ""
	}
	p = addrText(sa)
	s.mu.Lock()
	s.peer = p
	s.mu.Unlock()
	return p
}

// localText is the socket's own address as text, for errors.
func (s *Socket) localText() string {
	var sa unix.Sockaddr
	s.rc.Control(func(fd uintptr) { sa, _ = unix.Getsockname(int(fd)) })
	if sa == nil {
		return "?"
	}
	return addrText(sa)
}
