package scripts_test

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"netrepl/repl"
)

const (
	notebook   = "notebook/building_network_services.star"
	transcript = "notebook/building_network_services.transcript"
)

// replayNotebook replays the notebook against the stand-ins of
// lab_network.star, on free ports, and returns the transcript.
func replayNotebook(t *testing.T) []byte {
	t.Helper()
	addrs, _ := serve(t, "servers/lab_network.star", 4, "0", "0", "0", "--quiet")
	src, err := os.ReadFile(notebook)
	if err != nil {
		t.Fatal(err)
	}
	argv := []string{notebook,
		"--http", addrs["http"], "--host", "www.cnn.com", "--dns", addrs["dns"],
		"--echo", strconv.Itoa(freePort(t, "tcp")), "--echo2", strconv.Itoa(freePort(t, "tcp"))}
	got, failed, exit := repl.ReplayFile(notebook, src, argv, io.Discard, false)
	if failed > 0 || exit != nil {
		t.Errorf("%d cells failed (exit %v):\n%s", failed, exit, got)
	}
	return got
}

// Every cell of the notebook replays offline and matches the committed
// transcript (netrepl replay --check).
func TestNotebookReplayMatchesTranscript(t *testing.T) {
	got := replayNotebook(t)
	want, err := os.ReadFile(transcript)
	if err != nil {
		t.Fatal(err)
	}
	var diff bytes.Buffer
	if n := repl.CheckTranscript(&diff, transcript, want, got); n > 0 {
		t.Errorf("%d cells differ from %s:\n%s", n, transcript, diff.String())
	}
	if c := bytes.Count(got, []byte("\nIn [")); c < 20 {
		t.Errorf("only %d code cells replayed", c)
	}
}

// --check fails, with a readable diff naming the cell, when a cell's
// output changes.
func TestNotebookCheckCatchesAChange(t *testing.T) {
	got := replayNotebook(t)
	want, err := os.ReadFile(transcript)
	if err != nil {
		t.Fatal(err)
	}
	changed := bytes.Replace(want, []byte(`Out[21]: b'UU\xaazUU\xaazUU\xaaz'`), []byte(`Out[21]: b'UU\xaazUU\xaazUU\xaa{'`), 1)
	if bytes.Equal(changed, want) {
		t.Fatal("the transcript has no Out[21] line to change")
	}
	var diff bytes.Buffer
	if n := repl.CheckTranscript(&diff, transcript, changed, got); n != 1 {
		t.Errorf("%d cells differ, want 1:\n%s", n, diff.String())
	}
	for _, line := range []string{"--- " + transcript + " In [21]", "+++ replayed In [21]",
		`-Out[21]: b'UU\xaazUU\xaazUU\xaa{'`, `+Out[21]: b'UU\xaazUU\xaazUU\xaaz'`} {
		if !strings.Contains(diff.String(), line+"\n") {
			t.Errorf("diff lacks %q:\n%s", line, diff.String())
		}
	}
}
