package socket_test

import (
	"strings"
	"testing"
)

// The buffer rules (issue 12), each against a python3 peer sending in
// awkward pieces.

func peerRun(t *testing.T, peer, script string) string {
	t.Helper()
	port, wait := pyPeer(t, serverPeer+peer)
	out := mustRun(t, "import sys\nc = connect('127.0.0.1', int(sys.argv[1]))\n"+script, port)
	if rest := wait(); rest != "" {
		out += "peer: " + rest
	}
	return out
}

func expect(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("output:\n%s\nwant:\n%s", got, want)
	}
}

func TestOneByteAtATime(t *testing.T) {
	out := peerRun(t, `send(b"220 hello\r\nUSER ok\r\n250-a\r\n250 b\r\nxyz12345+end")`, `
c.newline = b"\r\n"
print(c.recvline())
print(c.recvline(keepends=False))
print(c.recvuntil([b"250 ", b"nothing"]))
print(c.recvuntil(b"\r\n", drop=True))
print(c.recvn(3))
print(c.recvregex(rb"\d+[+]"))
print(c.recvall())
`)
	expect(t, out, `b'220 hello\r\n'
b'USER ok'
b'250-a\r\n250 '
b'b'
b'xyz'
b'12345+'
b'end'
`)
}

func TestDelimiterSplitAcrossPackets(t *testing.T) {
	out := peerRun(t, `
c.sendall(b"abc\r"); time.sleep(0.1)
c.sendall(b"\ndef\r"); time.sleep(0.1)
c.sendall(b"\n")
c.sendall(b"END"); time.sleep(0.05); c.sendall(b"MARK tail")
c.recv(10)`, `
print(c.recvuntil(b"\r\n"))
print(c.recvuntil(b"\r\n", drop=True))
print(c.recvuntil(b"ENDMARK"))
c.sendall(b"x")
print(c.recv(100))
`)
	expect(t, out, "b'abc\\r\\n'\nb'def'\nb'ENDMARK'\nb' tail'\n")
}

// EOF before the delimiter: EOFError, and the partial bytes are the next
// recv's.
func TestEOFMidLine(t *testing.T) {
	out := peerRun(t, `send(b"first\npartial"); c.close()`, `
print(c.recvline())
r = catch(c.recvline)
print(r.error.type, r.error.message)
r = catch(c.recvn, 100)
print(r.error.type, r.error.message)
print(c.recv(100))
print(c.recv(100))
r = catch(c.recvuntil, b"x")
print(r.error.type)
`)
	expect(t, out, `b'first\n'
EOFError connection closed before the delimiter b'\n' (7 bytes kept in the buffer)
EOFError connection closed after 7 of 100 bytes (kept in the buffer)
b'partial'
b''
EOFError
`)
}

// A timeout mid-line is TimeoutError and keeps the bytes; the rest of
// the line arriving later completes it. And the timeout bounds the whole
// call: a peer trickling a byte every 20 ms never lets a per-recv
// timeout of 0.3 s fire, but recvline(timeout=0.3) ends near 0.3 s.
func TestTimeoutMidLine(t *testing.T) {
	out := peerRun(t, `
send(b"hal"); time.sleep(0.6); send(b"f\n")
c.recv(1)
send(b"." * 60, pause=0.02)
send(b"\n")`, `
import time
r = catch(c.recvline, timeout=0.2)
print(r.error.type, r.error.message)
print(c.recvline())
c.sendall(b"go")
c.settimeout(0.3)
t0 = time.monotonic()
r = catch(c.recvline)
took = time.monotonic() - t0
print(r.error.type, 0.25 < took < 0.9)
c.settimeout(None)
line = c.recvline()
print(len(line), line[-1:])
`)
	expect(t, out, "TimeoutError timed out\nb'half\\n'\nTimeoutError True\n61 b'\\n'\n")
}

