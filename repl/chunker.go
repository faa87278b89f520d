package repl

import (
	"errors"
	"io"
	"strings"

	"go.starlark.net/syntax"
)

// lineSource gives the chunker its lines: readline on a terminal, a plain
// reader otherwise.
type lineSource interface {
	// ReadLine shows prompt and returns the next line without its newline;
	// io.EOF at the end, errInterrupt when Ctrl-C abandons the line.
	ReadLine(prompt string) (string, error)
	// More reports whether another line is already waiting (pasted or
	// piped), so a blank line inside a pasted function body does not end
	// the function.
	More() bool
}

var errInterrupt = errors.New("KeyboardInterrupt")

const (
	ps1 = ">>> "
	ps2 = "... "
)

// chunker cuts input lines into chunks, as Python's prompt does: it
// asks the parser's scanner (syntax.FileOptions.PromptNeeds) whether the
// lines so far are a whole statement. Lines inside brackets, triple-quoted
// strings or after a backslash always continue the chunk. A compound
// statement (def/if/for/while/with) goes on to a blank line, with two
// differences from Python that make pasting and piping safe:
//   - a blank line does not end it if more input is already waiting and
//     its next non-blank line is indented: the blank line was inside the
//     pasted body;
//   - it also ends at a line that starts in column 0 (other than
//     else/elif/except/finally or a comment), and that line starts the
//     next chunk instead of being lost.
type chunker struct {
	src     lineSource
	pending []string // lines read ahead that start the next chunk
}

func (c *chunker) read(prompt string) (string, error) {
	if len(c.pending) > 0 {
		line := c.pending[0]
		c.pending = c.pending[1:]
		return line, nil
	}
	return c.src.ReadLine(prompt)
}

// Next returns the next chunk's text: "" for a blank line, io.EOF at the
// end of input, errInterrupt if Ctrl-C abandoned it.
func (c *chunker) Next() (string, error) {
	first, err := c.read(ps1)
	if err != nil {
		return "", err
	}
	if isBlank(first) {
		return "", nil
	}
	lines := []string{first}
	text := func() string { return strings.Join(lines, "\n") + "\n" }
	for {
		need := Dialect.PromptNeeds([]byte(text()))
		if need == syntax.PromptComplete {
			return text(), nil
		}
		line, err := c.read(ps2)
		if err == io.EOF {
			return text(), nil
		}
		if err != nil {
			return "", err
		}
		if need == syntax.PromptMoreBlock {
			switch {
			case isBlank(line):
				blanks := []string{line}
				for c.src.More() {
					next, err := c.read(ps2)
					if err != nil {
						break
					}
					if isBlank(next) {
						blanks = append(blanks, next)
						continue
					}
					if isIndented(next) {
						lines = append(lines, blanks...)
						line = next
					} else {
						c.pending = append(c.pending, next)
					}
					break
				}
				if isBlank(line) {
					return text(), nil
				}
			case !isIndented(line) && !isComment(line) && !continuesBlock(line):
				c.pending = append(c.pending, line)
				return text(), nil
			}
		}
		lines = append(lines, line)
	}
}

func isBlank(line string) bool    { return strings.TrimSpace(line) == "" }
func isIndented(line string) bool { return line != "" && (line[0] == ' ' || line[0] == '\t') }
func isComment(line string) bool  { return strings.HasPrefix(strings.TrimSpace(line), "#") }

func firstWord(line string) string {
	line = strings.TrimSpace(line)
	end := strings.IndexFunc(line, func(r rune) bool {
		return !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	})
	if end < 0 {
		return line
	}
	return line[:end]
}

// continuesBlock reports whether line, in column 0, goes on with the
// compound statement before it.
func continuesBlock(line string) bool {
	switch firstWord(line) {
	case "else", "elif", "except", "finally":
		return true
	}
	return false
}
