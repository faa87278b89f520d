package repl

import (
	"io"
	"sync"

	"github.com/chzyer/readline"
)

// Console serialises everything the session writes to the terminal. While
// the prompt is shown, a write from a background thread erases the prompt
// and the half-typed line, writes, and draws them again below, so output
// lands above the prompt and the line is never garbled.
//
// readline's own Stdout() does the same but races with its input loop
// (completion state, the buffer reset on Enter) and can panic under load.
// Here one mutex orders writes against keys: FuncFilterInputRune takes it
// before readline handles each key, and on Enter, Ctrl-C and Ctrl-D sets
// inhibit, because readline is about to reset its buffer and a redraw
// would repeat the old line; the next OnChange (a key was handled, or a
// new prompt began) clears it. While inhibited a write only clears the
// screen line ("\x1b[2K\r") before its text.
type Console struct {
	mu        sync.Mutex
	rl        *readline.Instance // set while the line editor runs
	prompting bool               // inside Readline: the prompt is on screen
	inhibit   bool
}

// Writer returns a writer to w through the console.
func (c *Console) Writer(w io.Writer) io.Writer { return &consoleWriter{c, w} }

type consoleWriter struct {
	c *Console
	w io.Writer
}

func (cw *consoleWriter) Write(p []byte) (int, error) {
	c := cw.c
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.rl == nil || !c.prompting {
		return cw.w.Write(p)
	}
	if c.inhibit {
		io.WriteString(cw.w, "\x1b[2K\r")
		return cw.w.Write(p)
	}
	c.rl.Clean()
	n, err := cw.w.Write(p)
	if len(p) > 0 && p[len(p)-1] != '\n' {
		io.WriteString(cw.w, "\n") // the prompt goes on a line of its own
	}
	c.rl.Refresh()
	return n, err
}

// filterRune is readline's FuncFilterInputRune: it waits for a write in
// progress and marks the keys after which readline resets its line.
func (c *Console) filterRune(r rune) (rune, bool) {
	c.mu.Lock()
	switch r {
	case readline.CharEnter, readline.CharCtrlJ, readline.CharInterrupt, readline.CharDelete:
		c.inhibit = true
	}
	c.mu.Unlock()
	return r, true
}

// OnChange is readline's Listener: the line editor has drawn its line.
func (c *Console) OnChange(line []rune, pos int, key rune) ([]rune, int, bool) {
	c.mu.Lock()
	c.inhibit = false
	c.mu.Unlock()
	return nil, 0, false
}

func (c *Console) setPrompting(on bool) {
	c.mu.Lock()
	c.prompting = on
	c.mu.Unlock()
}
