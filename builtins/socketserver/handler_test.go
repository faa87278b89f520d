package socketserver_test

import (
	"strings"
	"testing"
)

// A BaseRequestHandler subclass, as the notebook's In [12] and Python's
// socketserver documentation write it: the server makes one instance per
// connection; setup, handle and finish run in order, finish also after
// handle fails; the error is reported and the server goes on.
func TestHandlerClass(t *testing.T) {
	for _, server := range []string{"TCPServer", "ThreadingTCPServer"} {
		s, port := serve(t, `
log = []
class MyEchoHandler(socketserver.BaseRequestHandler):
    def setup(self):
        log.append(("setup", self.client_address[0], self.server == server))
    def handle(self):
        while True:
            buffer = self.request.recv(1000)
            if not buffer:
                break
            if buffer == b"bad":
                raise ValueError("bad input")
            self.request.sendall(buffer)
    def finish(self):
        log.append("finish")
server = socketserver.`+server+`(("127.0.0.1", 0), MyEchoHandler)
`)
		c := dial(t, port)
		echo(t, c, "hello")
		c.Close()
		c = dial(t, port)
		c.Write([]byte("bad"))
		buf := make([]byte, 10)
		c.Read(buf) // EOF once the handler failed
		c.Close()
		eventually(t, "both requests handled", func() bool {
			v, err := s.Eval("len(log)")
			return err == nil && v.String() == "4"
		})
		stop(t, s)
		v, err := s.Eval("sorted([str(x) for x in log])")
		if err != nil {
			t.Fatal(err)
		}
		want := `["('setup', '127.0.0.1', True)", "('setup', '127.0.0.1', True)", 'finish', 'finish']`
		if v.String() != want {
			t.Errorf("%s: log = %s, want %s", server, v, want)
		}
		if errs := s.Stderr.String(); !strings.Contains(errs, "ValueError: bad input") || !strings.Contains(errs, "in handle\n") {
			t.Errorf("%s: stderr lacks the handler's error:\n%s", server, errs)
		}
	}
}

// socketserver documentation's StreamRequestHandler example: rfile and
// wfile over the request, flushed and closed after handle.
func TestStreamRequestHandler(t *testing.T) {
	s, port := serve(t, `
class MyTCPHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.data = self.rfile.readline().strip()
        self.wfile.write(self.data.upper() + b"\n")
        self.wfile.write(str(self.data, "utf-8").title().encode() + b"\n")
server = socketserver.TCPServer(("127.0.0.1", 0), MyTCPHandler)
`)
	c := dial(t, port)
	c.Write([]byte("hello world\nignored\n"))
	var got []byte
	buf := make([]byte, 100)
	for {
		n, err := c.Read(buf)
		got = append(got, buf[:n]...)
		if err != nil {
			break
		}
	}
	c.Close()
	stop(t, s)
	if want := "HELLO WORLD\nHello World\n"; string(got) != want {
		t.Errorf("got %q, want %q\n%s", got, want, s.Stderr.String())
	}
}

// The socketserver documentation's ThreadingMixIn server: a user class
// deriving from ThreadingMixIn and TCPServer, its class attributes the
// server's, a with block closing it.
func TestThreadingMixInClass(t *testing.T) {
	s, port := serve(t, `
class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        self.request.sendall(data + b" " + bytes(str(threading.current_thread() != serving), "ascii"))
class ThreadedTCPServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
server = ThreadedTCPServer(("127.0.0.1", 0), Echo)
`)
	c := dial(t, port)
	c.Write([]byte("hi"))
	buf := make([]byte, 100)
	n, _ := readFull(c, buf[:7])
	c.Close()
	if got := string(buf[:n]); got != "hi True" {
		t.Errorf("reply %q, want %q (handled on a thread of its own)", got, "hi True")
	}
	for expr, want := range map[string]string{
		"isinstance(server, socketserver.TCPServer)":      "True",
		"isinstance(server, socketserver.ThreadingMixIn)": "True",
		"server.allow_reuse_address":                      "True",
		"type(server).__name__":                           "'ThreadedTCPServer'",
	} {
		if v, err := s.Eval(expr); err != nil || v.String() != want {
			t.Errorf("%s = %v, %v; want %s", expr, v, err, want)
		}
	}
	stop(t, s)
}
