package socket_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"netrepl/builtins/pyerr"
)

// serve runs a server script (argv[1] its port) until the python3
// clients are done, then cancels it as Ctrl-C does: it must stop with
// KeyboardInterrupt, promptly.
func serve(t *testing.T, server, clients string, args ...string) {
	t.Helper()
	port := strconv.Itoa(freePort(t, "tcp", "127.0.0.1:0"))
	s := newScript(port)
	defer s.sess.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.exec(ctx, server) }()
	first, wait := pyPeer(t, clients, append([]string{port}, args...)...)
	if first != "start" {
		t.Fatalf("clients: %s", first)
	}
	rest := wait()
	if strings.TrimSpace(rest) != "errors []" {
		t.Errorf("clients: %s", rest)
	}
	select {
	case err := <-done:
		t.Fatalf("server ended before Ctrl-C: %s\n%s", describe(err), s.stderr.String())
	default:
	}
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if pe := pyerr.Classify(err); pe.Type != "KeyboardInterrupt" {
			t.Errorf("server stopped with %s, want KeyboardInterrupt", describe(err))
		}
		t.Logf("server stopped %v after Ctrl-C", time.Since(start))
	case <-time.After(5 * time.Second):
		t.Fatal("server still running 5 s after Ctrl-C")
	}
}

// pyClients is the start of the python3 clients: connect() retries
// until the server listens.
const pyClients = `
import socket, sys, threading, time
port, N = int(sys.argv[1]), int(sys.argv[2])
print("start")
errors = []
def connect():
    for _ in range(250):
        try:
            return socket.create_connection(("127.0.0.1", port))
        except ConnectionRefusedError:
            time.sleep(0.02)
    raise RuntimeError("no server")
def run_all(client):
    ts = [threading.Thread(target=client, args=(i,)) for i in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("errors", errors[:5])
`

// The chat server of the socket tutorials: select over the listening
// socket and every client, a line from one client goes to all others.
// 50 python3 clients each send 20 lines and must each receive the other
// 49's 980 lines, every sender's in order.
func TestSelectChatServer(t *testing.T) {
	serve(t, `
import select, socket, sys
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", int(sys.argv[1])))
server.listen(128)
sockets = [server]
buffers = {}

def broadcast(sender, line):
    for s in sockets:
        if s is not server and s is not sender:
            s.sendall(line)

def remove(s):
    sockets.remove(s)
    buffers.pop(s)
    s.close()

while True:
    readable, _, errored = select.select(sockets, [], sockets)
    for s in errored:
        remove(s)
    for s in readable:
        if s is server:
            conn, addr = server.accept()
            sockets.append(conn)
            buffers[conn] = b""
            conn.sendall(b"welcome\n")
            continue
        if s not in buffers:
            continue
        data = s.recv(4096)
        if not data:
            remove(s)
            continue
        buffers[s] += data
        while b"\n" in buffers[s]:
            line, rest = buffers[s].split(b"\n", 1)
            buffers[s] = rest
            broadcast(s, line + b"\n")
`, pyClients+`
M = 20
barrier = threading.Barrier(N)
def client(i):
    try:
        c = connect()
        c.settimeout(30)
        f = c.makefile("rb")
        assert f.readline() == b"welcome\n"
        barrier.wait()
        for j in range(M):
            c.sendall(b"c%d m%d\n" % (i, j))
        seen = {}
        for _ in range((N - 1) * M):
            line = f.readline()
            s, m = line.split()
            k, n = int(s[1:]), int(m[1:])
            if k == i or seen.get(k, -1) != n - 1:
                errors.append((i, line))
            seen[k] = n
        c.close()
    except Exception as e:
        errors.append((i, repr(e)))
        barrier.abort()
run_all(client)
`, "50")
}

