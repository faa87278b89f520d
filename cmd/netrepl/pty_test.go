package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// term is netrepl running on a pseudo-terminal, as a person sees it.
type term struct {
	t    *testing.T
	cmd  *exec.Cmd
	pty  *os.File
	mu   sync.Mutex
	out  bytes.Buffer
	seen int // output before this offset has been matched already
	done chan error
}

func startTerm(t *testing.T, history string) *term {
	t.Helper()
	return startTermSize(t, history, &pty.Winsize{Rows: 40, Cols: 120})
}

// startTermSize starts netrepl on a pty of the given size.
func startTermSize(t *testing.T, history string, size *pty.Winsize) *term {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), "NETREPL_RUN_MAIN=1", "NETREPL_HISTORY="+history, "TERM=xterm")
	f, err := pty.StartWithSize(cmd, size)
	if err != nil {
		t.Fatal(err)
	}
	tm := &term{t: t, cmd: cmd, pty: f, done: make(chan error, 1)}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			tm.mu.Lock()
			tm.out.Write(buf[:n])
			tm.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	go func() { tm.done <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		f.Close()
	})
	tm.expect(`>>> `)
	return tm
}

func (tm *term) send(s string) {
	tm.t.Helper()
	if _, err := tm.pty.Write([]byte(s)); err != nil {
		tm.t.Fatalf("write %q: %v", s, err)
	}
}

// expect waits until the output after the last match matches re, and
// returns how long that took.
func (tm *term) expect(re string) time.Duration {
	tm.t.Helper()
	rx := regexp.MustCompile(re)
	start := time.Now()
	deadline := start.Add(10 * time.Second)
	for time.Now().Before(deadline) {
		tm.mu.Lock()
		out := tm.out.Bytes()[tm.seen:]
		loc := rx.FindIndex(out)
		if loc != nil {
			tm.seen += loc[1]
		}
		tm.mu.Unlock()
		if loc != nil {
			return time.Since(start)
		}
		time.Sleep(5 * time.Millisecond)
	}
	tm.mu.Lock()
	defer tm.mu.Unlock()
	tm.t.Fatalf("no %q in output after 10s; unmatched output:\n%q", re, tm.out.Bytes()[tm.seen:])
	return 0
}

func (tm *term) wait() error {
	select {
	case err := <-tm.done:
		return err
	case <-time.After(10 * time.Second):
		tm.t.Fatal("netrepl did not exit")
		return nil
	}
}

// A pty whose size was never set reports 0 columns; completion still
// completes (readline lays out nothing in 0 columns).
func TestPTYCompletionWithoutSize(t *testing.T) {
	tm := startTermSize(t, filepath.Join(t.TempDir(), "history"), &pty.Winsize{})
	tm.send("time.sl\t")
	tm.expect(`time\.sleep\(`)
	tm.send("0)\r")
	tm.expect(`>>> `)
	tm.send("\x04")
	if err := tm.wait(); err != nil {
		t.Fatal(err)
	}
}

