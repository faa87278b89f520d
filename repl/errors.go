package repl

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"go.starlark.net/resolve"
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"netrepl/builtins/pyerr"
)

// FormatError renders an uncaught error as netrepl prints it on stderr:
// a Starlark backtrace (file:line:col of each call, with the source line
// where the file is at hand) and a last line naming the error the Python
// way, "ConnectionRefusedError: [Errno 111] Connection refused (...)".
// Syntax errors show the line and a caret under the column.
func (s *Session) FormatError(err error) string {
	var b strings.Builder
	var se syntax.Error
	var rl resolve.ErrorList
	var ee *starlark.EvalError
	switch {
	case errors.As(err, &se):
		s.writeSyntax(&b, se.Pos, "SyntaxError", se.Msg)
	case errors.As(err, &rl):
		for _, e := range rl {
			typ, msg := "SyntaxError", e.Msg
			if name, ok := strings.CutPrefix(msg, "undefined: "); ok {
				typ, msg = "NameError", fmt.Sprintf("name '%s' is not defined", name)
			}
			s.writeSyntax(&b, e.Pos, typ, msg)
		}
	case errors.As(err, &ee):
		stack := ee.CallStack
		for len(stack) > 0 && stack[len(stack)-1].Pos.Filename() == "<builtin>" {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			b.WriteString("Traceback (most recent call last):\n")
			for _, fr := range stack {
				fmt.Fprintf(&b, "  %s: in %s\n", fr.Pos, fr.Name)
				if line := s.sourceLine(fr.Pos, false); line != "" {
					fmt.Fprintf(&b, "    %s\n", strings.TrimSpace(line))
				}
			}
		}
		b.WriteString(lastLine(err))
		b.WriteByte('\n')
	default:
		b.WriteString(lastLine(err))
		b.WriteByte('\n')
	}
	return b.String()
}

func lastLine(err error) string {
	pe := pyerr.Classify(err)
	if pe.Type == "KeyboardInterrupt" {
		return "KeyboardInterrupt"
	}
	return pe.Error()
}

func (s *Session) writeSyntax(b *strings.Builder, pos syntax.Position, typ, msg string) {
	fmt.Fprintf(b, "%s: %s: %s\n", pos, typ, msg)
	if line := s.sourceLine(pos, true); line != "" {
		trimmed := strings.TrimLeft(line, " \t")
		col := int(pos.Col) - 1 - (len(line) - len(trimmed))
		fmt.Fprintf(b, "    %s\n", strings.TrimRight(trimmed, " \t\r"))
		if col >= 0 && col <= len(trimmed) {
			fmt.Fprintf(b, "    %s^\n", strings.Repeat(" ", col))
		}
	}
}

// sourceLine returns line pos.Line of the file pos names, or "". Chunks
// typed at the prompt are all named <stdin>: only the one being run (for
// its syntax errors) is known, so a frame of an earlier chunk shows no
// line rather than a wrong one.
func (s *Session) sourceLine(pos syntax.Position, current bool) string {
	name := pos.Filename()
	if name == "" || pos.Line < 1 {
		return ""
	}
	var lines []string
	if strings.HasPrefix(name, "<") {
		if !current || name != s.chunkName {
			return ""
		}
		lines = s.chunkLines
	} else {
		data, err := os.ReadFile(name)
		if err != nil {
			return ""
		}
		lines = strings.Split(string(data), "\n")
	}
	if int(pos.Line) > len(lines) {
		return ""
	}
	return lines[pos.Line-1]
}
