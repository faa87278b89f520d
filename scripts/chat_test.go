package scripts_test

import (
	"bufio"
	"net"
	"strings"
	"testing"
	"time"
)

// chatter is a Go chat client.
type chatter struct {
	t    *testing.T
	name string
	c    net.Conn
	r    *bufio.Reader
}

func dialChat(t *testing.T, addr, nick string) *chatter {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	ch := &chatter{t: t, name: nick, c: c, r: bufio.NewReader(c)}
	ch.expect("* welcome to netrepl chat; your nickname?")
	ch.say(nick)
	return ch
}

func (ch *chatter) say(line string) {
	ch.t.Helper()
	ch.c.SetWriteDeadline(time.Now().Add(2 * time.Second))
	if _, err := ch.c.Write([]byte(line + "\n")); err != nil {
		ch.t.Fatalf("%s: %v", ch.name, err)
	}
}

func (ch *chatter) expect(want string) {
	ch.t.Helper()
	ch.c.SetReadDeadline(time.Now().Add(5 * time.Second))
	got, err := ch.r.ReadString('\n')
	if err != nil || strings.TrimSuffix(got, "\n") != want {
		ch.t.Fatalf("%s: got %q (%v), want %q", ch.name, got, err, want)
	}
}

func (ch *chatter) expectEOF() {
	ch.t.Helper()
	ch.c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if got, err := ch.r.ReadString('\n'); err == nil || got != "" {
		ch.t.Fatalf("%s: got %q (%v), want the server to close", ch.name, got, err)
	}
}

func TestChat(t *testing.T) {
	addrs, _ := serve(t, "lab/chat_server.star", 1, "0")
	addr := addrs["chat_server"]

	alice := dialChat(t, addr, "alice")
	alice.expect("* hello alice; online: alice")
	bob := dialChat(t, addr, "bob")
	bob.expect("* hello bob; online: alice, bob")
	alice.expect("* bob joined")

	// Nicknames: taken, invalid, then a good one.
	eve := dialChat(t, addr, "alice")
	eve.expect("! nickname alice is taken; try again")
	eve.say("no spaces")
	eve.expect("! nicknames are 1-16 letters, digits, - or _; try again")
	eve.say("eve")
	eve.expect("* hello eve; online: alice, bob, eve")
	alice.expect("* eve joined")
	bob.expect("* eve joined")

	// Broadcast reaches everyone, the sender too, in one order for all.
	alice.say("hi all")
	bob.say("hello alice")
	for _, c := range []*chatter{alice, bob, eve} {
		first := "<alice> hi all"
		c.c.SetReadDeadline(time.Now().Add(5 * time.Second))
		l1, _ := c.r.ReadString('\n')
		l2, _ := c.r.ReadString('\n')
		got := []string{strings.TrimSpace(l1), strings.TrimSpace(l2)}
		if !(got[0] == first && got[1] == "<bob> hello alice") && !(got[1] == first && got[0] == "<bob> hello alice") {
			t.Fatalf("%s got %q", c.name, got)
		}
	}

	// A netrepl client: joins, talks, asks who is there, leaves cleanly.
	out := mustRun(t, "lab/chat_client.star", "carol", "127.0.0.1", strings.Split(addr, ":")[1], "from netrepl", "/who")
	equalLines(t, "chat_client.star", out,
		"* welcome to netrepl chat; your nickname?",
		"* hello carol; online: alice, bob, carol, eve",
		"<carol> from netrepl",
		"* online: alice, bob, carol, eve",
		"* bye carol")
	for _, c := range []*chatter{alice, bob, eve} {
		c.expect("* carol joined")
		c.expect("<carol> from netrepl")
		c.expect("* carol left")
	}

	// Without messages, the client says each line of its input and
	// leaves at its end.
	typed := startInput(t, strings.NewReader("typed line\n/who\n"), "lab/chat_client.star", "dave", "127.0.0.1", strings.Split(addr, ":")[1])
	out = typed.wait(20 * time.Second)
	equalLines(t, "chat_client.star reading input", out,
		"* welcome to netrepl chat; your nickname?",
		"* hello dave; online: alice, bob, dave, eve",
		"<dave> typed line",
		"* online: alice, bob, dave, eve",
		"* bye dave")
	for _, c := range []*chatter{alice, bob, eve} {
		c.expect("* dave joined")
		c.expect("<dave> typed line")
		c.expect("* dave left")
	}

	// A nickname the server refuses ends the client before it says
	// anything (the message is not taken as the next try).
	_, errOut, code := run(t, "lab/chat_client.star", "alice", "127.0.0.1", strings.Split(addr, ":")[1], "not a nickname")
	if code != 1 || !strings.Contains(errOut, "did not take the nickname 'alice'") {
		t.Errorf("refused nickname: exit %d, stderr %q", code, errOut)
	}

	// A clean leave, and a client that just disconnects.
	bob.say("/quit")
	bob.expect("* bye bob")
	bob.expectEOF()
	alice.expect("* bob left")
	eve.expect("* bob left")
	eve.c.Close()
	alice.expect("* eve left")
	alice.say("/who")
	alice.expect("* online: alice")
}
