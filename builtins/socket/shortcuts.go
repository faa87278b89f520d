package socket

import (
	"strings"

	"go.starlark.net/starlark"
	"golang.org/x/sys/unix"

	"netrepl/builtins/doc"
	"netrepl/builtins/rt"
)

// Shortcuts are the top-level names this module adds for typing speed:
//
//	connect(host, port, timeout=None)          a connected TCP socket
//	listen(port, host="127.0.0.1", backlog=128) a listening TCP socket
//	udp(bind=None)                             a UDP socket, maybe bound
var Shortcuts = starlark.StringDict{
	"connect": doc.Func("connect", `connect(host, port, timeout=None)
Shortcut for socket.create_connection((host, port), timeout): a TCP
socket connected to host:port. Without timeout it blocks (or uses
socket.setdefaulttimeout's).`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var host, port, timeout starlark.Value = nil, nil, starlark.None
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, "host", &host, "port", &port, "timeout?", &timeout); err != nil {
			return nil, err
		}
		t := defaultTimeout(rt.SessionOf(thread))
		if timeout != starlark.None {
			var err error
			if t, err = timeoutArg(timeout); err != nil {
				return nil, argErr(err, "connect")
			}
		}
		return createConnection(thread, host, port, t, starlark.None)
	}),

	"listen": doc.Func("listen", `listen(port, host="127.0.0.1", backlog=128)
Shortcut for socket.create_server((host, port), backlog=backlog): a TCP
socket listening on host:port (port 0 picks a free one: see
getsockname()), with SO_REUSEADDR. An IPv6 host ("::1") makes an
AF_INET6 socket. Then conn, addr = srv.accept().`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var port starlark.Value
		host := "127.0.0.1"
		backlog := defaultBacklog
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, "port", &port, "host?", &host, "backlog?", &backlog); err != nil {
			return nil, err
		}
		return createServer(thread, starlark.Tuple{starlark.String(host), port}, familyOf(host), int64(backlog), false, false)
	}),

	"udp": doc.Func("udp", `udp(bind=None)
A UDP socket (socket.socket(type=SOCK_DGRAM)). bind, a port or a
(host, port) pair, binds it first: udp(5353) listens on 127.0.0.1:5353.
Then sendto(data, (host, port)) and recvfrom(bufsize).`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var bind starlark.Value = starlark.None
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, "bind?", &bind); err != nil {
			return nil, err
		}
		family := unix.AF_INET
		switch v := bind.(type) {
		case starlark.Int:
			bind = starlark.Tuple{starlark.String("127.0.0.1"), v}
		case starlark.Tuple:
			if len(v) > 0 {
				if h, ok := v[0].(starlark.String); ok {
					family = familyOf(string(h))
				}
			}
		}
		s, err := open(thread, family, unix.SOCK_DGRAM, 0)
		if err != nil {
			return nil, err
		}
		if bind != starlark.None {
			sa, err := sockaddr(thread, family, "bind", bind)
			if err == nil {
				err = s.control(func() string { return "binding to " + addrText(sa) }, func(fd int) error { return unix.Bind(fd, sa) })
			}
			if err != nil {
				s.Close()
				return nil, argErr(err, "udp")
			}
		}
		return s, nil
	}),
}

// familyOf is the family a host literal asks for: AF_INET6 for an IPv6
// address, else AF_INET (names resolve to IPv4, as for socket.socket()).
func familyOf(host string) int {
	if strings.Contains(host, ":") {
		return unix.AF_INET6
	}
	return unix.AF_INET
}
