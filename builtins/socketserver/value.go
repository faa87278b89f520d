package socketserver

import (
	"fmt"
	"math"
	"sort"
	"time"

	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

var _ starlark.HasSetField = (*Server)(nil)

func (s *Server) Type() string          { return s.kind.name }
func (s *Server) Freeze()               {} // shared by reference; its state has its own lock
func (s *Server) Truth() starlark.Bool  { return starlark.True }
func (s *Server) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable: %s", s.kind.name) }

func (s *Server) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	state := ""
	switch {
	case s.closed:
		state = " closed"
	case s.serving != nil:
		state = " serving"
	}
	return fmt.Sprintf("<socketserver.%s server_address=%s%s>", s.kind.name, s.addr, state)
}

type method func(*Server, *starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)

var methods = map[string]method{}

func defMethod(name, text string, fn method) {
	methods[name] = fn
	for _, k := range []string{"TCPServer", "ThreadingTCPServer", "UDPServer", "ThreadingUDPServer"} {
		doc.Method(k, name, text)
	}
}

func init() {
	defMethod("serve_forever", `serve_forever(poll_interval=0.5)
Handle requests until shutdown() is called from another thread. Ctrl-C
interrupts it (KeyboardInterrupt); the socket stays open until
server_close(), as in Python.`, (*Server).serveForever)
	defMethod("shutdown", `shutdown()
Stop serve_forever() and wait until it has returned. Call it from another
thread: from the serving thread itself it is an error, not a deadlock.`, (*Server).shutdown)
	defMethod("server_close", `server_close()
Close the server's socket; a Threading server with daemon_threads False
also waits for its handler threads.`, (*Server).serverClose)
	defMethod("handle_request", `handle_request()
Wait for one request, at most server.timeout seconds (None: no limit),
and handle it.`, (*Server).handleRequest)
	defMethod("fileno", `fileno()
Return the server socket's file descriptor.`, func(s *Server, thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		return s.call(thread, "fileno")
	})
	defMethod("server_bind", `server_bind()
Bind the socket to server_address (with SO_REUSEADDR if
allow_reuse_address): for a server made with bind_and_activate=False.`, func(s *Server, thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		return starlark.None, s.bind(thread)
	})
	defMethod("server_activate", `server_activate()
Start listening (TCP), with request_queue_size as the backlog: for a
server made with bind_and_activate=False, after server_bind().`, func(s *Server, thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		return starlark.None, s.activate(thread)
	})
}

var fields = []string{"allow_reuse_address", "daemon_threads", "max_packet_size", "request_queue_size", "server_address", "socket", "timeout"}

func (s *Server) AttrNames() []string {
	names := append([]string{}, fields...)
	for name := range methods {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

func (s *Server) Attr(name string) (starlark.Value, error) {
	if m, ok := methods[name]; ok {
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return m(s, thread, b, args, kwargs)
		}).BindReceiver(s), nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch name {
	case "server_address":
		return s.addr, nil
	case "socket":
		return s.sock, nil
	case "allow_reuse_address":
		return starlark.Bool(s.allowReuse), nil
	case "daemon_threads":
		return starlark.Bool(s.daemonThreads), nil
	case "request_queue_size":
		return starlark.MakeInt(s.queueSize), nil
	case "timeout":
		return s.timeout, nil
	case "max_packet_size":
		return starlark.MakeInt(s.maxPacket), nil
	}
	return nil, nil
}

func (s *Server) SetField(name string, v starlark.Value) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch name {
	case "allow_reuse_address":
		s.allowReuse = bool(v.Truth())
	case "daemon_threads":
		s.daemonThreads = bool(v.Truth())
	case "request_queue_size", "max_packet_size":
		n, err := starlark.AsInt32(v)
		if err != nil || n < 0 {
			return pyerr.TypeErr(s.kind.name, "%s must be a non-negative int, not %s", name, v.String())
		}
		if name == "request_queue_size" {
			s.queueSize = n
		} else {
			s.maxPacket = n
		}
	case "timeout":
		if f, ok := starlark.AsFloat(v); v != starlark.None && (!ok || f < 0 || math.IsNaN(f)) {
			return pyerr.TypeErr(s.kind.name, "timeout must be None or a non-negative number, not %s", v.String())
		}
		s.timeout = v
	case "server_address", "socket":
		return pyerr.New("AttributeError", "%s.%s cannot be assigned: make a new server", s.kind.name, name)
	default:
		return starlark.NoSuchAttrError(fmt.Sprintf("%s has no .%s field", s.kind.name, name))
	}
	return nil
}

func secondsDuration(f float64) time.Duration {
	if f > float64(math.MaxInt64)/1e9 {
		return math.MaxInt64
	}
	return time.Duration(f * 1e9)
}
