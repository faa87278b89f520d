// Package socketserver is netrepl's `socketserver` module: Python's
// servers, with a handler function where Python takes a
// BaseRequestHandler subclass (Starlark has no classes):
//
//	TCPServer(server_address, handler, bind_and_activate=True,
//	          allow_reuse_address=False, request_queue_size=5, daemon_threads=False)
//	ThreadingTCPServer(...)   the same, one thread per connection
//	UDPServer(...)            one datagram at a time
//	ThreadingUDPServer(...)   one thread per datagram
//
// handler(request, client_address, server) is called once per request:
// for TCP, request is the connected socket, closed after the handler
// returns; for UDP it is the pair (data, socket), and the reply goes out
// with socket.sendto(reply, client_address). The server value has
// serve_forever, shutdown, server_close, handle_request, fileno, and the
// attributes server_address, socket, allow_reuse_address,
// daemon_threads, request_queue_size, timeout and max_packet_size.
//
// The servers drive the socket module through its Starlark methods, as
// Python's socketserver drives socket, so tracing, timeouts, errors and
// Ctrl-C behave exactly as for a socket a script made itself: Ctrl-C
// during serve_forever() returns KeyboardInterrupt and, as in Python, the
// listening socket stays open until server_close().
package socketserver

import (
	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/doc"
)

// Module is the `socketserver` module.
var Module = &starlarkstruct.Module{
	Name: "socketserver",
	Members: starlark.StringDict{
		"TCPServer":          serverClass(kind{name: "TCPServer"}),
		"ThreadingTCPServer": serverClass(kind{name: "ThreadingTCPServer", threading: true}),
		"UDPServer":          serverClass(kind{name: "UDPServer", udp: true}),
		"ThreadingUDPServer": serverClass(kind{name: "ThreadingUDPServer", udp: true, threading: true}),
		"ThreadingMixIn":     ThreadingMixIn,
	},
}

func init() {
	doc.Type("socketserver", "Servers that call a handler (a BaseRequestHandler or StreamRequestHandler subclass, or a function) per request: TCPServer, ThreadingTCPServer, UDPServer, ThreadingUDPServer, ThreadingMixIn.")
	for _, k := range []string{"TCPServer", "ThreadingTCPServer", "UDPServer", "ThreadingUDPServer"} {
		doc.Type(k, k+`: a server; serve_forever() runs it, shutdown() stops it from another
thread, server_close() closes its socket. help(socketserver.`+k+`) says more.`)
	}
}

// kind is one of the four server classes.
type kind struct {
	name      string
	udp       bool
	threading bool
}

func constructor(k kind) *starlark.Builtin {
	what := "a TCP connection, on the serving thread"
	request := "the connected socket (closed after handler returns)"
	switch {
	case k.udp && k.threading:
		what, request = "a datagram, each in a thread of its own", "(data, socket): reply with socket.sendto(reply, client_address)"
	case k.udp:
		what, request = "a datagram, on the serving thread", "(data, socket): reply with socket.sendto(reply, client_address)"
	case k.threading:
		what = "a TCP connection, each in a thread of its own"
	}
	return doc.Func(k.name, k.name+`(server_address, handler, bind_and_activate=True, allow_reuse_address=False, request_queue_size=5, daemon_threads=False)
Return a server bound to server_address (host, port) that calls
handler(request, client_address, server) for `+what+`;
request is `+request+`.
A handler error is printed with the client's address and the server goes
on. Methods: serve_forever(), shutdown() (from another thread),
server_close(), handle_request(), fileno(). Port 0 picks a free port:
see server_address. The last three keywords stand for Python's class
attributes of those names (there are no subclasses in Starlark):
SO_REUSEADDR, the listen backlog (5, as Python's: raise it for many
clients at once), and whether a Threading server's handler threads are
daemons (server_close() waits for the others).`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return newServer(thread, k, args, kwargs)
	})
}
