package repl

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chzyer/readline"

	"netrepl/builtins/rt"
)

// plainSource reads lines from a reader that is not a terminal (a pipe, a
// file, a test), with no line editing: readline would run its editor on
// piped input too (TAB completes, Ctrl-A moves). Lines are read on
// request (rt.LineReader), so that input() in a chunk reads the line
// after the chunk, as python3 does; More waits a moment for the next
// line to tell whether it is already there.
type plainSource struct {
	lr     *rt.LineReader
	prompt io.Writer // where prompts go (stderr, as python3 -i does); nil: none
	mu     sync.Mutex
	peeked *string
}

func newPlainSource(r io.Reader, prompt io.Writer) *plainSource {
	lr := rt.Stdin // the process's one reader of its stdin
	if r != os.Stdin {
		lr = rt.NewLineReader(r)
	}
	return &plainSource{lr: lr, prompt: prompt}
}

func (s *plainSource) ReadLine(prompt string) (string, error) {
	if s.prompt != nil {
		io.WriteString(s.prompt, prompt)
	}
	line, err := s.next(context.Background())
	return strings.TrimSuffix(line, "\r"), err // a CRLF file's line
}

// next returns the peeked line, else the next one.
func (s *plainSource) next(ctx context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.peeked != nil {
		line := *s.peeked
		s.peeked = nil
		return line, nil
	}
	return s.lr.ReadLine(ctx)
}

// input is input()'s reader: the prompt on stdout, as python3 writes
// it, then the next line.
func (s *plainSource) input(out io.Writer) rt.Input {
	return func(ctx context.Context, prompt string) (string, error) {
		io.WriteString(out, prompt)
		return s.next(ctx)
	}
}

// moreWait is how long More waits for a line that is on its way through
// the pipe.
const moreWait = 50 * time.Millisecond

func (s *plainSource) More() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.peeked != nil {
		return true
	}
	ctx, cancel := context.WithTimeout(context.Background(), moreWait)
	defer cancel()
	line, err := s.lr.ReadLine(ctx)
	if err != nil {
		return false // EOF, or not yet: then the line goes to the next ReadLine
	}
	s.peeked = &line
	return true
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
		FuncGetWidth:        screenWidth,
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

// screenWidth is the terminal's width, or 80 when it reports none (a pty
// whose size was never set): readline lays out no completions in 0
// columns.
func screenWidth() int {
	if w := readline.GetScreenWidth(); w > 0 {
		return w
	}
	return 80
}

// input is input()'s reader at the terminal: readline with the prompt,
// so the line can be edited; Ctrl-C is KeyboardInterrupt.
func (t *ttySource) input(ctx context.Context, prompt string) (string, error) {
	line, err := t.ReadLine(prompt)
	if err == errInterrupt {
		return "", context.Canceled
	}
	return line, err
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
