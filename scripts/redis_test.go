package scripts_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestRedisPing(t *testing.T) {
	redis := program(t, "redis-server", "redis-server")
	dir := t.TempDir()
	port := freePort(t, "tcp")
	_, output := daemon(t, redis, "--port", itoa(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
		"--daemonize", "no", "--dir", dir, "--logfile", filepath.Join(dir, "redis.log"), "--protected-mode", "yes")
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	waitTCP(t, addr, output)

	want := []string{
		"> PING", "PONG",
		`> SET netrepl:greeting "hello from netrepl"`, "OK",
		"> GET netrepl:greeting", `"hello from netrepl"`,
		"> INCR netrepl:counter", "(integer) 1",
	}
	equalLines(t, "first run", mustRun(t, "lab/redis_ping.star", "127.0.0.1", itoa(port)), want...)
	want[len(want)-1] = "(integer) 2"
	equalLines(t, "second run", mustRun(t, "lab/redis_ping.star", "127.0.0.1", itoa(port)), want...)

	// What the script stored is really there: ask Redis ourselves.
	c, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	io.WriteString(c, "*2\r\n$3\r\nGET\r\n$16\r\nnetrepl:greeting\r\n")
	br := bufio.NewReader(c)
	l1, _ := br.ReadString('\n')
	l2, _ := br.ReadString('\n')
	if l1 != "$18\r\n" || l2 != "hello from netrepl\r\n" {
		t.Errorf("GET from Go: %q %q", l1, l2)
	}

	// One command from the command line; arrays; nil; errors exit 1.
	equalLines(t, "RPUSH", mustRun(t, "lab/redis_ping.star", "127.0.0.1", itoa(port), "RPUSH", "l", "a", "b c"),
		`> RPUSH l a "b c"`, "(integer) 2")
	equalLines(t, "LRANGE", mustRun(t, "lab/redis_ping.star", "127.0.0.1", itoa(port), "LRANGE", "l", "0", "-1"),
		"> LRANGE l 0 -1", `1) "a"`, `2) "b c"`)
	equalLines(t, "GET nil", mustRun(t, "lab/redis_ping.star", "127.0.0.1", itoa(port), "GET", "nothing"),
		"> GET nothing", "(nil)")
	out, _, code := run(t, "lab/redis_ping.star", "127.0.0.1", itoa(port), "NOSUCHCOMMAND")
	if code != 1 || !strings.Contains(out, "(error) ERR unknown command") {
		t.Errorf("error reply: exit %d\n%s", code, out)
	}
}

// TestRedisPingFragmented: replies that arrive a byte at a time, and
// nested arrays, from a Go peer speaking RESP.
func TestRedisPingFragmented(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() {
		c, err := l.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		c.SetDeadline(time.Now().Add(5 * time.Second))
		buf := make([]byte, 1024)
		c.Read(buf)
		for _, b := range []byte("*3\r\n:1\r\n*2\r\n$3\r\nx\ry\r\n$-1\r\n+done\r\n") {
			c.Write([]byte{b})
			time.Sleep(time.Millisecond)
		}
	}()
	port := l.Addr().(*net.TCPAddr).Port
	equalLines(t, "nested", mustRun(t, "lab/redis_ping.star", "127.0.0.1", itoa(port), "X"),
		"> X", "1) (integer) 1", `2) 1) "x\ry"`, "   2) (nil)", "3) done")
}