// recv, recv_into, makefile reads and the helpers share one buffer:
// interleaved in every way, they give back the stream byte for byte.
func TestMixedReadsLoseNothing(t *testing.T) {
	var want strings.Builder
	for i := 0; i < 200; i++ {
		want.WriteString("line ")
		want.WriteString(strings.Repeat("x", i%17))
		want.WriteString("\n")
	}
	out := peerRun(t, `
data = b"".join(b"line " + b"x" * (i % 17) + b"\n" for i in range(200))
send(data, pause=0.0005, step=7)
c.close()`, `
f = c.makefile("rb")
buf = bytearray(5)
got = []
i = 0
while True:
    k = i % 7
    if k == 0:
        d = c.recv(3)
    elif k == 1:
        d = f.readline()
    elif k == 2:
        r = catch(c.recvline)
        d = r.value if r.ok else c.recv(1000)
    elif k == 3:
        n = c.recv_into(buf)
        d = bytes(buf[:n])
    elif k == 4:
        d = f.read(4)
    elif k == 5:
        r = catch(c.recvuntil, b"xx")
        d = r.value if r.ok else c.recv(1000)
        if d[-2:] == b"xx":
            c.unrecv(b"x")
            d = d[:-1]
    else:
        d = c.recv(1000)
    if d == b"" and k in (0, 3, 6):
        break
    got.append(d)
    i += 1
print(b"".join(got).decode())
`)
	expect(t, out, want.String()+"\n")
}

func TestSendHelpersAndClean(t *testing.T) {
	out := peerRun(t, `
send(b"login: ", step=3)
line = b""
while not line.endswith(b"\r\n"):
    line += c.recv(100)
send(b"password: ", step=4)
pw = b""
while not pw.endswith(b"\r\n"):
    pw += c.recv(100)
c.sendall(b"got " + line.strip() + b" and " + pw.strip() + b"\r\n")
time.sleep(0.1)
send(b"noise", step=2, pause=0.01)
c.recv(10)
c.sendall(b"bye\n")
c.shutdown(socket.SHUT_WR)
c.recv(10)`, `
c.newline = "\r\n"
print(c.sendafter(b"login: ", b"alice\r\n"))
print(c.sendlineafter(": ", "s3cret"))
print(c.recvline())
import time
time.sleep(0.3)
print(c.clean(timeout=0.2))
print(c.clean())
c.sendline(b"done")
print(c.recvall())
c.unrecv(b"back")
print(c.recv(10), c.recv(10))
`)
	expect(t, out, "b'login: '\nb'password: '\nb'got alice and s3cret\\r\\n'\nb'noise'\nb''\nb'bye\\n'\nb'back' b''\n")
}

// recv with MSG_PEEK looks at the buffer without taking.
func TestPeekAndSelectOnBuffer(t *testing.T) {
	out := peerRun(t, `c.sendall(b"one\ntwo\n"); c.recv(1)`, `
import select
print(c.recvline())
print(c.recv(2, socket.MSG_PEEK), c.recv(10))
r, w, x = select.select([c], [], [], 0.2)
print(r == [c])
c.unrecv(b"again")
r, w, x = select.select([c], [c], [c], 5)
print(r == [c], w == [c], x)
print(c.recv(10))
c.sendall(b"!")
`)
	expect(t, out, "b'one\\n'\nb'tw' b'two\\n'\nFalse\nTrue True []\nb'again'\n")
}

// On UDP the helpers read across datagrams (an empty one is no EOF), and
// recvfrom returns a datagram whole once the buffer is empty.
func TestUDPHelpers(t *testing.T) {
	out := mustRun(t, `
u = udp(("127.0.0.1", 0))
v = udp()
for d in [b"one\ntw", b"o\n", b"", b"three\n", b"four"]:
    v.sendto(d, u.getsockname())
print(u.recvline(), u.recvline())
data, addr = u.recvfrom(100)
print(data, addr[1] == v.getsockname()[1])
print(u.recvuntil(b"e\n"))
print(catch(u.recvline, timeout=0.1).error.type, u.recv(10))
`)
	expect(t, out, "b'one\\n' b'two\\n'\nb'' True\nb'three\\n'\nTimeoutError b'four'\n")
}
