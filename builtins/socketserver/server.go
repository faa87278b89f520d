package socketserver

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
	"netrepl/builtins/socket"
	"netrepl/builtins/threading"
)

// Server is a socketserver server. It is shared by the serving thread,
// the handler threads and the prompt, so its state is behind mu; Freeze
// is a no-op.
type Server struct {
	kind    kind
	handler starlark.Callable // frozen
	sock    starlark.Value    // the socket module's socket

	mu            sync.Mutex
	addr          starlark.Value // server_address, frozen
	allowReuse    bool
	daemonThreads bool
	queueSize     int
	timeout       starlark.Value // None or a number: handle_request's wait
	maxPacket     int
	bound, active bool
	closed        bool

	serving     *starlark.Thread   // the thread in serve_forever, or nil
	stopWait    context.CancelFunc // ends the current wait for a request
	shutdownReq bool
	stopped     chan struct{} // closed when serve_forever returns
	threads     []*threading.Thread
}

func newServer(thread *starlark.Thread, k kind, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var addr, handler starlark.Value
	activate, reuse, daemon, queue := true, false, false, 5
	if err := starlark.UnpackArgs(k.name, args, kwargs,
		"server_address", &addr, "handler", &handler, "bind_and_activate?", &activate,
		"allow_reuse_address?", &reuse, "request_queue_size?", &queue, "daemon_threads?", &daemon); err != nil {
		return nil, err
	}
	if queue < 0 {
		return nil, pyerr.ValueErr(k.name, "request_queue_size must be >= 0, not %d", queue)
	}
	h, ok := handler.(starlark.Callable)
	if !ok {
		return nil, pyerr.TypeErr(k.name, "handler must be a function handler(request, client_address, server), not %s", handler.Type())
	}
	// The handler runs on other threads: freeze it here, on the
	// creating goroutine, as threading.Thread.start freezes its target.
	h.Freeze()
	addr.Freeze()
	s := &Server{kind: k, handler: h, addr: addr, allowReuse: reuse, daemonThreads: daemon, queueSize: queue, timeout: starlark.None, maxPacket: 8192}

	family := "AF_INET"
	if t, ok := addr.(starlark.Tuple); ok && len(t) > 0 {
		if host, ok := starlark.AsString(t[0]); ok && strings.Contains(host, ":") {
			family = "AF_INET6"
		}
	}
	typ := "SOCK_STREAM"
	if k.udp {
		typ = "SOCK_DGRAM"
	}
	sock, err := starlark.Call(thread, socket.Module.Members["socket"],
		starlark.Tuple{socket.Module.Members[family], socket.Module.Members[typ]}, nil)
	if err != nil {
		return nil, err
	}
	s.sock = sock
	if activate {
		if err := s.bind(thread); err != nil {
			s.closeSocket(thread)
			return nil, err
		}
		if err := s.activate(thread); err != nil {
			s.closeSocket(thread)
			return nil, err
		}
	}
	return s, nil
}

// call calls method name of the socket.
func (s *Server) call(thread *starlark.Thread, name string, args ...starlark.Value) (starlark.Value, error) {
	return callMethod(thread, s.sock, name, args...)
}

func callMethod(thread *starlark.Thread, v starlark.Value, name string, args ...starlark.Value) (starlark.Value, error) {
	m, err := v.(starlark.HasAttrs).Attr(name)
	if err != nil {
		return nil, err
	}
	return starlark.Call(thread, m, args, nil)
}

// bind is server_bind: SO_REUSEADDR if asked, bind, and server_address
// becomes the address actually bound (port 0 picks one).
func (s *Server) bind(thread *starlark.Thread) error {
	s.mu.Lock()
	reuse, addr := s.allowReuse, s.addr
	s.mu.Unlock()
	if reuse {
		if _, err := s.call(thread, "setsockopt", socket.Module.Members["SOL_SOCKET"], socket.Module.Members["SO_REUSEADDR"], starlark.MakeInt(1)); err != nil {
			return err
		}
	}
	if _, err := s.call(thread, "bind", addr); err != nil {
		return err
	}
	bound, err := s.call(thread, "getsockname")
	if err != nil {
		return err
	}
	bound.Freeze()
	s.mu.Lock()
	s.addr, s.bound = bound, true
	s.mu.Unlock()
	return nil
}

