package repl

import (
	"errors"
	"fmt"
	"strings"

	"go.starlark.net/resolve"
	"go.starlark.net/syntax"

	"netrepl/builtins/pyerr"
)

// FormatError renders an uncaught error as netrepl prints it on stderr.
// Syntax errors show file:line:col, CPython's type and message (the
// parser words them in the Python dialect), the line and a caret under
// the column; runtime errors are pyerr.Traceback. Python compiles a
// whole file before it runs any of it and reports the first syntax
// error only, and so does netrepl.
func (s *Session) FormatError(err error) string {
	var b strings.Builder
	var se syntax.Error
	var rl resolve.ErrorList
	switch {
	case errors.As(err, &se):
		typ := se.Type
		if typ == "" {
			typ = "SyntaxError"
		}
		s.writeSyntax(&b, se.Pos, typ, se.Msg)
		if strings.Contains(s.sourceLine(se.Pos), "?") && se.Msg == "invalid syntax" {
			b.WriteString("hint: name? is help at the prompt; in a script or piped input write help(name)\n")
		}
	case errors.As(err, &rl):
		e := rl[0]
		typ, msg := "SyntaxError", e.Msg
		if name, ok := strings.CutPrefix(msg, "undefined: "); ok {
			typ, msg = "NameError", fmt.Sprintf("name '%s' is not defined", name)
		}
		s.writeSyntax(&b, e.Pos, typ, msg)
	default:
		b.WriteString(pyerr.Traceback(err))
	}
	return b.String()
}

func (s *Session) writeSyntax(b *strings.Builder, pos syntax.Position, typ, msg string) {
	fmt.Fprintf(b, "%s: %s: %s\n", pos, typ, msg)
	b.WriteString(pyerr.SyntaxCaret(s.sourceLine(pos), int(pos.Col)))
}

// sourceLine returns the line of a syntax error: from the chunk being run
// when it has no file (every prompt chunk is <stdin>), else from the file.
func (s *Session) sourceLine(pos syntax.Position) string {
	name := pos.Filename()
	if !strings.HasPrefix(name, "<") {
		return pyerr.SourceLine(name, int(pos.Line))
	}
	if name != s.chunkName || pos.Line < 1 || int(pos.Line) > len(s.chunkLines) {
		return ""
	}
	return s.chunkLines[pos.Line-1]
}
