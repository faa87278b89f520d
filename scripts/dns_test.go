package scripts_test

import (
	"bytes"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/miekg/dns"
)

// exchange asks the server at addr one question with miekg/dns's client.
func exchange(t *testing.T, addr, name string, qtype uint16) *dns.Msg {
	t.Helper()
	m := new(dns.Msg)
	m.SetQuestion(dns.Fqdn(name), qtype)
	c := &dns.Client{Net: "udp", Timeout: 2 * time.Second}
	r, _, err := c.Exchange(m, addr)
	if err != nil {
		t.Fatalf("%s %s @%s: %v", name, dns.TypeToString[qtype], addr, err)
	}
	if r.Id != m.Id || !r.Response || !r.Authoritative {
		t.Errorf("%s: reply header %+v", name, r.MsgHdr)
	}
	return r
}

func rrStrings(rrs []dns.RR) []string {
	var out []string
	for _, rr := range rrs {
		out = append(out, strings.ReplaceAll(rr.String(), "\t", " "))
	}
	return out
}

func TestDNSServerAnswersMiekgClient(t *testing.T) {
	addrs, _ := serve(t, "servers/dns_server.star", 1, "0")
	addr := addrs["dns_server"]
	cases := []struct {
		name  string
		qtype uint16
		rcode int
		want  []string
	}{
		{"example.com", dns.TypeA, dns.RcodeSuccess, []string{"example.com. 3600 IN A 93.184.216.34"}},
		{"EXAMPLE.com", dns.TypeA, dns.RcodeSuccess, []string{"EXAMPLE.com. 3600 IN A 93.184.216.34"}},
		{"example.com", dns.TypeAAAA, dns.RcodeSuccess, []string{"example.com. 3600 IN AAAA 2606:2800:220:1:248:1893:25c8:1946"}},
		{"example.com", dns.TypeMX, dns.RcodeSuccess, []string{"example.com. 3600 IN MX 10 mail.example.com."}},
		{"www.example.com", dns.TypeA, dns.RcodeSuccess, []string{
			"www.example.com. 3600 IN CNAME example.com.",
			"example.com. 3600 IN A 93.184.216.34",
		}},
		{"www.example.com", dns.TypeCNAME, dns.RcodeSuccess, []string{"www.example.com. 3600 IN CNAME example.com."}},
		{"mail.example.com", dns.TypeAAAA, dns.RcodeSuccess, nil}, // NODATA
		{"nope.example.com", dns.TypeA, dns.RcodeNameError, nil},
		{"example.org", dns.TypeA, dns.RcodeNameError, nil},
	}
	for _, c := range cases {
		r := exchange(t, addr, c.name, c.qtype)
		if r.Rcode != c.rcode {
			t.Errorf("%s %s: rcode %s, want %s", c.name, dns.TypeToString[c.qtype], dns.RcodeToString[r.Rcode], dns.RcodeToString[c.rcode])
		}
		if got := rrStrings(r.Answer); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s %s: answers\n%q\nwant\n%q", c.name, dns.TypeToString[c.qtype], got, c.want)
		}
		if len(r.Question) != 1 || r.Question[0].Name != dns.Fqdn(c.name) {
			t.Errorf("%s: question not echoed: %v", c.name, r.Question)
		}
	}
}

// rawExchange sends b and returns the reply, or nil after wait.
func rawExchange(t *testing.T, addr string, b []byte, wait time.Duration) []byte {
	t.Helper()
	c, err := net.Dial("udp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Write(b); err != nil {
		t.Fatal(err)
	}
	c.SetReadDeadline(time.Now().Add(wait))
	buf := make([]byte, 4096)
	n, err := c.Read(buf)
	if err != nil {
		return nil
	}
	return buf[:n]
}

