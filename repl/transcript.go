package repl

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"

	"github.com/rogpeppe/go-internal/diff"
)

// ReplayFile replays the notebook src (the file path) in a session of
// its own whose sys.argv is argv, writing the transcript to show as it
// goes, and returns the whole transcript. The transcript is everything
// the session writes, cell by cell: its stdout and its stderr both, as a
// notebook shows a cell's error in the cell.
func ReplayFile(path string, src []byte, argv []string, show io.Writer, codeOnly bool) (transcript []byte, failed int, exit *int) {
	var buf lockedBuffer
	out := io.MultiWriter(&buf, show)
	console := &Console{}
	s := New(console.Writer(out), console.Writer(out), argv)
	failed, exit = s.Replay(console.Writer(out), path, ParseCells(string(src)), codeOnly)
	s.RT.Wait()
	s.Close()
	return buf.Bytes(), failed, exit
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) Bytes() []byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]byte(nil), l.b.Bytes()...)
}

var inLine = regexp.MustCompile(`^In \[\d+\]:$`)

// blocks splits a transcript at its "In [n]:" lines: one block a code
// cell, with the text cells that follow it (the first block holds the
// text before the first code cell).
func blocks(t []byte) [][]string {
	var out [][]string
	cur := []string{}
	for _, l := range strings.Split(strings.TrimRight(string(t), "\n"), "\n") {
		if inLine.MatchString(l) && len(cur) > 0 {
			out = append(out, cur)
			cur = []string{}
		}
		cur = append(cur, l)
	}
	return append(out, cur)
}

var placeholders = strings.NewReplacer(
	regexp.QuoteMeta("{{int}}"), `\d+`,
	regexp.QuoteMeta("{{hex}}"), `[0-9a-fA-F]+`,
	regexp.QuoteMeta("{{date}}"), `[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT`,
	regexp.QuoteMeta("{{any}}"), `.*`,
)

var (
	httpDate = regexp.MustCompile(`[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT`)
	// An address tuple or a laddr/raddr with a port the kernel picks
	// (Linux's ephemeral range, 32768-60999): ("127.0.0.1", 45758).
	ephemeral = regexp.MustCompile(`(\(["'][0-9A-Fa-f.:]+["'], )(3[2-9]\d{3}|[45]\d{4}|60\d{3})([,)])`)
	// The same port after an IPv4 address or [IPv6] in text:
	// "127.0.0.1:45758", "127.0.0.1 45758", "[::1]:45758".
	ephemeralText = regexp.MustCompile(`(\b\d{1,3}(?:\.\d{1,3}){3}|\[[0-9A-Fa-f:]+\])([:,] ?| |#)(3[2-9]\d{3}|[45]\d{4}|60\d{3})\b`)
)

// Generalize writes into a freshly recorded transcript the placeholders
// for what changes from one run to the next whatever the notebook does:
// HTTP dates become {{date}}, and ports the kernel picked (in address
// tuples, or after an address in text) {{int}}, so that --check passes
// on a transcript just written with --record. Anything else that changes
// (a port printed alone) is for the author to mark.
func Generalize(t []byte) []byte {
	t = httpDate.ReplaceAll(t, []byte("{{date}}"))
	t = ephemeral.ReplaceAll(t, []byte("${1}{{int}}${3}"))
	return ephemeralText.ReplaceAll(t, []byte("${1}${2}{{int}}"))
}

// lineMatches compares a replayed line with the transcript's, whose
// placeholders match what changes between runs.
func lineMatches(want, got string) bool {
	if !strings.Contains(want, "{{") {
		return want == got
	}
	rx, err := regexp.Compile("^" + placeholders.Replace(regexp.QuoteMeta(want)) + "$")
	return err == nil && rx.MatchString(got)
}

// CheckTranscript prints a unified diff of every block of got that does
// not match want and returns how many differ.
func CheckTranscript(w io.Writer, name string, want, got []byte) int {
	wb, gb := blocks(want), blocks(got)
	differ := 0
	for i := 0; i < len(wb) || i < len(gb); i++ {
		var exp, act []string
		if i < len(wb) {
			exp = wb[i]
		}
		if i < len(gb) {
			act = append([]string(nil), gb[i]...)
		}
		same := len(exp) == len(act)
		for j := range act {
			// A line its placeholder line matches is shown as that
			// line, so the diff shows only real differences.
			if j < len(exp) && lineMatches(exp[j], act[j]) {
				act[j] = exp[j]
			} else {
				same = false
			}
		}
		if same {
			continue
		}
		differ++
		label := fmt.Sprintf("cell %d", i)
		for _, b := range [][]string{exp, act} {
			if len(b) > 0 && inLine.MatchString(b[0]) {
				label = strings.TrimSuffix(b[0], ":")
				break
			}
		}
		w.Write(diff.Diff(name+" "+label, []byte(strings.Join(exp, "\n")+"\n"), "replayed "+label, []byte(strings.Join(act, "\n")+"\n")))
	}
	return differ
}
