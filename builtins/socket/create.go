package socket

import (
	"fmt"
	"sync/atomic"
	"time"

	"go.starlark.net/starlark"
	"golang.org/x/sys/unix"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// Making sockets: socket(), create_connection, create_server, and the
// session's default timeout that every new socket starts with.

var socketFn = doc.Func("socket", `socket(family=AF_INET, type=SOCK_STREAM, proto=0)
Create a socket: socket() is TCP over IPv4, socket(type=SOCK_DGRAM) UDP,
socket(AF_INET6) IPv6, socket(AF_UNIX) a Unix-domain socket. It blocks
by default (see settimeout); the session closes it if the script does not.`,
	func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		family, typ, proto := unix.AF_INET, unix.SOCK_STREAM, 0
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, "family?", &family, "type?", &typ, "proto?", &proto); err != nil {
			return nil, err
		}
		if family == -1 {
			family = unix.AF_INET
		}
		if typ == -1 {
			typ = unix.SOCK_STREAM
		}
		if proto == -1 {
			proto = 0
		}
		s, err := open(thread, family, typ, proto)
		if err != nil {
			return nil, err
		}
		return s, nil
	})

// open makes a socket as socket.socket does. SOCK_NONBLOCK in typ makes
// it non-blocking; the type attribute, as in Python, leaves the flags out.
func open(thread *starlark.Thread, family, typ, proto int) (*Socket, error) {
	fd, err := unix.Socket(family, typ|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, proto)
	if err != nil {
		return nil, pyerr.FromErrno(err, "creating a socket")
	}
	s, err := newSocket(thread, fd, family, typ&^(unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC), proto)
	if err != nil {
		return nil, err // newSocket closed fd
	}
	if typ&unix.SOCK_NONBLOCK != 0 {
		s.setTimeout(0)
	}
	return s, nil
}

var socketpairFn = doc.Func("socketpair", `socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)
Return a pair of connected sockets (a, b): what a sends, b receives, and
the other way round.`,
	func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		family, typ, proto := unix.AF_UNIX, unix.SOCK_STREAM, 0
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, "family?", &family, "type?", &typ, "proto?", &proto); err != nil {
			return nil, err
		}
		fds, err := unix.Socketpair(family, typ|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, proto)
		if err != nil {
			return nil, pyerr.FromErrno(err, "creating a socket pair")
		}
		typ &^= unix.SOCK_NONBLOCK | unix.SOCK_CLOEXEC
		a, err := newSocket(thread, fds[0], family, typ, proto)
		if err != nil {
			unix.Close(fds[1])
			return nil, err
		}
		c, err := newSocket(thread, fds[1], family, typ, proto)
		if err != nil {
			a.Close()
			return nil, err
		}
		return starlark.Tuple{a, c}, nil
	})

var createConnectionFn = doc.Func("create_connection", `create_connection(address, timeout=None, source_address=None)
Connect to address, a (host, port) pair, trying each address host
resolves to, and return the connected socket. timeout (seconds) applies
to the connect and stays set on the socket; source_address is bound
first. Without timeout the default timeout applies (setdefaulttimeout).`,
	func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var addr, timeout, source starlark.Value = nil, nil, starlark.None
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, "address", &addr, "timeout?", &timeout, "source_address?", &source); err != nil {
			return nil, err
		}
		host, port, err := hostPort(addr)
		if err != nil {
			return nil, err
		}
		t := defaultTimeout(rt.SessionOf(thread))
		if timeout != nil {
			if t, err = timeoutArg(timeout); err != nil {
				return nil, argErr(err, "create_connection")
			}
		}
		return createConnection(thread, host, port, t, source)
	})

// hostPort unpacks address as Python's `host, port = address`.
func hostPort(addr starlark.Value) (host, port starlark.Value, err error) {
	var items []starlark.Value
	switch a := addr.(type) {
	case starlark.Tuple:
		items = a
	case *starlark.List:
		for i := 0; i < a.Len(); i++ {
			items = append(items, a.Index(i))
		}
	case starlark.String:
		for _, c := range string(a) {
			items = append(items, starlark.String(string(c)))
		}
	default:
		return nil, nil, pyerr.New("TypeError", "cannot unpack non-iterable %s object", pyerr.TypeName(addr))
	}
	switch {
	case len(items) < 2:
		return nil, nil, pyerr.New("ValueError", "not enough values to unpack (expected 2, got %d)", len(items))
	case len(items) > 2:
		return nil, nil, pyerr.New("ValueError", "too many values to unpack (expected 2)")
	}
	return items[0], items[1], nil
}