func TestDNSServerSurvivesGarbage(t *testing.T) {
	addrs, _ := serve(t, "servers/dns_server.star", 1, "0")
	addr := addrs["dns_server"]

	// The notebook's query: the answer uses a pointer to the question's
	// name (0xc00c), as 8.8.8.8's did.
	q := []byte("\xaa\xaa\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x07example\x03com\x00\x00\x01\x00\x01")
	r := rawExchange(t, addr, q, 2*time.Second)
	want := append([]byte("\xaa\xaa\x85\x00\x00\x01\x00\x01\x00\x00\x00\x00"), q[12:]...)
	want = append(want, "\xc0\x0c\x00\x01\x00\x01\x00\x00\x0e\x10\x00\x04\x5d\xb8\xd8\x22"...)
	if !bytes.Equal(r, want) {
		t.Errorf("notebook query: reply\n% x\nwant\n% x", r, want)
	}

	garbage := []struct {
		name  string
		b     []byte
		reply bool // a FORMERR (or NOTIMP) is due; else silence
		rcode int
	}{
		{"short", []byte("garbage!"), false, 0},
		{"empty", []byte{}, false, 0},
		{"truncated question", []byte("\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x07exa"), true, dns.RcodeFormatError},
		{"two questions", append([]byte("\x12\x35\x01\x00\x00\x02\x00\x00\x00\x00\x00\x00"), q[12:]...), true, dns.RcodeFormatError},
		{"pointer loop", []byte("\x12\x36\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\xc0\x0c\x00\x01\x00\x01"), true, dns.RcodeFormatError},
		{"label type 01", []byte("\x12\x37\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x41\x00\x00\x01\x00\x01"), true, dns.RcodeFormatError},
		{"status opcode", []byte("\x12\x38\x11\x00\x00\x00\x00\x00\x00\x00\x00\x00"), true, dns.RcodeNotImplemented},
		{"a response", []byte("\x12\x39\x81\x80\x00\x00\x00\x00\x00\x00\x00\x00"), false, 0},
		{"random, opcode 7", bytes.Repeat([]byte{0xc0, 0xff, 0x3f, 0x00}, 200), true, dns.RcodeNotImplemented},
		{"random question", append([]byte("\x12\x3a\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00"), bytes.Repeat([]byte{0x3f, 0xc1, 0x7e}, 100)...), true, dns.RcodeFormatError},
	}
	for _, g := range garbage {
		wait := 2 * time.Second
		if !g.reply {
			wait = 200 * time.Millisecond
		}
		r := rawExchange(t, addr, g.b, wait)
		switch {
		case !g.reply && r != nil:
			t.Errorf("%s: want no reply, got % x", g.name, r)
		case g.reply && r == nil:
			t.Errorf("%s: no reply", g.name)
		case g.reply:
			m := new(dns.Msg)
			if err := m.Unpack(r); err != nil {
				t.Errorf("%s: reply does not parse: %v (% x)", g.name, err, r)
			} else if m.Rcode != g.rcode || m.Id != uint16(g.b[0])<<8|uint16(g.b[1]) || !m.Response {
				t.Errorf("%s: reply %s id %d, want %s", g.name, dns.RcodeToString[m.Rcode], m.Id, dns.RcodeToString[g.rcode])
			}
		}
		// After each, a real query still works.
		if a := exchange(t, addr, "example.com", dns.TypeA); len(a.Answer) != 1 {
			t.Fatalf("after %s: example.com A: %v", g.name, a)
		}
	}
}

func TestDNSServerDig(t *testing.T) {
	dig := program(t, "dig", "bind9-dnsutils")
	addrs, _ := serve(t, "servers/dns_server.star", 1, "0")
	host, port, _ := net.SplitHostPort(addrs["dns_server"])
	digArgs := []string{"@" + host, "-p", port, "+time=2", "+tries=1"}

	out, err := exec.Command(dig, append(digArgs, "example.com")...).CombinedOutput()
	if err != nil {
		t.Fatalf("dig: %v\n%s", err, out)
	}
	for _, want := range []string{"status: NOERROR", "flags: qr aa rd;", "ANSWER: 1,", "example.com.\t\t3600\tIN\tA\t93.184.216.34"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("dig example.com: no %q in\n%s", want, out)
		}
	}
	out, _ = exec.Command(dig, append(digArgs, "nope.example.com")...).CombinedOutput()
	if !strings.Contains(string(out), "status: NXDOMAIN") {
		t.Errorf("dig nope.example.com: not NXDOMAIN:\n%s", out)
	}
	for _, q := range [][]string{{"www.example.com"}, {"example.com", "MX"}, {"example.com", "AAAA"}, {"example.com", "TXT"}} {
		out, err := exec.Command(dig, append(append(digArgs, "+short"), q...)...).Output()
		if err != nil {
			t.Fatalf("dig %v: %v", q, err)
		}
		// The lab resolver prints what dig +short prints.
		qtype := "A"
		if len(q) == 2 {
			qtype = q[1]
		}
		lab := mustRun(t, "lab/dns_resolve.star", q[0], qtype, host, port)
		if lab != string(out) {
			t.Errorf("%v: dns_resolve.star printed\n%s\ndig +short printed\n%s", q, lab, out)
		}
	}
}