// activate is server_activate: listen, for TCP.
func (s *Server) activate(thread *starlark.Thread) error {
	s.mu.Lock()
	n := s.queueSize
	s.mu.Unlock()
	if !s.kind.udp {
		if _, err := s.call(thread, "listen", starlark.MakeInt(n)); err != nil {
			return err
		}
	}
	s.mu.Lock()
	s.active = true
	s.mu.Unlock()
	return nil
}

func (s *Server) closeSocket(thread *starlark.Thread) {
	s.call(thread, "close")
}

// serveForever is serve_forever(poll_interval=0.5): handle requests until
// shutdown() is called from another thread. poll_interval is accepted
// for Python's sake; shutdown() takes effect at once here.
func (s *Server) serveForever(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var poll starlark.Value = starlark.Float(0.5)
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "poll_interval?", &poll); err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.serving != nil {
		s.mu.Unlock()
		return nil, pyerr.New("RuntimeError", "serve_forever() is already running in another thread")
	}
	s.serving, s.shutdownReq, s.stopped = thread, false, make(chan struct{})
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.serving = nil
		close(s.stopped)
		s.mu.Unlock()
	}()
	for {
		if _, err := s.handleOne(thread, nil); err != nil {
			return nil, err
		}
		s.mu.Lock()
		stop := s.shutdownReq
		s.mu.Unlock()
		if stop {
			return starlark.None, nil
		}
	}
}