// The selectors echo server of Python's selectors documentation, with
// functions as the callbacks: 200 python3 clients each send 10 KB in
// pieces and must get every byte back.
func TestSelectorsEchoServer(t *testing.T) {
	serve(t, `
import selectors, socket, sys
sel = selectors.DefaultSelector()

def accept(sock, mask):
    conn, addr = sock.accept()
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, read)

def read(conn, mask):
    data = conn.recv(1000)
    if data:
        conn.setblocking(True)
        conn.sendall(data)
        conn.setblocking(False)
    else:
        sel.unregister(conn)
        conn.close()

sock = socket.socket()
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sock.bind(("127.0.0.1", int(sys.argv[1])))
sock.listen(256)
sock.setblocking(False)
sel.register(sock, selectors.EVENT_READ, accept)
while True:
    events = sel.select()
    for key, mask in events:
        callback = key.data
        callback(key.fileobj, mask)
`, pyClients+`
def client(i):
    try:
        c = connect()
        c.settimeout(30)
        msg = (b"%d:" % i) * 2000
        msg = msg[:10000]
        for k in range(0, len(msg), 2500):
            c.sendall(msg[k:k+2500])
        c.shutdown(socket.SHUT_WR)
        got = b""
        while True:
            d = c.recv(65536)
            if not d:
                break
            got += d
        if got != msg:
            errors.append((i, len(got)))
        c.close()
    except Exception as e:
        errors.append((i, repr(e)))
run_all(client)
`, "200")
}

// Non-blocking sockets: a call that would wait is BlockingIOError
// [Errno 11], as in Python; select and selectors say when to call again.
func TestNonBlocking(t *testing.T) {
	out := mustRun(t, `
import select, selectors
srv = listen(0)
srv.setblocking(False)
r = catch(srv.accept)
print(r.error.type, r.error.message)
c = connect("127.0.0.1", srv.getsockname()[1])
print(select.select([srv], [], [], 5)[0] == [srv])
a, addr = srv.accept()
a.setblocking(False)
r = catch(a.recv, 10)
print(r.error.type, r.error.errno, r.error.message)
r = catch(a.recvline)
print(r.error.type)
sel = selectors.DefaultSelector()
key = sel.register(a, selectors.EVENT_READ | selectors.EVENT_WRITE, "data")
print(key.fd == a.fileno(), key.events, key.data, key.fileobj is a)
print([(k.data, m) for k, m in sel.select(0)])
c.sendall(b"hello\nwor")
print(sorted([m for k, m in sel.select(5)]))
print(a.recvline())
r = catch(a.recvline)
print(r.error.type, a.recv(10))
sel.modify(a, selectors.EVENT_READ, "r")
print(sel.select(0.05))
print(len(sel.get_map()), sel.get_key(a).data)
c.setblocking(False)
sent = 0
for i in range(100000):
    r = catch(c.send, b"x" * 65536)
    if not r.ok:
        break
    sent += r.value
print(r.error.type, r.error.errno, sent > 0)
print(select.select([], [c], [], 0)[1])
sel.unregister(a)
print(catch(sel.get_key, a).error.type)
sel.close()
with selectors.DefaultSelector() as s2:
    s2.register(srv, selectors.EVENT_READ)
print(catch(s2.select, 0).error.type)
print(catch(select.select, [1 << 40], [], []).error.type, catch(select.select, [-1], [], []).error.message)
print(catch(select.select, [[]], [], []).error.message)
print(catch(select.select, [], [], [], -1).error.message)
print(select.select([], [], [], 0.01))
server = socketserver.TCPServer(("127.0.0.1", 0), lambda r, a, s: None)
print(select.select([server], [], [], 0))
x = connect("127.0.0.1", server.server_address[1])
print(select.select([server], [], [], 5)[0] == [server])
p, q = socket.socketpair()
f = p.makefile("rb")
print(select.select([f, p.fileno()], [], [], 0)[0])
q.sendall(b"ab\ncd")
print(f.readline(), select.select([f, p.fileno()], [], [], 0)[0] == [f])  # a bare descriptor knows no buffer
print(p.recv(1), select.select([f], [], [], 0)[0] == [f], f.read(1))
print(select.select([f], [], [], 0)[0])
server.server_close()
`)
	expect(t, out, `BlockingIOError [Errno 11] Resource temporarily unavailable
True
BlockingIOError 11 [Errno 11] Resource temporarily unavailable
BlockingIOError
True 3 data True
[('data', 2)]
[3]
b'hello\n'
BlockingIOError b'wor'
[]
1 r
BlockingIOError 11 True
[]
KeyError
ValueError
OverflowError file descriptor cannot be a negative integer (-1)
argument must be an int, or have a fileno() method.
timeout must be non-negative
([], [], [])
([], [], [])
True
[]
b'ab\n' True
b'c' True b'd'
[]
`)
}
