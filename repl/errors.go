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
// Syntax and name-resolution errors show file:line:col, the line and a
// caret under the column; runtime errors are pyerr.Traceback.
func (s *Session) FormatError(err error) string {
	var b strings.Builder
	var se syntax.Error
	var rl resolve.ErrorList
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
	default:
		b.WriteString(pyerr.Traceback(err))
	}
	if h := hint(b.String()); h != "" {
		b.WriteString("hint: " + h + "\n")
	}
	return b.String()
}

// hints turn the errors a Python user meets first into what to write
// instead; the error itself is printed as it is.
var hints = []struct{ in, hint string }{
	{"SyntaxError: got import,", "netrepl imports nothing: its modules (socket, struct, binascii, threading, queue, socketserver, contextlib, time, sys) are always there, so only imports of those are accepted, as statements of their own (not after ; or :); load(\"file.star\", \"name\") loads a .star file"},
	{"SyntaxError: got try,", "Starlark has no try/except: r = catch(fn, *args) returns r.ok, r.value, r.error (help(catch)); fail(msg) raises"},
	{"SyntaxError: got except,", "Starlark has no try/except: r = catch(fn, *args) returns r.ok, r.value, r.error (help(catch))"},
	{"SyntaxError: got from,", "netrepl imports nothing: its modules (socket, struct, binascii, threading, queue, socketserver, contextlib, time, sys) are always there; `from socket import x, y` and `import socket as s` are accepted as statements of their own (not after ; or :), or write socket.AF_INET"},
	{"unexpected input character '?'", "name? is help at the prompt; in a script or piped input write help(name)"},
	{"got '**',", "Starlark has no ** operator: write pow(base, exp)"},
	{"SyntaxError: got raise,", "Starlark has no raise: fail(msg) stops with an error"},
	{"SyntaxError: got class,", "Starlark has no classes: use functions, and dicts for data (a socketserver handler is a function)"},
	{"has no .fromhex field", "there is no bytes.fromhex: unhexlify(s) decodes hex (whitespace is not skipped: remove it first)"},
}

func hint(report string) string {
	for _, h := range hints {
		if strings.Contains(report, h.in) {
			return h.hint
		}
	}
	return ""
}

func (s *Session) writeSyntax(b *strings.Builder, pos syntax.Position, typ, msg string) {
	fmt.Fprintf(b, "%s: %s: %s\n", pos, typ, msg)
	if line := s.sourceLine(pos); line != "" {
		trimmed := strings.TrimLeft(line, " \t")
		col := int(pos.Col) - 1 - (len(line) - len(trimmed))
		fmt.Fprintf(b, "    %s\n", strings.TrimRight(trimmed, " \t\r"))
		if col >= 0 && col <= len(trimmed) {
			fmt.Fprintf(b, "    %s^\n", strings.Repeat(" ", col))
		}
	}
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
