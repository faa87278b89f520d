package socketserver_test

import (
	"fmt"
	"net"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
	"netrepl/internal/startest"
)

// serve runs setup (which must bind `server`) and starts
// server.serve_forever() in a background thread; it returns the session
// and the server's port.
func serve(t *testing.T, setup string) (*startest.Session, int) {
	t.Helper()
	s := startest.New(t)
	if err := s.Run(setup + "\nserving = threading.Thread(target=server.serve_forever)\nserving.start()\n"); err != nil {
		t.Fatalf("setup: %v\n%s", err, s.Stderr)
	}
	v, err := s.Eval("server.server_address[1]")
	if err != nil {
		t.Fatal(err)
	}
	port, _ := starlark.AsInt32(v)
	return s, port
}

func stop(t *testing.T, s *startest.Session) {
	t.Helper()
	if err := s.Run("server.shutdown()\nserver.server_close()\nserving.join()"); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
}

const echoHandler = `
def handler(request, client_address, server):
    while True:
        data = request.recv(65536)
        if not data:
            break
        request.sendall(data)
`

func TestHandlerErrorIsReportedAndServerGoesOn(t *testing.T) {
	s, port := serve(t, `
def handler(request, client_address, server):
    data = request.recv(100)
    if data == b"bad":
        fail("handler broke on", data)
    request.sendall(data)
server = socketserver.TCPServer(("127.0.0.1", 0), handler)
`)
	c := dial(t, port)
	c.Write([]byte("bad"))
	buf := make([]byte, 10)
	if n, err := c.Read(buf); n != 0 || err == nil {
		t.Errorf("after a handler error the client read %q, %v; want EOF", buf[:n], err)
	}
	c.Close()
	c = dial(t, port)
	echo(t, c, "good")
	c.Close()
	stop(t, s)
	errs := s.Stderr.String()
	for _, want := range []string{
		"----------------------------------------\nException occurred during processing of request from ('127.0.0.1', ",
		"Traceback (most recent call last):\n",
		"in handler\n",
		"Error: handler broke on b'bad'\n----------------------------------------\n",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

func TestShutdownFromServingThreadIsAnError(t *testing.T) {
	s, port := serve(t, `
results = []
def handler(request, client_address, server):
    results.append(catch(server.shutdown).error)
    request.sendall(b"x")
server = socketserver.TCPServer(("127.0.0.1", 0), handler)
`)
	c := dial(t, port)
	c.Read(make([]byte, 1))
	c.Close()
	stop(t, s)
	v, err := s.Eval("results[0].type + ': ' + results[0].message")
	if err != nil {
		t.Fatal(err)
	}
	if got := v.(starlark.String); !strings.HasPrefix(string(got), "RuntimeError: shutdown() called from the thread running serve_forever() would wait for itself forever") {
		t.Errorf("shutdown() from the handler: %s", got)
	}
}

// Ctrl-C ends a foreground serve_forever; as in Python the socket stays
// bound until server_close(), so the same port is "in use" and a server
// on another port works.
func TestInterruptedServerKeepsItsSocket(t *testing.T) {
	s := startest.New(t)
	if err := s.Run(echoHandler + "server = socketserver.TCPServer(('127.0.0.1', 0), handler)\nport = server.server_address[1]"); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	ctx := interruptible(s)
	go func() { done <- s.Run("server.serve_forever()") }()
	time.Sleep(50 * time.Millisecond)
	ctx.cancel()
	select {
	case err := <-done:
		if pyerr.Classify(err).Type != "KeyboardInterrupt" {
			t.Fatalf("serve_forever: %v", err)
		}
	case <-time.After(failAfter):
		t.Fatal("serve_forever did not return after Ctrl-C")
	}
	ctx.reset()
	v, err := s.Eval("catch(socketserver.TCPServer, ('127.0.0.1', port), handler).error")
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); !strings.Contains(got, "OSError: [Errno 98] Address already in use") {
		t.Errorf("a second server on the same port: %s", got)
	}
	s2, port2 := serve(t, echoHandler+"server = socketserver.ThreadingTCPServer(('127.0.0.1', 0), handler)")
	c := dial(t, port2)
	echo(t, c, "second server")
	c.Close()
	stop(t, s2)
	if err := s.Run("server.server_close()\nagain = socketserver.TCPServer(('127.0.0.1', port), handler)\nagain.server_close()"); err != nil {
		t.Errorf("the port after server_close(): %v", err)
	}
}

func TestUDPServers(t *testing.T) {
	for _, class := range []string{"UDPServer", "ThreadingUDPServer"} {
		s, port := serve(t, fmt.Sprintf(`
def handler(request, client_address, server):
    data, sock = request
    sock.sendto(data + b"!", client_address)
server = socketserver.%s(("127.0.0.1", 0), handler)
`, class))
		c, err := net.Dial("udp", fmt.Sprintf("127.0.0.1:%d", port))
		if err != nil {
			t.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(failAfter))
		for i := 0; i < 3; i++ {
			msg := fmt.Sprintf("ping %d", i)
			c.Write([]byte(msg))
			buf := make([]byte, 100)
			n, err := c.Read(buf)
			if err != nil || string(buf[:n]) != msg+"!" {
				t.Errorf("%s: reply %q, %v", class, buf[:n], err)
			}
		}
		c.Close()
		stop(t, s)
	}
}

func TestHandleRequestTimeout(t *testing.T) {
	s := startest.New(t)
	err := s.Run(echoHandler + `
server = socketserver.TCPServer(("127.0.0.1", 0), handler)
server.timeout = 0.05
t0 = time.monotonic()
r = server.handle_request()
waited = time.monotonic() - t0
server.server_close()
`)
	if err != nil {
		t.Fatal(err)
	}
	if s.Predeclared["r"] != starlark.None {
		t.Errorf("handle_request() = %v", s.Predeclared["r"])
	}
	if w, _ := starlark.AsFloat(s.Predeclared["waited"]); w < 0.04 {
		t.Errorf("handle_request returned after %.3fs, before its timeout", w)
	}
}

// 64 handlers at once append to a list under a Lock; under -race this is
// the check that handler threads share globals safely.
func TestHandlersShareALockedList(t *testing.T) {
	s, port := serve(t, `
seen = []
lock = threading.Lock()
def handler(request, client_address, server):
    data = request.recv(100)
    lock.acquire()
    seen.append(data)
    lock.release()
    request.sendall(b"ok")
server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler, request_queue_size=64)
`)
	var wg sync.WaitGroup
	for i := 0; i < 64; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c := dial(t, port)
			defer c.Close()
			c.Write([]byte(fmt.Sprintf("client %d", i)))
			c.Read(make([]byte, 2))
		}(i)
	}
	wg.Wait()
	stop(t, s)
	v, err := s.Eval("len(seen), len(set(seen))")
	if err != nil {
		t.Fatal(err)
	}
	if v.String() != "(64, 64)" {
		t.Errorf("len(seen), len(set(seen)) = %s", v)
	}
}