func TestPTYSession(t *testing.T) {
	history := filepath.Join(t.TempDir(), "history")
	tm := startTerm(t, history)

	// A multi-line def, then a call.
	tm.send("def double(a):\r")
	tm.expect(`\.\.\. `)
	tm.send("    return a * 2\r\r")
	tm.expect(`>>> `)
	tm.send("double(21)\r")
	tm.expect(`\r\n42\r\n`)

	// Completion of a module member and of a value's attribute.
	tm.send("print(time.monot\t")
	tm.expect(`time\.monotonic\(`)
	tm.send("))\r")
	tm.expect(`\r\n\d+\.\d+\r\n`)
	tm.send("s = 'abc'\r")
	tm.send("s.upp\t")
	tm.expect(`s\.upper\(`)
	tm.send(")\r")
	tm.expect(`'ABC'`)

	// IPython's x? shows the doc.
	tm.send("time.sleep?\r")
	tm.expect(`sleep\(secs\)\r\nSuspend the calling thread`)
	tm.expect(`Ctrl-C interrupts it with KeyboardInterrupt\.\r\n`)
	tm.expect(`>>> `)

	// Ctrl-C interrupts a busy loop and a blocking sleep; globals survive.
	tm.send("g = 5\r")
	tm.send("while True: pass\r\r")
	tm.expect(`\.\.\. \r\n`) // the loop is running
	time.Sleep(100 * time.Millisecond)
	tm.send("\x03")
	t.Logf("Ctrl-C to KeyboardInterrupt, while True: pass: %v", tm.expect(`\r\nKeyboardInterrupt\r\n`))
	tm.expect(`>>> `)
	tm.send("time.sleep(100)\r")
	tm.expect(`time\.sleep\(100\)\r\n`)
	time.Sleep(100 * time.Millisecond)
	tm.send("\x03")
	t.Logf("Ctrl-C to KeyboardInterrupt, time.sleep(100): %v", tm.expect(`\r\nKeyboardInterrupt\r\n`))
	tm.expect(`>>> `)
	tm.send("g + 1\r")
	tm.expect(`\r\n6\r\n`)

	// input() reads a line through the line editor, with its prompt;
	// Ctrl-C interrupts it.
	tm.send("name = input('name? ')\r")
	tm.expect(`name\? `)
	tm.send("bob\r")
	tm.expect(`>>> `)
	tm.send("name\r")
	tm.expect(`\r\n'bob'\r\n`)
	tm.send("input('again? ')\r")
	tm.expect(`again\? `)
	tm.send("\x03")
	tm.expect(`\r\nKeyboardInterrupt\r\n`)
	tm.expect(`>>> `)

	// Ctrl-C at the prompt abandons the line.
	tm.send("this line is abandoned\x03")
	tm.expect(`>>> `)
	tm.send("print('session' + ' one')\r")
	tm.expect(`\r\nsession one\r\n`)

	// Ctrl-D leaves with status 0.
	tm.send("\x04")
	if err := tm.wait(); err != nil {
		t.Fatalf("exit after Ctrl-D: %v", err)
	}

	// History persists: a second session reaches the first one's lines
	// with Up and with Ctrl-R.
	tm2 := startTerm(t, history)
	tm2.send("\x1b[A")
	tm2.expect(`print\('session' \+ ' one'\)`)
	tm2.send("\r")
	tm2.expect(`\r\nsession one\r\n`)
	tm2.send("\x12doub")
	tm2.expect(`double\(21\)`)
	tm2.send("\r")
	// double was defined in the first session only.
	tm2.expect(`NameError: name 'double' is not defined`)
	tm2.send("exit()\r")
	if err := tm2.wait(); err != nil {
		t.Fatalf("exit(): %v", err)
	}
}

// A background thread prints while the user types: its lines land above
// the prompt, the prompt and the half-typed line are drawn again below
// them, and what was typed is evaluated intact.
func TestPTYBackgroundOutput(t *testing.T) {
	tm := startTerm(t, filepath.Join(t.TempDir(), "history"))
	tm.send("def tick(n):\r")
	tm.send("    for i in range(n):\r")
	tm.send("        print('tick %d' % i)\r")
	tm.send("        time.sleep(0.02)\r\r")
	tm.expect(`>>> `)
	tm.send("t = threading.Thread(target=tick, args=(30,))\r")
	tm.expect(`>>> `)
	tm.send("t.start()\r")
	for _, ch := range "value = 41" {
		tm.send(string(ch))
		time.Sleep(15 * time.Millisecond)
	}
	// No key is pressed now: only the console can redraw the line.
	tm.expect(`value = 41`)
	time.Sleep(60 * time.Millisecond)
	tm.expect(`tick \d+\r\n(\x1b\[[0-9;]*[A-Za-z]|\r)*>>> value = 41`)
	tm.send(" + 1\r")
	tm.expect(`tick 29\r\n`)
	tm.send("t.join()\r")
	tm.send("value\r")
	tm.expect(`\r\n42\r\n`)
	tm.send("\x04")
	if err := tm.wait(); err != nil {
		t.Fatalf("exit after Ctrl-D: %v", err)
	}
}

// port evaluates expr at the prompt and reads the int it prints.
func (tm *term) port(expr string) int {
	tm.t.Helper()
	tm.send(expr + "\r")
	tm.expect(regexp.QuoteMeta(expr) + `\r\n`)
	tm.mu.Lock()
	start := tm.seen
	tm.mu.Unlock()
	tm.expect(`\d+\r\n`)
	tm.mu.Lock()
	defer tm.mu.Unlock()
	m := regexp.MustCompile(`(\d+)\r\n`).FindSubmatch(tm.out.Bytes()[start:tm.seen])
	p, err := strconv.Atoi(string(m[1]))
	if err != nil {
		tm.t.Fatal(err)
	}
	return p
}

const ptyEchoHandler = "def handler(request, client_address, server):\r" +
	"    while True:\r" +
	"        buffer = request.recv(1000)\r" +
	"        print('Received {}'.format(buffer))\r" +
	"        if not buffer:\r" +
	"            break\r" +
	"        request.sendall(buffer)\r\r"