// miekgServer serves records (zone-file lines) with compression on.
func miekgServer(t *testing.T, records ...string) string {
	t.Helper()
	var rrs []dns.RR
	for _, s := range records {
		rr, err := dns.NewRR(s)
		if err != nil {
			t.Fatal(err)
		}
		rrs = append(rrs, rr)
	}
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	handler := dns.HandlerFunc(func(w dns.ResponseWriter, req *dns.Msg) {
		m := new(dns.Msg)
		m.SetReply(req)
		m.Compress = true
		q := req.Question[0]
		known := false
		for _, rr := range rrs {
			h := rr.Header()
			if strings.EqualFold(h.Name, q.Name) {
				known = true
				if h.Rrtype == q.Qtype || h.Rrtype == dns.TypeCNAME {
					m.Answer = append(m.Answer, rr)
				}
			}
		}
		if !known {
			m.Rcode = dns.RcodeNameError
		}
		w.WriteMsg(m)
	})
	srv := &dns.Server{PacketConn: pc, Handler: handler}
	started := make(chan struct{})
	srv.NotifyStartedFunc = func() { close(started) }
	go srv.ActivateAndServe()
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("miekg/dns server did not start")
	}
	t.Cleanup(func() { srv.Shutdown() })
	return pc.LocalAddr().String()
}