// 500 clients at once each echo 64 KiB through a ThreadingTCPServer;
// every byte comes back, and after shutdown and server_close no
// goroutine or descriptor is left.
func TestLoad500Clients(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	fds0 := openFDs(t)
	g0 := runtime.NumGoroutine()
	s, port := serve(t, echoHandler+`
server = socketserver.ThreadingTCPServer(('127.0.0.1', 0), handler, bind_and_activate=False)
server.request_queue_size = 512
server.server_bind()
server.server_activate()`)
	const clients, size = 500, 64 << 10
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			errs <- echoBlock(port, i, size)
		}(i)
	}
	wg.Wait()
	close(errs)
	failed := 0
	for err := range errs {
		if err != nil {
			if failed++; failed <= 5 {
				t.Error(err)
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d clients failed; stderr:\n%.2000s", failed, clients, s.Stderr)
	}
	stop(t, s)
	eventually(t, "goroutines back to where they were", func() bool { return runtime.NumGoroutine() <= g0+2 })
	if fds := openFDs(t); fds > fds0 {
		t.Errorf("open descriptors: %d before, %d after", fds0, fds)
	}
}

// echoBlock sends size bytes (a pattern of its own) and reads them back
// while sending, as a real client must so that neither side's buffer fills.
func echoBlock(port, id, size int) error {
	c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), failAfter)
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(3 * failAfter))
	data := make([]byte, size)
	for i := range data {
		data[i] = byte(i*7 + id)
	}
	werr := make(chan error, 1)
	go func() {
		_, err := c.Write(data)
		c.(*net.TCPConn).CloseWrite()
		werr <- err
	}()
	got := make([]byte, size)
	if _, err := readFull(c, got); err != nil {
		return fmt.Errorf("client %d: read: %v", id, err)
	}
	if err := <-werr; err != nil {
		return fmt.Errorf("client %d: write: %v", id, err)
	}
	if string(got) != string(data) {
		return fmt.Errorf("client %d: echo differs", id)
	}
	return nil
}

func openFDs(t *testing.T) int {
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd")
	}
	return len(entries)
}

// A handler in the style of StreamRequestHandler reads lines with
// makefile and leaves its files open (CPython's garbage collector closes
// them at the handler's return): the server still closes the connection
// and its descriptor.
func TestMakefileHandler(t *testing.T) {
	s, port := serve(t, `
fds = []
def handler(request, client_address, server):
    rfile = request.makefile("rb")
    wfile = request.makefile("wb", buffering=0)
    fds.append(request)
    for line in rfile:
        wfile.write(line.upper())
        if line == b"quit\n":
            break
server = socketserver.TCPServer(("127.0.0.1", 0), handler)
`)
	c := dial(t, port)
	c.Write([]byte("hello\nwor"))
	c.Write([]byte("ld\nquit\n"))
	buf := make([]byte, 100)
	got := ""
	for {
		n, err := c.Read(buf)
		got += string(buf[:n])
		if err != nil {
			break
		}
	}
	c.Close()
	if got != "HELLO\nWORLD\nQUIT\n" {
		t.Errorf("got %q", got)
	}
	stop(t, s)
	v, err := s.Eval("fds[0].fileno()")
	if err != nil {
		t.Fatal(err)
	}
	if v.String() != "-1" {
		t.Errorf("the request's fileno() after the handler: %s, want -1 (closed)", v)
	}
}
