package pyerr

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"weak"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// Traceback renders an uncaught runtime error as netrepl prints it:
// "Traceback (most recent call last):", one entry per Starlark frame
// ("  FILE:LINE:COL: in NAME", the source line under it and a caret
// under the column), then the error named the Python way. The line comes
// from the file on disk, or for code with no file (<stdin>, <string>)
// from its text kept by RegisterSource. Frames of Go builtins are left
// out, as Python leaves out C functions. The REPL, a thread's excepthook
// and a server's handle_error all print this.
func Traceback(err error) string { return traceback(err, 0) }

// traceback is Traceback leaving out the first skip frames (those above
// the frame that caught a cause or context, which CPython's traceback of
// it does not show).
func traceback(err error, skip int) string {
	var b strings.Builder
	var exc *starlark.Exception
	if errors.As(err, &exc) {
		// raise X from Y: Y's report first, as CPython prints the chain
		if cause, ok := exc.Cause().(*starlark.Exception); ok {
			if cerr := cause.Raised(); cerr != nil {
				b.WriteString(traceback(cerr, cause.CaughtDepth()-1))
			} else {
				b.WriteString(Classify(cause).Error() + "\n")
			}
			b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
		} else if ctx := exc.Context(); ctx != nil {
			if cerr := ctx.Raised(); cerr != nil {
				b.WriteString(traceback(cerr, ctx.CaughtDepth()-1))
			} else {
				b.WriteString(Classify(ctx).Error() + "\n")
			}
			b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
		}
	}
	var ee *starlark.EvalError
	if errors.As(err, &ee) {
		var frames strings.Builder
		stack := ee.CallStack
		if skip > 0 && skip < len(stack) {
			stack = stack[skip:]
		}
		for _, fr := range stack {
			if fr.Pos.Filename() == "<builtin>" {
				continue
			}
			fmt.Fprintf(&frames, "  %s: in %s\n", fr.Pos, fr.Name)
			frames.WriteString(Caret(PositionLine(fr.Pos), int(fr.Pos.Col)))
		}
		if frames.Len() > 0 {
			b.WriteString("Traceback (most recent call last):\n")
			b.WriteString(frames.String())
		}
	}
	b.WriteString(Classify(err).Error())
	b.WriteByte('\n')
	return b.String()
}

// Caret renders a source line as a traceback shows it: indented by four,
// without its own indentation, and under it CPython 3.11's marks for the
// expression at column col (from 1): ^^^ under a call or an attribute,
// ~~^^^^ under a subscript, ~~^^~~ under a binary operation, a single ^
// for anything else; none when the expression is the whole line, as in
// CPython. It returns "" for an empty line.
func Caret(line string, col int) string { return caret(line, col, true) }

// SyntaxCaret renders a syntax error's line: a single ^ under column col
// (which may be just past the line's end).
func SyntaxCaret(line string, col int) string { return caret(line, col, false) }

func caret(line string, col int, expr bool) string {
	line = strings.TrimRight(line, " \t\r\n")
	trimmed := strings.TrimLeft(line, " \t\f")
	if trimmed == "" {
		return ""
	}
	s := "    " + trimmed + "\n"
	runes := []rune(line)
	indent := len(runes) - len([]rune(trimmed))
	c := col - 1
	if col < 1 || c < indent || c > len(runes) {
		return s
	}
	if expr && isRaise(runes[c:]) {
		return s // a raise statement: the whole statement, no marks
	}
	var marks []rune
	if expr {
		marks = underline(runes, c)
	} else {
		marks = []rune(strings.Repeat(" ", c) + "^")
	}
	start := 0
	for start < len(marks) && marks[start] == ' ' {
		start++
	}
	if expr && start == indent && len(marks) == len(runes) && !strings.ContainsRune(string(marks[start:]), ' ') && len(marks)-start > 1 {
		return s // the whole line
	}
	var pad strings.Builder
	for i := indent; i < len(marks); i++ {
		switch {
		case marks[i] != ' ':
			pad.WriteRune(marks[i])
		case i < len(runes) && runes[i] == '\t':
			pad.WriteRune('\t')
		default:
			pad.WriteByte(' ')
		}
	}
	return s + "    " + strings.TrimRight(pad.String(), " \t") + "\n"
}

func isRaise(r []rune) bool {
	s := string(r)
	return s == "raise" || strings.HasPrefix(s, "raise ") || strings.HasPrefix(s, "raise(")
}