// handleRequest is handle_request(): wait for one request, at most
// server.timeout seconds, and handle it.
func (s *Server) handleRequest(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	s.mu.Lock()
	timeout := s.timeout
	s.mu.Unlock()
	var secs *float64
	if f, ok := starlark.AsFloat(timeout); ok {
		secs = &f
	}
	if _, err := s.handleOne(thread, secs); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

// handleOne waits for one request (a connection or a datagram), for at
// most timeout seconds if timeout is not nil, and handles it. It returns
// false when the wait ended without a request: shutdown() or the timeout.
// The wait is the socket's own accept or recvfrom, run under a context
// that shutdown() can cancel, so the socket module's cancellation (a
// deadline on the descriptor) ends it.
func (s *Server) handleOne(thread *starlark.Thread, timeout *float64) (bool, error) {
	parent := rt.Context(thread)
	ctx, cancel := context.WithCancel(parent)
	if timeout != nil {
		ctx, cancel = context.WithTimeout(parent, secondsDuration(*timeout))
	}
	defer cancel()
	s.mu.Lock()
	if s.shutdownReq {
		s.mu.Unlock()
		return false, nil
	}
	s.stopWait = cancel
	s.mu.Unlock()

	rt.SetContext(thread, ctx)
	var req starlark.Value
	var err error
	if s.kind.udp {
		s.mu.Lock()
		n := s.maxPacket
		s.mu.Unlock()
		req, err = s.call(thread, "recvfrom", starlark.MakeInt(n))
	} else {
		req, err = s.call(thread, "accept")
	}
	rt.SetContext(thread, parent)

	s.mu.Lock()
	s.stopWait = nil
	s.mu.Unlock()
	if err != nil {
		if parent.Err() == nil && ctx.Err() != nil {
			return false, nil // shutdown() or handle_request's timeout
		}
		return false, err
	}
	pair := req.(starlark.Tuple) // (socket, address) or (data, address)
	var request, client starlark.Value = pair[0], pair[1]
	if s.kind.udp {
		request = starlark.Tuple{pair[0], s.sock}
	}
	request.Freeze()
	client.Freeze()
	if s.kind.threading {
		return true, s.startThread(thread, request, client)
	}
	return true, s.finish(thread, request, client)
}

// finish calls the handler for one request, reports a handler error as
// Python's handle_error does, and closes a TCP request. KeyboardInterrupt
// and exit() are not handler errors: they stop the serving thread.
func (s *Server) finish(thread *starlark.Thread, request, client starlark.Value) error {
	_, err := starlark.Call(thread, s.handler, starlark.Tuple{request, client, s}, nil)
	if !s.kind.udp {
		// shutdown_request: SHUT_WR tells the client we are done,
		// whatever state the socket is in; then close it.
		callMethod(thread, request, "shutdown", socket.Module.Members["SHUT_WR"])
		callMethod(thread, request, "close")
		// close() waits for files the handler made with makefile and
		// left open, which CPython's garbage collector would close at
		// the handler's return: close for real, or a server leaks a
		// descriptor per such request.
		if sock, ok := request.(*socket.Socket); ok {
			sock.Close()
		}
	}
	if err == nil {
		return nil
	}
	if _, ok := pyerr.AsExit(err); ok || pyerr.Classify(err).Type == "KeyboardInterrupt" {
		return err
	}
	s.handleError(thread, client, err)
	return nil
}

// handleError prints a handler's error as Python's handle_error does, in
// one write so that concurrent handlers' reports do not interleave.
func (s *Server) handleError(thread *starlark.Thread, client starlark.Value, err error) {
	line := strings.Repeat("-", 40) + "\n"
	msg := line + fmt.Sprintf("Exception occurred during processing of request from %s\n", client) +
		pyerr.Traceback(err) + line
	rt.SessionOf(thread).Stderr.Write([]byte(msg))
}

// startThread handles a request in a thread of its own, named as
// Python's "Thread-N (process_request_thread)".
func (s *Server) startThread(thread *starlark.Thread, request, client starlark.Value) error {
	process := starlark.NewBuiltin("process_request_thread", func(th *starlark.Thread, _ *starlark.Builtin, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		s.finish(th, request, client) // KeyboardInterrupt/exit end the thread quietly
		return starlark.None, nil
	})
	s.mu.Lock()
	daemon := s.daemonThreads
	s.mu.Unlock()
	t, err := threading.Start(thread, process, nil, daemon)
	if err != nil {
		return err
	}
	if !daemon {
		s.mu.Lock()
		// Forget finished threads, so a long-running server does not
		// keep one entry per request it ever served.
		live := s.threads[:0]
		for _, old := range s.threads {
			select {
			case <-old.Done():
			default:
				live = append(live, old)
			}
		}
		s.threads = append(live, t)
		s.mu.Unlock()
	}
	return nil
}

// shutdown stops serve_forever from another thread and waits until it
// has returned.
func (s *Server) shutdown(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.serving == nil {
		s.mu.Unlock()
		return starlark.None, nil // not serving: nothing to stop (Python would wait forever)
	}
	if s.serving == thread {
		s.mu.Unlock()
		return nil, pyerr.New("RuntimeError", "shutdown() called from the thread running serve_forever() would wait for itself forever; call it from another thread, or use a Threading server whose handlers run in threads of their own")
	}
	s.shutdownReq = true
	stop, stopped := s.stopWait, s.stopped
	s.mu.Unlock()
	if stop != nil {
		stop()
	}
	defer rt.Blocking(thread)()
	select {
	case <-stopped:
		return starlark.None, nil
	case <-rt.Context(thread).Done():
		return nil, pyerr.KeyboardInterrupt()
	}
}

// serverClose closes the socket and, for a Threading server whose
// daemon_threads is False, waits for the handler threads (Python's
// block_on_close).
func (s *Server) serverClose(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.closed = true
	threads := s.threads
	s.threads = nil
	s.mu.Unlock()
	if _, err := s.call(thread, "close"); err != nil {
		return nil, err
	}
	ctx := rt.Context(thread)
	defer rt.Blocking(thread)()
	for _, t := range threads {
		select {
		case <-t.Done():
		case <-ctx.Done():
			return nil, pyerr.KeyboardInterrupt()
		}
	}
	return starlark.None, nil
}
