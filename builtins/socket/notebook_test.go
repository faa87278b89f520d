package socket_test

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/miekg/dns"

	"netrepl/internal/startest"
)

// The notebook's cells, typed as a user would type them into netrepl,
// against local stand-ins for the notebook's peers.

// Acceptance 1: the HTTP cells, against net/http answering the notebook's
// 301 byte for byte (the handler checks the request, then writes the
// recorded answer on the hijacked connection).
func TestNotebookHTTP(t *testing.T) {
	if len(startest.NotebookResponse) != 560 {
		t.Fatalf("stand-in response is %d bytes, the notebook's was 560", len(startest.NotebookResponse))
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != "GET" || r.URL.Path != "/" || r.Host != "www.cnn.com" || r.UserAgent() != "Advanced-Python/1.0" || r.Header.Get("Accept") != "*/*" {
			http.Error(w, fmt.Sprintf("unexpected request %s %s %v", r.Method, r.URL, r.Header), http.StatusBadRequest)
			return
		}
		conn, buf, err := http.NewResponseController(w).Hijack()
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close()
		buf.WriteString(startest.NotebookResponse)
		buf.Flush()
	}))
	defer srv.Close()
	host, port, _ := net.SplitHostPort(srv.Listener.Addr().String())

	out := mustRun(t, `
host, port = sys.argv[1], int(sys.argv[2])
# sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock = socket.socket()
sock.connect((host, port))
http_req = '''GET / HTTP/1.1
Host: www.cnn.com
User-Agent: Advanced-Python/1.0
Accept: */*

'''
sock.sendall(http_req.encode())
response = sock.recv(1024)
sock.close()
print(len(response))
print(response.decode('utf8'))
`, host, port)
	want := "560\n" + startest.NotebookResponse + "\n"
	if out != want {
		t.Errorf("output:\n%q\nwant:\n%q", out, want)
	}
}

// Acceptance 2: the DNS cells, against miekg/dns serving example.com on
// loopback. The reply is the notebook's, byte for byte.
func TestNotebookDNS(t *testing.T) {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	srv := &dns.Server{PacketConn: pc, NotifyStartedFunc: func() { close(started) },
		Handler: dns.HandlerFunc(func(w dns.ResponseWriter, req *dns.Msg) {
			m := new(dns.Msg)
			m.SetReply(req)
			m.RecursionAvailable = true
			m.Compress = true
			if q := req.Question[0]; q.Name == "example.com." && q.Qtype == dns.TypeA {
				m.Answer = append(m.Answer, &dns.A{
					Hdr: dns.RR_Header{Name: q.Name, Rrtype: dns.TypeA, Class: dns.ClassINET, Ttl: 20929},
					A:   net.IPv4(93, 184, 216, 34),
				})
			} else {
				m.Rcode = dns.RcodeNameError
			}
			w.WriteMsg(m)
		})}
	go srv.ActivateAndServe()
	defer srv.Shutdown()
	<-started
	port := pc.LocalAddr().(*net.UDPAddr).Port

	out := mustRun(t, `
sock = socket.socket(type=socket.SOCK_DGRAM)
msg = '''
AA AA 01 00 00 01 00 00 00 00 00 00
07 65 78 61 6d 70 6c 65 03 63 6f 6d 
00 00 01 00 01
'''
msg = ''.join(msg.split()).encode('utf-8')
print(repr(msg))
b_msg = binascii.unhexlify(msg)
print(b_msg == b'\xaa\xaa\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x07example\x03com\x00\x00\x01\x00\x01')
sock.settimeout(5)
sock.sendto(b_msg, ('127.0.0.1', int(sys.argv[1])))
reply, addr = sock.recvfrom(4096)
print(reply == b'\xaa\xaa\x81\x80\x00\x01\x00\x01\x00\x00\x00\x00\x07example\x03com\x00\x00\x01\x00\x01\xc0\x0c\x00\x01\x00\x01\x00\x00Q\xc1\x00\x04]\xb8\xd8"')
print(addr == ('127.0.0.1', int(sys.argv[1])))
print(socket.inet_ntoa(reply[-4:]))
`, fmt.Sprint(port))
	want := `b'AAAA01000001000000000000076578616d706c6503636f6d0000010001'
True
True
True
93.184.216.34
`
	if out != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
}