func TestDNSResolveMiekgServer(t *testing.T) {
	addr := miekgServer(t,
		"lab.test. 300 IN A 192.0.2.10",
		"lab.test. 300 IN A 192.0.2.11",
		"lab.test. 300 IN AAAA 2001:db8::10",
		"lab.test. 300 IN MX 5 mx1.lab.test.",
		"lab.test. 300 IN MX 20 mx2.lab.test.",
		"alias.lab.test. 300 IN CNAME lab.test.",
		`txt.lab.test. 300 IN TXT "hello world" "two"`,
	)
	host, port, _ := net.SplitHostPort(addr)
	cases := []struct {
		name, qtype string
		want        []string
	}{
		{"lab.test", "A", []string{"192.0.2.10", "192.0.2.11"}},
		{"lab.test", "AAAA", []string{"2001:db8::10"}},
		{"lab.test", "MX", []string{"5 mx1.lab.test.", "20 mx2.lab.test."}},
		{"alias.lab.test", "CNAME", []string{"lab.test."}},
		{"txt.lab.test", "TXT", []string{`"hello world" "two"`}},
		{"LAB.TEST.", "a", []string{"192.0.2.10", "192.0.2.11"}},
	}
	for _, c := range cases {
		out := mustRun(t, "lab/dns_resolve.star", c.name, c.qtype, host, port)
		equalLines(t, c.name+" "+c.qtype, out, c.want...)
	}
	out, errOut, code := run(t, "lab/dns_resolve.star", "missing.lab.test", "A", host, port)
	if code != 0 || out != "" || !strings.Contains(errOut, "NXDOMAIN") {
		t.Errorf("NXDOMAIN: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestDNSResolveStandIn(t *testing.T) {
	addrs, _ := serve(t, "servers/dns_server.star", 1, "0")
	host, port, _ := net.SplitHostPort(addrs["dns_server"])
	out := mustRun(t, "lab/dns_resolve.star", "www.example.com", "A", host, port)
	equalLines(t, "www.example.com A", out, "example.com.", "93.184.216.34")
	out = mustRun(t, "lab/dns_resolve.star", "lab.example.com", "AAAA", host, port)
	equalLines(t, "lab.example.com AAAA", out, "::1")

	// The stand-in and the lab over IPv6.
	addrs6, _ := serve(t, "servers/dns_server.star", 1, "0", "::1")
	host6, port6, _ := net.SplitHostPort(addrs6["dns_server"])
	out = mustRun(t, "lab/dns_resolve.star", "www.example.com", "A", host6, port6)
	equalLines(t, "www.example.com A over IPv6", out, "example.com.", "93.184.216.34")
}

func TestDNSResolveRefused(t *testing.T) {
	// Nothing listens on a port just freed: the ICMP port-unreachable
	// makes the connected UDP socket's recv fail at once.
	port := freePort(t, "udp")
	_, errOut, code := run(t, "lab/dns_resolve.star", "example.com", "A", "127.0.0.1", itoa(port))
	if code != 9 || !strings.Contains(errOut, "Connection refused") {
		t.Errorf("exit %d, stderr %q; want 9 and connection refused", code, errOut)
	}
}

func TestDNSResolveDnsmasq(t *testing.T) {
	dnsmasq := program(t, "dnsmasq", "dnsmasq")
	dir := t.TempDir()
	conf := filepath.Join(dir, "dnsmasq.conf")
	if err := os.WriteFile(conf, []byte(strings.Join([]string{
		"no-resolv", "no-hosts", "no-poll", "bind-interfaces", "listen-address=127.0.0.1",
		"except-interface=nonexistent0",
		"host-record=host.lab.test,10.0.0.5,fd00::5",
		"mx-host=lab.test,mail.lab.test,10",
		"host-record=mail.lab.test,10.0.0.25",
		"cname=www.lab.test,host.lab.test",
		"address=/wild.lab.test/10.9.9.9",
		"txt-record=lab.test,\"v=spf1 -all\"",
		"local=/lab.test/",
		"",
	}, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	var port int
	var output func() string
	ok := false
	for try := 0; try < 10 && !ok; try++ {
		port = freePort(t, "tcp+udp")
		_, output = daemon(t, dnsmasq, "--keep-in-foreground", "--no-daemon", "--conf-file="+conf,
			"--port="+itoa(port), "--pid-file="+filepath.Join(dir, "dnsmasq.pid"), "--user=root", "--group=root",
			"--log-facility=-", "--log-queries")
		// dnsmasq serves TCP on the same port once it is up.
		deadline := time.Now().Add(5 * time.Second)
		for time.Now().Before(deadline) && !ok {
			if c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", itoa(port)), 200*time.Millisecond); err == nil {
				c.Close()
				ok = true
			} else if strings.Contains(output(), "Address already in use") {
				break
			} else {
				time.Sleep(20 * time.Millisecond)
			}
		}
	}
	if !ok {
		t.Fatalf("dnsmasq did not start; output:\n%s", output())
	}
	p := itoa(port)
	cases := []struct {
		name, qtype string
		want        []string
	}{
		{"host.lab.test", "A", []string{"10.0.0.5"}},
		{"host.lab.test", "AAAA", []string{"fd00::5"}},
		{"lab.test", "MX", []string{"10 mail.lab.test."}},
		{"www.lab.test", "A", []string{"host.lab.test.", "10.0.0.5"}},
		{"www.lab.test", "CNAME", []string{"host.lab.test."}},
		{"a.b.wild.lab.test", "A", []string{"10.9.9.9"}},
		{"lab.test", "TXT", []string{`"v=spf1 -all"`}},
	}
	dig := ""
	if _, err := exec.LookPath("dig"); err == nil {
		dig = "dig"
	}
	for _, c := range cases {
		out := mustRun(t, "lab/dns_resolve.star", c.name, c.qtype, "127.0.0.1", p)
		equalLines(t, c.name+" "+c.qtype, out, c.want...)
		if dig != "" {
			d, err := exec.Command(dig, "+short", "+time=2", "+tries=1", "@127.0.0.1", "-p", p, c.name, c.qtype).Output()
			if err == nil && string(d) != out {
				t.Errorf("%s %s: dns_resolve.star printed %q, dig +short %q", c.name, c.qtype, out, d)
			}
		}
	}
	_, errOut, code := run(t, "lab/dns_resolve.star", "nothing.lab.test", "A", "127.0.0.1", p)
	if code != 0 || !strings.Contains(errOut, "NXDOMAIN") {
		t.Errorf("nothing.lab.test: exit %d, stderr %q", code, errOut)
	}
}
