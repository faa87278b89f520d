package repl

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/chzyer/readline"
)

// plainSource reads lines from a reader that is not a terminal (a pipe, a
// file, a test), with no line editing: readline would run its editor on
// piped input too (TAB completes, Ctrl-A moves). A goroutine reads ahead
// so More can tell whether the next line is already there.
type plainSource struct {
	lines  chan string
	prompt io.Writer // where prompts go (stderr, as python3 -i does); nil: none
	peeked *string
}

func newPlainSource(r io.Reader, prompt io.Writer) *plainSource {
	s := &plainSource{lines: make(chan string), prompt: prompt}
	go func() {
		defer close(s.lines)
		br := bufio.NewReader(r)
		for {
			line, err := br.ReadString('\n')
			if line != "" {
				s.lines <- strings.TrimRight(line, "\r\n")
			}
			if err != nil {
				return
			}
		}
	}()
	return s
}

func (s *plainSource) ReadLine(prompt string) (string, error) {
	if s.prompt != nil {
		io.WriteString(s.prompt, prompt)
	}
	if s.peeked != nil {
		line := *s.peeked
		s.peeked = nil
		return line, nil
	}
	line, ok := <-s.lines
	if !ok {
		return "", io.EOF
	}
	return line, nil
}

// moreWait is how long More waits for a line that is on its way through
// the pipe.
const moreWait = 50 * time.Millisecond

func (s *plainSource) More() bool {
	if s.peeked != nil {
		return true
	}
	select {
	case line, ok := <-s.lines:
		if !ok {
			return false
		}
		s.peeked = &line
		return true
	case <-time.After(moreWait):
		return false
	}
}

// ttySource reads lines with readline: editing, history, completion.
type ttySource struct {
	rl      *readline.Instance
	console *Console
	stdin   *countingReader
	lines   int64 // lines returned so far
}

// HistoryPath is $NETREPL_HISTORY, else ~/.netrepl_history.
func HistoryPath() string {
	if p := os.Getenv("NETREPL_HISTORY"); p != "" {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".netrepl_history")
}

func newTTYSource(s *Session, console *Console) (*ttySource, error) {
	stdin := &countingReader{r: readline.NewCancelableStdin(os.Stdin)}
	rl, err := readline.NewEx(&readline.Config{
		Prompt:              ps1,
		HistoryFile:         HistoryPath(),
		HistoryLimit:        10000,
		HistorySearchFold:   true,
		AutoComplete:        &completer{s: s},
		Listener:            console,
		FuncFilterInputRune: console.filterRune,
		Stdin:               stdin,
		Stdout:              os.Stdout,
		Stderr:              os.Stderr,
	})
	if err != nil {
		return nil, err
	}
	console.mu.Lock()
	console.rl = rl
	console.mu.Unlock()
	return &ttySource{rl: rl, console: console, stdin: stdin}, nil
}

func (t *ttySource) ReadLine(prompt string) (string, error) {
	t.rl.SetPrompt(prompt)
	t.console.setPrompting(true)
	line, err := t.rl.Readline()
	t.console.setPrompting(false)
	switch err {
	case nil:
		atomic.AddInt64(&t.lines, 1)
		return line, nil
	case readline.ErrInterrupt:
		return "", errInterrupt
	}
	return "", io.EOF
}

// Close ends the line editor. Its own Close closes only the wrapper it
// put around stdin, and waits for its input loop, which may be blocked in
// a read of ours (after a Ctrl-D typed while a chunk ran, in cooked mode):
// closing our reader first ends that read, so the REPL can exit.
func (t *ttySource) Close() error {
	t.stdin.Close()
	return t.rl.Close()
}

// More reports whether the terminal has already sent more Enters than
// lines were returned: the rest of a paste is waiting in readline.
func (t *ttySource) More() bool {
	return t.stdin.enters.Load() > atomic.LoadInt64(&t.lines)
}

// countingReader counts the line ends read from the terminal.
type countingReader struct {
	r      io.ReadCloser
	enters atomic.Int64
	lastCR bool
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for _, b := range p[:n] {
		if b == '\r' || (b == '\n' && !c.lastCR) {
			c.enters.Add(1)
		}
		c.lastCR = b == '\r'
	}
	return n, err
}

func (c *countingReader) Close() error { return c.r.Close() }