// createConnection is socket.create_connection: for each address of
// getaddrinfo(host, port, 0, SOCK_STREAM), a socket, the timeout, the
// source address, connect; the first error if none connects.
func createConnection(thread *starlark.Thread, host, port starlark.Value, timeout time.Duration, source starlark.Value) (*Socket, error) {
	infos, err := getaddrinfo(thread, getaddrinfoFn, starlark.Tuple{host, port, starlark.MakeInt(0), starlark.MakeInt(unix.SOCK_STREAM)}, nil)
	if err != nil {
		return nil, err
	}
	list := infos.(*starlark.List)
	var first error
	for i := 0; i < list.Len(); i++ {
		info := list.Index(i).(starlark.Tuple)
		family, _ := starlark.AsInt32(info[0])
		proto, _ := starlark.AsInt32(info[2])
		s, err := open(thread, family, unix.SOCK_STREAM, proto)
		if err == nil {
			s.setTimeout(timeout)
			if source != starlark.None {
				var sa unix.Sockaddr
				if sa, err = sockaddr(thread, family, "bind", source); err == nil {
					err = s.control(func() string { return "binding to " + addrText(sa) }, func(fd int) error { return unix.Bind(fd, sa) })
				}
			}
			if err == nil {
				err = s.connect(thread, "connect", info[4])
			}
			if err == nil {
				return s, nil
			}
			s.Close()
		}
		if e, ok := err.(*pyerr.Error); ok && e.Type == "KeyboardInterrupt" {
			return nil, err
		}
		if first == nil {
			first = err
		}
	}
	if first == nil {
		first = pyerr.New("OSError", "getaddrinfo returns an empty list")
	}
	return nil, first
}

var createServerFn = doc.Func("create_server", `create_server(address, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False)
Return a TCP socket bound to address (a (host, port) pair) and listening,
with SO_REUSEADDR set as Python sets it. dualstack_ipv6 (with AF_INET6)
accepts IPv4 too.`,
	func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var addr starlark.Value
		family := unix.AF_INET
		var backlog starlark.Value = starlark.None
		var reusePort, dualstack bool
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, "address", &addr, "family?", &family, "backlog?", &backlog,
			"reuse_port?", &reusePort, "dualstack_ipv6?", &dualstack); err != nil {
			return nil, err
		}
		n := int64(-1)
		if backlog != starlark.None {
			var err error
			if n, err = intArg(backlog); err != nil {
				return nil, argErr(err, "create_server")
			}
		}
		return createServer(thread, addr, family, n, reusePort, dualstack)
	})

// createServer is socket.create_server; backlog < 0 means listen()'s default.
func createServer(thread *starlark.Thread, addr starlark.Value, family int, backlog int64, reusePort, dualstack bool) (*Socket, error) {
	if dualstack && family != unix.AF_INET6 {
		return nil, pyerr.New("ValueError", "dualstack_ipv6 requires AF_INET6 family")
	}
	s, err := open(thread, family, unix.SOCK_STREAM, 0)
	if err != nil {
		return nil, err
	}
	err = s.control(func() string { return "setting SO_REUSEADDR" }, func(fd int) error {
		if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1); err != nil {
			return err
		}
		if reusePort {
			if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEPORT, 1); err != nil {
				return err
			}
		}
		if family == unix.AF_INET6 {
			v6only := 1
			if dualstack {
				v6only = 0
			}
			return unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, v6only)
		}
		return nil
	})
	if err == nil {
		var sa unix.Sockaddr
		if sa, err = sockaddr(thread, family, "bind", addr); err == nil {
			err = s.control(func() string { return "binding to " + addrText(sa) }, func(fd int) error { return unix.Bind(fd, sa) })
			// Python re-raises a bind error naming the address.
			if e, ok := err.(*pyerr.Error); ok && e.Errno > 0 {
				e.Message = fmt.Sprintf("%s (while attempting to bind on address %s)", e.Message, pyAddrValue(addr))
				e.Type = "OSError"
				e.Op = "" // the message says it already
			}
		}
	}
	if err == nil {
		if backlog < 0 {
			backlog = defaultBacklog
		}
		err = s.listen(backlog)
	}
	if err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// pyAddrValue is an address argument as Python's %r shows it.
func pyAddrValue(v starlark.Value) string {
	if t, ok := v.(starlark.Tuple); ok {
		parts := ""
		for i, x := range t {
			if i > 0 {
				parts += ", "
			}
			if s, ok := x.(starlark.String); ok {
				parts += "'" + string(s) + "'"
			} else {
				parts += x.String()
			}
		}
		if len(t) == 1 {
			parts += ","
		}
		return "(" + parts + ")"
	}
	return v.String()
}

// The default timeout is per session, as Python's is per process.
type defaultTimeoutKey struct{}

func defaultTimeoutOf(s *rt.Session) *atomic.Int64 {
	return s.Value(defaultTimeoutKey{}, func() any {
		t := new(atomic.Int64)
		t.Store(-1)
		return t
	}).(*atomic.Int64)
}

func defaultTimeout(s *rt.Session) time.Duration { return time.Duration(defaultTimeoutOf(s).Load()) }

var getdefaulttimeoutFn = doc.Func("getdefaulttimeout", `getdefaulttimeout()
The timeout new sockets start with, in seconds, or None (they block).`,
	func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		return timeoutValue(defaultTimeout(rt.SessionOf(thread))), nil
	})

var setdefaulttimeoutFn = doc.Func("setdefaulttimeout", `setdefaulttimeout(timeout)
Set the timeout (seconds, or None) that sockets created from now on
start with, for this session.`,
	func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var v starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
			return nil, err
		}
		t, err := timeoutArg(v)
		if err != nil {
			return nil, argErr(err, "setdefaulttimeout")
		}
		defaultTimeoutOf(rt.SessionOf(thread)).Store(int64(t))
		return starlark.None, nil
	})
