package socketserver_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"netrepl/builtins/pyerr"
)

// The notebook's In [10]-[11]: the handler runs in a threading.Thread.
func TestNotebookThreadedEcho(t *testing.T) {
	port := freePort(t)
	r := start(t, "threaded_echo.star", strconv.Itoa(port))
	c := dial(t, port)
	for _, m := range []string{"Hello\n", "there\n", "this\n", "is working\n", "still here\n"} {
		echo(t, c, m)
	}
	c.Close()
	if err := r.wait(t); err != nil {
		t.Fatal(err)
	}
	out := r.s.Stdout.String()
	for _, want := range []string{
		fmt.Sprintf("Waiting for connections on localhost:%d\n", port),
		"got connection from ('127.0.0.1', ",
		"Received b'Hello\\n'\n",
		"Received b'still here\\n'\n",
		"Received b''\nSocket closed, exiting thread\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
}

// The notebook's In [12]-[16]: MyEchoHandler served by TCPServer (one
// client after another) and ThreadingTCPServer (clients at once), then
// stopped with Ctrl-C, as the notebook does.
func TestNotebookEchoHandler(t *testing.T) {
	for _, class := range []string{"TCPServer", "ThreadingTCPServer"} {
		t.Run(class, func(t *testing.T) {
			port := freePort(t)
			r := start(t, "echo_handler.star", class, strconv.Itoa(port))
			if class == "TCPServer" {
				for _, m := range []string{"Hello there\n", "Multiple connections\n"} {
					c := dial(t, port)
					echo(t, c, m)
					c.Close()
				}
			} else {
				a, b := dial(t, port), dial(t, port)
				echo(t, a, "Another one\n")
				echo(t, b, "Actually multiple!\n")
				a.Close()
				b.Close()
			}
			eventually(t, "two disconnects", func() bool {
				return strings.Count(r.s.Stdout.String(), "Socket disconnected, exiting handler\n") == 2
			})
			r.cancel() // Ctrl-C
			err := r.wait(t)
			if pe := pyerr.Classify(err); pe.Type != "KeyboardInterrupt" {
				t.Fatalf("serve_forever after Ctrl-C: %v, want KeyboardInterrupt", err)
			}
			out := r.s.Stdout.String()
			for _, want := range []string{"Received b'Hello there\\n'\n", "Received b''\n"} {
				if class == "ThreadingTCPServer" {
					want = strings.Replace(want, "Hello there", "Another one", 1)
				}
				if !strings.Contains(out, want) {
					t.Errorf("stdout lacks %q:\n%s", want, out)
				}
			}
		})
	}
}