// echoCell is the notebook's first echo server, for any family: @ADDR@ is
// the address to bind, @FAMILY@ the socket's family.
const echoCell = `
def echo_server(addr):
    srv = socket.socket(@FAMILY@)
    if @FAMILY@ != socket.AF_UNIX:
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(addr)
    srv.listen(0)
    print('Waiting for connections on {}'.format(addr))
    peer_sock, peer_addr = srv.accept()
    print('got connection')
    buffer = peer_sock.recv(1000)
    print('Received "{}"'.format(buffer))
    peer_sock.sendall(buffer)
    peer_sock.close()
    srv.close()

echo_server(@ADDR@)
`

// Acceptance 3: the echo server cell over IPv4, IPv6 and AF_UNIX, with a
// Go client.
func TestNotebookEchoServer(t *testing.T) {
	p4 := freePort(t, "tcp4", "127.0.0.1:0")
	p6 := freePort(t, "tcp6", "[::1]:0")
	sock := filepath.Join(t.TempDir(), "echo.sock")
	for _, tc := range []struct {
		name, family, addr, shown, network, dial string
	}{
		{"ipv4", "socket.AF_INET", fmt.Sprintf("('localhost', %d)", p4), fmt.Sprintf(`('localhost', %d)`, p4), "tcp", fmt.Sprintf("127.0.0.1:%d", p4)},
		{"ipv6", "socket.AF_INET6", fmt.Sprintf("('::1', %d)", p6), fmt.Sprintf(`('::1', %d)`, p6), "tcp", fmt.Sprintf("[::1]:%d", p6)},
		{"unix", "socket.AF_UNIX", fmt.Sprintf("%q", sock), sock, "unix", sock},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.NewReplacer("@FAMILY@", tc.family, "@ADDR@", tc.addr).Replace(echoCell)
			done := make(chan string, 1)
			go func() {
				out, _, err := run(t, src)
				if err != nil {
					out += "error: " + describe(err)
				}
				done <- out
			}()
			c := dialRetry(t, tc.network, tc.dial)
			defer c.Close()
			c.SetDeadline(time.Now().Add(5 * time.Second))
			fmt.Fprint(c, "hello\n")
			line, err := bufio.NewReader(c).ReadString('\n')
			if err != nil || line != "hello\n" {
				t.Errorf("echo: %q, %v", line, err)
			}
			out := <-done
			want := fmt.Sprintf("Waiting for connections on %s\ngot connection\nReceived \"b'hello\\n'\"\n", tc.shown)
			if out != want {
				t.Errorf("output:\n%s\nwant:\n%s", out, want)
			}
		})
	}
}

// Acceptance 3: a UDP echo server (bind, recvfrom, sendto), with a Go client.
func TestUDPEchoServer(t *testing.T) {
	pc, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := pc.LocalAddr().(*net.UDPAddr).Port
	pc.Close()
	done := make(chan string, 1)
	go func() {
		out, _, err := run(t, fmt.Sprintf(`
srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind(('127.0.0.1', %d))
for i in range(3):
    data, addr = srv.recvfrom(1024)
    srv.sendto(data, addr)
print("served", i + 1)
`, port))
		if err != nil {
			out += "error: " + describe(err)
		}
		done <- out
	}()
	c, err := net.Dial("udp4", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	buf := make([]byte, 100)
	deadline := time.Now().Add(5 * time.Second)
	for i := 0; i < 3; {
		msg := fmt.Sprintf("ping %d", i)
		c.Write([]byte(msg))
		// The script may not be bound yet: resend until it answers.
		c.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
		n, err := c.Read(buf)
		if err != nil {
			if time.Now().After(deadline) {
				t.Fatal(err)
			}
			continue
		}
		if string(buf[:n]) != msg {
			t.Errorf("echo %q, want %q", buf[:n], msg)
		}
		i++
	}
	if out := <-done; out != "served 3\n" {
		t.Errorf("output %q", out)
	}
}
