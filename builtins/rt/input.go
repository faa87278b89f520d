package rt

import (
	"bufio"
	"context"
	"io"
	"os"
	"strings"
	"sync"

	"go.starlark.net/starlark"
)

// Input is how input() reads a line: the REPL sets it on its session to
// read through its line editor or its piped input; without it, input()
// reads the process's stdin.
type Input func(ctx context.Context, prompt string) (string, error)

// SetInput makes in the session's input() reader; nil restores stdin.
func (s *Session) SetInput(in Input) {
	s.mu.Lock()
	s.input = in
	s.mu.Unlock()
}

// ReadInput reads a line for input() (without its line end), after
// writing prompt to stdout when the reader does not show it itself. It
// returns io.EOF at the end of the input and the context's error when
// the caller is cancelled.
func ReadInput(thread *starlark.Thread, prompt string) (string, error) {
	s := SessionOf(thread)
	s.mu.Lock()
	in := s.input
	s.mu.Unlock()
	ctx := Context(thread)
	defer Blocking(thread)()
	if in != nil {
		return in(ctx, prompt)
	}
	io.WriteString(s.Stdout, prompt)
	return Stdin.ReadLine(ctx)
}

// Stdin is the process's standard input read as lines, by one reader for
// the whole process (input() in a script, the REPL's piped lines), so
// that none of them reads ahead of the other. A line is read only when
// one is asked for.
var Stdin = &LineReader{r: os.Stdin}

// LineReader reads lines on request in a goroutine of its own, so that
// a wait for one can be cancelled.
type LineReader struct {
	r    io.Reader
	once sync.Once
	ask  chan struct{}
	got  chan lineResult
	mu   sync.Mutex // one asker at a time
	br   *bufio.Reader
	done bool
}

type lineResult struct {
	line string
	err  error
}

// NewLineReader reads lines from r.
func NewLineReader(r io.Reader) *LineReader { return &LineReader{r: r} }

func (l *LineReader) start() {
	l.ask = make(chan struct{})
	l.got = make(chan lineResult, 1)
	l.br = bufio.NewReader(l.r)
	go func() {
		for range l.ask {
			line, err := l.br.ReadString('\n')
			if line != "" {
				err = nil // a last line without its end is a line
			}
			// Only the "\n" goes, as Python's input() drops it: a "\r"
			// before it is the input's (the REPL drops it itself).
			l.got <- lineResult{strings.TrimSuffix(line, "\n"), err}
		}
	}()
}

// ReadLine returns the next line, io.EOF after the last one, or ctx's
// error if it ends first (the line then goes to the next caller).
func (l *LineReader) ReadLine(ctx context.Context) (string, error) {
	l.once.Do(l.start)
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.done {
		return "", io.EOF
	}
	select {
	case r := <-l.got: // a line a cancelled caller asked for
		return l.result(r)
	default:
	}
	select {
	case l.ask <- struct{}{}:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	select {
	case r := <-l.got:
		return l.result(r)
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func (l *LineReader) result(r lineResult) (string, error) {
	if r.err != nil {
		l.done = true
		return "", io.EOF
	}
	return r.line, nil
}
