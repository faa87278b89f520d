package repl

import (
	"errors"
	"io"
	"strings"
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

// chunker cuts input lines into chunks, as Python's prompt does, with two
// differences that make pasting and piping safe:
//   - a compound statement (def/if/for/while) ends at a blank line, unless
//     more input is already waiting and its next non-blank line is
//     indented: then the blank line was inside the pasted body;
//   - it also ends at a line that starts in column 0 (other than else/elif
//     or a comment), and that line starts the next chunk instead of being
//     lost.
//
// Lines inside brackets, triple-quoted strings or after a backslash always
// continue the chunk.
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
	var st scanState
	st.feed(first)
	block := startsBlock(first)
	for st.open() || block {
		line, err := c.read(ps2)
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
		switch {
		case st.open():
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
				return strings.Join(lines, "\n") + "\n", nil
			}
		case !isIndented(line) && !isComment(line) && !continuesBlock(line):
			c.pending = append(c.pending, line)
			return strings.Join(lines, "\n") + "\n", nil
		}
		lines = append(lines, line)
		st.feed(line)
	}
	return strings.Join(lines, "\n") + "\n", nil
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

func startsBlock(line string) bool {
	switch firstWord(line) {
	case "def", "if", "for", "while", "with":
		return true
	}
	return false
}

func continuesBlock(line string) bool {
	switch firstWord(line) {
	case "else", "elif":
		return true
	}
	return false
}

// scanState follows brackets, strings and backslash continuations across
// lines, so the chunker knows when a line cannot end a statement.
type scanState struct {
	depth     int    // open ( [ {
	quote     string // the open triple quote, if any
	backslash bool   // the last line ended with a continuation backslash
}

func (st *scanState) open() bool { return st.depth > 0 || st.quote != "" || st.backslash }

func (st *scanState) feed(line string) {
	st.backslash = false
	for i := 0; i < len(line); i++ {
		ch := line[i]
		if st.quote != "" {
			switch {
			case ch == '\\':
				i++
			case strings.HasPrefix(line[i:], st.quote):
				i += len(st.quote) - 1
				st.quote = ""
			}
			continue
		}
		switch ch {
		case '#':
			return
		case '(', '[', '{':
			st.depth++
		case ')', ']', '}':
			if st.depth > 0 {
				st.depth--
			}
		case '\'', '"':
			if q := strings.Repeat(string(ch), 3); strings.HasPrefix(line[i:], q) {
				st.quote = q
				i += 2
				continue
			}
			// A one-line string: skip to its closing quote.
			for i++; i < len(line) && line[i] != ch; i++ {
				if line[i] == '\\' {
					i++
				}
			}
		case '\\':
			if i == len(line)-1 {
				st.backslash = true
			}
		}
	}
}
