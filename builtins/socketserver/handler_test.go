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
