package scripts_test

import (
	"fmt"
	"net"
	"regexp"
	"strings"
	"testing"
	"time"
)

var summaryRE = regexp.MustCompile(`rtt min/avg/max = \d+\.\d\d/\d+\.\d\d/\d+\.\d\d ms`)

// TestHeartbeatClientLossy: a Go UDP peer that answers every heartbeat
// but the second and the fourth.
func TestHeartbeatClientLossy(t *testing.T) {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer pc.Close()
	go func() {
		buf := make([]byte, 2048)
		for i := 0; i < 100; i++ {
			pc.SetReadDeadline(time.Now().Add(10 * time.Second))
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			var seq int
			fmt.Sscanf(string(buf[:n]), "HB %d", &seq)
			if seq == 2 || seq == 4 {
				continue
			}
			if seq == 3 {
				pc.WriteTo([]byte("HB 1 stale"), from) // a late duplicate first
			}
			pc.WriteTo(buf[:n], from)
		}
	}()
	port := pc.LocalAddr().(*net.UDPAddr).Port
	out := mustRun(t, "lab/udp_heartbeat.star", "client", "127.0.0.1", itoa(port), "5", "0.01", "0.3")
	got := lines(out)
	if len(got) != 8 {
		t.Fatalf("output:\n%s", out)
	}
	for i, want := range []string{"seq=1 rtt=", "seq=2 lost", "seq=3 rtt=", "seq=4 lost", "seq=5 rtt="} {
		if !strings.HasPrefix(got[i], want) {
			t.Errorf("line %d: %q, want %q...", i+1, got[i], want)
		}
	}
	if got[5] != fmt.Sprintf("--- 127.0.0.1:%d udp heartbeat ---", port) || got[6] != "5 sent, 3 received, 40% loss" || !summaryRE.MatchString(got[7]) {
		t.Errorf("summary:\n%s", strings.Join(got[5:], "\n"))
	}
}

// TestHeartbeatServer: the netrepl server against a Go client, and
// against the netrepl client.
func TestHeartbeatServer(t *testing.T) {
	addrs, _ := serve(t, "lab/udp_heartbeat.star", 1, "server", "0")
	addr := addrs["udp_heartbeat"]
	c, err := net.Dial("udp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	buf := make([]byte, 100)
	for i := 1; i <= 3; i++ {
		msg := fmt.Sprintf("HB %d 12345", i)
		c.Write([]byte(msg))
		c.SetReadDeadline(time.Now().Add(2 * time.Second))
		n, err := c.Read(buf)
		if err != nil || string(buf[:n]) != msg {
			t.Fatalf("heartbeat %d: %q %v", i, buf[:n], err)
		}
	}
	_, port, _ := net.SplitHostPort(addr)
	out := mustRun(t, "lab/udp_heartbeat.star", "client", "127.0.0.1", port, "3", "0.01")
	if !strings.Contains(out, "3 sent, 3 received, 0% loss\n") || !summaryRE.MatchString(out) {
		t.Errorf("output:\n%s", out)
	}
}

// TestHeartbeatEchoStandIn: the client against the UDP echo stand-in, and
// a dead port: all lost, exit 1.
func TestHeartbeatEchoStandIn(t *testing.T) {
	addrs, _ := serve(t, "servers/echo_udp.star", 1, "0")
	_, port, _ := net.SplitHostPort(addrs["echo_udp"])
	out := mustRun(t, "lab/udp_heartbeat.star", "client", "127.0.0.1", port, "2", "0.01")
	if !strings.Contains(out, "2 sent, 2 received, 0% loss\n") {
		t.Errorf("output:\n%s", out)
	}
	// Over IPv6: the lab's server and client on ::1.
	addrs6, _ := serve(t, "lab/udp_heartbeat.star", 1, "server", "0", "::1")
	addr6 := addrs6["udp_heartbeat"]
	port6 := addr6[strings.LastIndexByte(addr6, ':')+1:]
	out = mustRun(t, "lab/udp_heartbeat.star", "client", "::1", port6, "2", "0.01")
	if !strings.Contains(out, "--- ::1:"+port6+" udp heartbeat ---\n2 sent, 2 received, 0% loss\n") {
		t.Errorf("over IPv6:\n%s", out)
	}
	out, _, code := run(t, "lab/udp_heartbeat.star", "client", "127.0.0.1", itoa(freePort(t, "udp")), "2", "0.01", "0.1")
	if code != 1 || !strings.Contains(out, "2 sent, 0 received, 100% loss\n") {
		t.Errorf("dead port: exit %d\n%s", code, out)
	}
}

// TestEchoTCPAndLabNetwork: every stand-in of lab_network.star answers.
func TestEchoTCPAndLabNetwork(t *testing.T) {
	addrs, _ := serve(t, "servers/lab_network.star", 4, "0", "0", "0", "--quiet")
	for _, name := range []string{"http", "dns", "echo_tcp", "echo_udp"} {
		if addrs[name] == "" {
			t.Fatalf("no %s in %v", name, addrs)
		}
	}
	c, err := net.DialTimeout("tcp", addrs["echo_tcp"], 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	buf := make([]byte, 100)
	for _, msg := range []string{"Hello\n", "there\n"} {
		c.Write([]byte(msg))
		n, err := c.Read(buf)
		if err != nil || string(buf[:n]) != msg {
			t.Fatalf("echo %q: %q %v", msg, buf[:n], err)
		}
	}
	u, err := net.Dial("udp", addrs["echo_udp"])
	if err != nil {
		t.Fatal(err)
	}
	defer u.Close()
	u.Write([]byte("ping"))
	u.SetReadDeadline(time.Now().Add(2 * time.Second))
	if n, err := u.Read(buf); err != nil || string(buf[:n]) != "ping" {
		t.Fatalf("udp echo: %q %v", buf[:n], err)
	}
	if r := exchange(t, addrs["dns"], "mail.example.com", 1); len(r.Answer) != 1 {
		t.Errorf("dns: %v", r)
	}
	_, errOut, code := run(t, "lab/http_get.star", "http://"+addrs["http"]+"/")
	if code != 0 || !strings.Contains(errOut, "https://"+addrs["http"]+"/") {
		t.Errorf("http: exit %d %s", code, errOut)
	}
}