// underline returns marks for runes[:end of the expression at c]: ' '
// outside it, '^' and '~' inside.
func underline(runes []rune, c int) []rune {
	marks := make([]rune, len(runes))
	for i := range marks {
		marks[i] = ' '
	}
	fill := func(from, to int, m rune) {
		for i := max(from, 0); i < to && i < len(marks); i++ {
			marks[i] = m
		}
	}
	one := func() []rune {
		fill(c, c+1, '^')
		return marks[:min(c+1, len(marks))]
	}
	if c >= len(runes) {
		return one()
	}
	switch r := runes[c]; {
	case r == '(' || r == '[':
		end := closing(runes, c)
		if end < 0 {
			return one()
		}
		start := atomStart(runes, c-1)
		if start > c-1 {
			return one()
		}
		if r == '[' {
			fill(start, c, '~')
			fill(c, end+1, '^')
		} else {
			fill(start, end+1, '^')
		}
		return marks[:end+1]
	case r == '.':
		start := atomStart(runes, c-1)
		end := c + 1
		for end < len(runes) && isNameRune(runes[end]) {
			end++
		}
		fill(start, end, '^')
		return marks[:end]
	case strings.ContainsRune("+-*/%&|^<>=!@", r):
		end := c
		for end < len(runes) && strings.ContainsRune("+-*/%&|^<>=!@", runes[end]) {
			end++
		}
		l := c - 1
		for l >= 0 && runes[l] == ' ' {
			l--
		}
		start := atomStart(runes, l)
		rs := end
		for rs < len(runes) && runes[rs] == ' ' {
			rs++
		}
		rend := atomEnd(runes, rs)
		if start > l || rend <= rs {
			return one()
		}
		fill(start, rend, '~')
		fill(c, end, '^')
		return marks[:rend]
	case isNameRune(r) && (c == 0 || !isNameRune(runes[c-1])):
		// a name (NameError): all of it
		end := c
		for end < len(runes) && isNameRune(runes[end]) {
			end++
		}
		fill(c, end, '^')
		return marks[:end]
	}
	return one()
}

func isNameRune(r rune) bool {
	return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 0x7f
}

// closing returns the index of the bracket that closes runes[i], or -1.
func closing(runes []rune, i int) int {
	depth := 0
	var quote rune
	for j := i; j < len(runes); j++ {
		r := runes[j]
		switch {
		case quote != 0:
			if r == '\\' {
				j++
			} else if r == quote {
				quote = 0
			}
		case r == '"' || r == '\'':
			quote = r
		case r == '(' || r == '[' || r == '{':
			depth++
		case r == ')' || r == ']' || r == '}':
			depth--
			if depth == 0 {
				return j
			}
		case r == '#':
			return -1
		}
	}
	return -1
}

// atomStart returns where the operand that ends at runes[i] starts: a
// name, number or string with its trailers (a.b, f(x), x[i]).
func atomStart(runes []rune, i int) int {
	start := i + 1
	for i >= 0 {
		r := runes[i]
		switch {
		case isNameRune(r) || r == '.':
			i--
		case r == ')' || r == ']' || r == '}':
			depth := 0
			for ; i >= 0; i-- {
				if runes[i] == ')' || runes[i] == ']' || runes[i] == '}' {
					depth++
				} else if runes[i] == '(' || runes[i] == '[' || runes[i] == '{' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if i < 0 {
				return start
			}
			i--
		case r == '"' || r == '\'':
			j := i - 1
			for j >= 0 && runes[j] != r {
				j--
			}
			if j < 0 {
				return start
			}
			i = j - 1
			for i >= 0 && strings.ContainsRune("bBrRuUfF", runes[i]) {
				i--
			}
		default:
			return i + 1
		}
		start = i + 1
	}
	return start
}

// atomEnd returns where the operand that starts at runes[i] ends.
func atomEnd(runes []rune, i int) int {
	for i < len(runes) && strings.ContainsRune("-+~", runes[i]) {
		i++
	}
	end := i
	for i < len(runes) {
		r := runes[i]
		switch {
		case isNameRune(r) || r == '.':
			i++
		case r == '(' || r == '[' || r == '{' || r == '"' || r == '\'':
			if r == '"' || r == '\'' {
				j := i + 1
				for j < len(runes) && runes[j] != r {
					j++
				}
				if j >= len(runes) {
					return end
				}
				i = j + 1
			} else {
				j := closing(runes, i)
				if j < 0 {
					return end
				}
				i = j + 1
			}
		default:
			return i
		}
		end = i
	}
	return end
}

// sources holds the text of code that has no file, by the identity of
// its parse (syntax.Position.FileID), while that code is alive.
var sources struct {
	sync.Mutex
	m map[weak.Pointer[string]][]string
}

// RegisterSource keeps src as the text of the parse whose positions
// have the given FileID, so that a traceback shows its lines (for
// functions defined at the prompt, called later). The text is dropped
// when no position refers to that parse any more.
func RegisterSource(id *string, src []byte) {
	if id == nil {
		return
	}
	key := weak.Make(id)
	sources.Lock()
	if sources.m == nil {
		sources.m = map[weak.Pointer[string]][]string{}
	}
	_, seen := sources.m[key]
	sources.m[key] = strings.Split(string(src), "\n")
	sources.Unlock()
	if !seen {
		runtime.AddCleanup(id, func(k weak.Pointer[string]) {
			sources.Lock()
			delete(sources.m, k)
			sources.Unlock()
		}, key)
	}
}

// PositionLine returns the source line of a position: from the text
// kept by RegisterSource, else from the file on disk.
func PositionLine(pos syntax.Position) string {
	if id := pos.FileID(); id != nil {
		sources.Lock()
		lines, ok := sources.m[weak.Make(id)]
		sources.Unlock()
		if ok {
			if n := int(pos.Line); n >= 1 && n <= len(lines) {
				return strings.TrimRight(lines[n-1], "\r")
			}
			return ""
		}
	}
	return SourceLine(pos.Filename(), int(pos.Line))
}

// SourceLine returns line n (from 1) of the named file, or "" when the
// name is not a file on disk (<stdin>, <string>) or has no such line.
func SourceLine(name string, n int) string {
	if name == "" || strings.HasPrefix(name, "<") || n < 1 {
		return ""
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r")
}