// A ThreadingTCPServer serves in a background thread while the user
// keeps typing: the handler's prints land above the prompt, globals are
// defined and reassigned, and shutdown() from the prompt stops it.
func TestPTYBackgroundServer(t *testing.T) {
	tm := startTerm(t, filepath.Join(t.TempDir(), "history"))
	tm.send(ptyEchoHandler)
	tm.expect(`>>> `)
	tm.send("server = socketserver.ThreadingTCPServer(('127.0.0.1', 0), handler)\r")
	tm.expect(`>>> `)
	port := tm.port("server.server_address[1]")
	tm.send("t = threading.Thread(target=server.serve_forever)\r")
	tm.send("t.start()\r")
	tm.expect(`>>> `)

	tm.mu.Lock()
	mark := tm.seen // the handler prints from here on, between the lines typed below
	tm.mu.Unlock()
	client := make(chan error, 1)
	go func() {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), 5*time.Second)
		if err != nil {
			client <- err
			return
		}
		defer c.Close()
		c.SetDeadline(time.Now().Add(10 * time.Second))
		for i := 0; i < 10; i++ {
			msg := fmt.Sprintf("line %d\n", i)
			c.Write([]byte(msg))
			buf := make([]byte, len(msg))
			if _, err := io.ReadFull(c, buf); err != nil || string(buf) != msg {
				client <- fmt.Errorf("echo %d: %q, %v", i, buf, err)
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
		client <- nil
	}()
	for _, line := range []string{"x = 1", "def f(): return x * 2", "x = 21"} {
		for _, ch := range line {
			tm.send(string(ch))
			time.Sleep(5 * time.Millisecond)
		}
		tm.send("\r")
	}
	tm.send("f()\r")
	tm.expect(`\r\n42\r\n`)
	if err := <-client; err != nil {
		t.Fatal(err)
	}
	// The handler's last print may land before or after the 42: look for
	// it in all that was printed since the client started.
	tm.mu.Lock()
	tm.seen = mark
	tm.mu.Unlock()
	tm.expect(`Received b['"]line 9\\n['"]\r\n`)
	tm.send("server.shutdown()\r")
	tm.expect(`>>> `)
	tm.send("t.join(); server.server_close(); print('stopped', t.is_alive())\r")
	tm.expect(`stopped False\r\n`)
	tm.send("\x04")
	if err := tm.wait(); err != nil {
		t.Fatalf("exit: %v", err)
	}
}

// Ctrl-C ends a foreground serve_forever(); the session goes on; as in
// Python the port stays in use until server_close(); a second server on
// another port works.
func TestPTYServeForeverCtrlC(t *testing.T) {
	tm := startTerm(t, filepath.Join(t.TempDir(), "history"))
	tm.send(ptyEchoHandler)
	tm.expect(`>>> `)
	tm.send("server = socketserver.TCPServer(('127.0.0.1', 0), handler)\r")
	tm.expect(`>>> `)
	port := tm.port("server.server_address[1]")
	tm.send("server.serve_forever()\r")
	tm.expect(`serve_forever\(\)\r\n`)
	time.Sleep(100 * time.Millisecond)
	tm.send("\x03")
	t.Logf("Ctrl-C to KeyboardInterrupt, serve_forever(): %v", tm.expect(`\r\nKeyboardInterrupt\r\n`))
	tm.expect(`>>> `)
	tm.send(fmt.Sprintf("catch(socketserver.TCPServer, ('127.0.0.1', %d), handler).error\r", port))
	tm.expect(`Address already in use`)
	tm.send("s2 = socketserver.TCPServer(('127.0.0.1', 0), handler)\r")
	tm.expect(`>>> `)
	port2 := tm.port("s2.server_address[1]")
	tm.send("t2 = threading.Thread(target=s2.serve_forever); t2.start()\r")
	tm.expect(`>>> `)
	c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port2), 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	c.SetDeadline(time.Now().Add(10 * time.Second))
	c.Write([]byte("second\n"))
	buf := make([]byte, 7)
	if _, err := io.ReadFull(c, buf); err != nil || string(buf) != "second\n" {
		t.Fatalf("second server: %q, %v", buf, err)
	}
	c.Close()
	tm.expect(`Received b'second\\n'`)
	tm.send("s2.shutdown(); s2.server_close(); server.server_close()\r")
	tm.expect(`>>> `)
	tm.send("exit()\r")
	if err := tm.wait(); err != nil {
		t.Fatalf("exit: %v", err)
	}
}

// Ctrl-D typed while a chunk runs (the terminal in cooked mode, so the
// kernel reports end of input rather than a ^D key) leaves netrepl once
// the chunk ends, instead of hanging in the line editor's Close.
func TestPTYCtrlDDuringEvaluation(t *testing.T) {
	tm := startTerm(t, filepath.Join(t.TempDir(), "history"))
	tm.send("time.sleep(0.3)\r")
	tm.expect(`time\.sleep\(0\.3\)\r\n`)
	tm.send("\x04")
	if err := tm.wait(); err != nil {
		t.Fatalf("exit after Ctrl-D during evaluation: %v", err)
	}
}
