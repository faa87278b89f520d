package socket_test

import (
	"os/exec"
	"strings"
	"testing"
)

// makefileCases runs as Python in both python3 and netrepl: the file
// objects of every mode and newline over the same bytes must read and
// write the same values.
const makefileCases = `
import socket
def case(mode, nl, data):
    a, b = socket.socketpair()
    b.sendall(data)
    b.shutdown(socket.SHUT_WR)
    if "b" in mode:
        f = a.makefile(mode)
    else:
        f = a.makefile(mode, encoding="utf-8", newline=nl)
    out = [f.readline(), f.readline(3), f.read(4), f.readline(), f.readline(0)]
    for line in f:
        out.append(line)
    out.append(f.read())
    out.append(f.readline())
    f.close()
    out.append(f.closed)
    a.close()
    b.close()
    return repr(out)

def write(mode, nl, items):
    a, b = socket.socketpair()
    if "b" in mode:
        f = a.makefile(mode)
    else:
        f = a.makefile(mode, encoding="utf-8", newline=nl)
    n = [f.write(x) for x in items]
    f.flush()
    with f:
        pass
    a.close()
    got = b""
    while True:
        d = b.recv(100)
        if not d:
            break
        got += d
    b.close()
    return repr((n, got))

datas = [b"a\r\nb\rc\nd\r\n\r\nlast", "h\u00e9llo\nw\u00f6rld\r\ny\u00ebs\r".encode(), b"\n\n\r\r\n", b"no newline at all"]
for mode, nl in [("rb", None), ("r", None), ("r", ""), ("r", "\n"), ("r", "\r\n"), ("r", "\r")]:
    for data in datas:
        print(mode, repr(nl), case(mode, nl, data))
for mode, nl in [("wb", None), ("w", None), ("w", ""), ("w", "\r\n"), ("w", "\r")]:
    items = [b"one\n", b"two\r\n"] if mode == "wb" else ["one\n", "tw\u00f6\r\n", "x"]
    print(mode, repr(nl), write(mode, nl, items))
`

func TestMakefileAsCPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: it gives the expected values")
	}
	want, err := exec.Command(py, "-c", makefileCases).CombinedOutput()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, want)
	}
	got := mustRun(t, makefileCases)
	wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
	for i := range max(len(wl), len(gl)) {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			t.Errorf("line %d:\n got  %s\n want %s", i+1, g, w)
		}
	}
}

// A thread looping over a file's lines gives up the interpreter lock
// while it waits: the main thread, which sends the lines, runs meanwhile.
func TestLineLoopInThread(t *testing.T) {
	out := mustRun(t, `
import threading, time
a, b = socket.socketpair()
got = []
def reader():
    with b.makefile("r", encoding="utf-8") as f:
        for line in f:
            got.append(line.strip())
t = threading.Thread(target=reader)
t.start()
for i in range(50):
    a.sendall(b"line %d\n" % i)
    time.sleep(0.001)
a.close()
t.join()
print(len(got), got[0], got[-1])
b.close()
print(b.fileno())
`)
	expect(t, out, "50 line 0 line 49\n-1\n")
}

// close() of a socket with an open file waits for the file, as Python's.
func TestCloseWaitsForFiles(t *testing.T) {
	out := mustRun(t, `
a, b = socket.socketpair()
f = b.makefile("rwb")
b.close()
a.sendall(b"still open\n")
print(f.readline(), b.fileno() >= 0)
f.write(b"reply\n")
f.close()
print(a.recv(100), b.fileno())
print(catch(f.readline).error.message, catch(b.makefile).error.type)
`)
	expect(t, out, "b'still open\\n' True\nb'reply\\n' -1\nreadline of closed file OSError\n")
}

// A line loop's read error (here the socket's timeout) is the loop's
// error, catchable, and the partial line stays buffered.
func TestLineLoopError(t *testing.T) {
	out := mustRun(t, `
a, b = socket.socketpair()
b.sendall(b"one\ntwo\nthr")
a.settimeout(0.1)
lines = []
try:
    for line in a.makefile("rb"):
        lines.append(line)
except TimeoutError as e:
    print("timeout", lines)
print(a.recv(10))
a.close()
`)
	expect(t, out, "timeout [b'one\\n', b'two\\n']\nb'thr'\n")
}
