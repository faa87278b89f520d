package repl

import (
	"bytes"
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// Python's with statement, which Starlark does not have, as a loop that
// runs once: before a chunk or a loaded file is parsed,
//
//	with socket.create_connection(addr) as s:   ->   for s in __with__(socket.create_connection(addr)):
//	with lock:                                  ->   for _ in __with__(lock):
//	with A as a, B as b:                        ->   for (a, b) in __with__(A, B):
//
// on the same line, the block untouched. __with__ enters each value
// (a Lock is acquired) and the loop's end leaves them, in reverse order,
// however the block ends (its last line, break, return or an error):
// a socket or file is closed, a server's server_close() called, a Lock
// released. That is what Python's socket, socketserver and threading
// objects do as context managers.

// withName is the predeclared builtin a with statement calls.
const withName = "__with__"

// rewriteWith returns src with its with statements rewritten.
func rewriteWith(src []byte) []byte {
	if !bytes.Contains(src, []byte("with")) {
		return src
	}
	return rewriteStatements(src, func(rest []byte) ([]byte, int, bool) {
		if !hasKeyword(rest, "with") {
			return nil, 0, false
		}
		return withHeader(rest)
	})
}

// rewriteStatements calls rewrite at the start of every statement of src
// (after its indentation; not inside strings, comments or brackets) with
// the source from there on; where it reports ok, the first n bytes of
// that are replaced by what it returns.
func rewriteStatements(src []byte, rewrite func(rest []byte) (out []byte, n int, ok bool)) []byte {
	var out []byte
	changed := false
	depth, lineStart := 0, true
	for i := 0; i < len(src); {
		c := src[i]
		if lineStart && depth == 0 && (c == ' ' || c == '\t') {
			out = append(out, c)
			i++
			continue
		}
		if lineStart && depth == 0 {
			lineStart = false
			if repl, n, ok := rewrite(src[i:]); ok {
				out = append(out, repl...)
				i += n
				changed = true
				continue
			}
		}
		lineStart = false
		switch {
		case c == '#':
			j := bytes.IndexByte(src[i:], '\n')
			if j < 0 {
				j = len(src) - i
			}
			out = append(out, src[i:i+j]...)
			i += j
			continue
		case c == '"' || c == '\'':
			end, _, _ := literalEnd(src, i)
			out = append(out, src[i:end]...)
			i = end
			continue
		case c == '(' || c == '[' || c == '{':
			depth++
		case (c == ')' || c == ']' || c == '}') && depth > 0:
			depth--
		case c == '\n':
			lineStart = true
		case c == '\\' && i+1 < len(src) && src[i+1] == '\n':
			out = append(out, src[i:i+2]...)
			i += 2
			continue
		}
		out = append(out, c)
		i++
	}
	if !changed {
		return src
	}
	return out
}

// hasKeyword reports whether s starts with the keyword kw, alone.
func hasKeyword(s []byte, kw string) bool {
	return bytes.HasPrefix(s, []byte(kw)) && len(s) > len(kw) && !isIdentByte(s[len(kw)])
}

// withHeader reads "with ITEMS:" at the start of s and returns the for
// statement's header that replaces it and the length it replaces.
func withHeader(s []byte) ([]byte, int, bool) {
	// The header ends at the first ':' outside brackets and strings (a
	// lambda or dict in an item needs brackets, as in Python).
	start := len("with")
	var items [][]byte
	depth, from := 0, start
	for i := start; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\'':
			end, _, closed := literalEnd(s, i)
			if !closed {
				return nil, 0, false
			}
			i = end - 1
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case ',':
			if depth == 0 {
				items = append(items, s[from:i])
				from = i + 1
			}
		case '\n', '#':
			if depth == 0 {
				return nil, 0, false
			}
		case ':':
			if depth == 0 {
				items = append(items, s[from:i])
				return forHeader(items), i + 1, true
			}
		}
	}
	return nil, 0, false
}

// forHeader is "for TARGETS in __with__(EXPRS):".
func forHeader(items [][]byte) []byte {
	var targets, exprs []string
	for _, item := range items {
		text := strings.TrimSpace(string(item))
		expr, target := text, "_"
		if k := lastAs(text); k >= 0 {
			expr, target = strings.TrimSpace(text[:k]), strings.TrimSpace(text[k+len(" as "):])
		}
		exprs = append(exprs, expr)
		targets = append(targets, target)
	}
	t := targets[0]
	if len(targets) > 1 {
		t = "(" + strings.Join(targets, ", ") + ")"
	}
	return []byte(fmt.Sprintf("for %s in %s(%s):", t, withName, strings.Join(exprs, ", ")))
}

// lastAs is the index of the last " as " outside brackets and strings,
// or -1.
func lastAs(text string) int {
	found, depth := -1, 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '"', '\'':
			end, _, _ := literalEnd([]byte(text), i)
			i = end - 1
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case ' ', '\t':
			if depth == 0 && i+4 <= len(text) && text[i+1:i+3] == "as" && i+3 < len(text) && (text[i+3] == ' ' || text[i+3] == '\t') {
				found = i
			}
		}
	}
	return found
}

// withValues is what __with__ returns: a loop over the entered values,
// once, that leaves them when it ends.
type withValues struct {
	thread *starlark.Thread
	values starlark.Tuple   // what "as" binds: the value, True for a Lock
	exits  []starlark.Value // the bound methods that leave, in entry order
}

func (w *withValues) String() string        { return "<with>" }
func (w *withValues) Type() string          { return "with" }
func (w *withValues) Freeze()               {}
func (w *withValues) Truth() starlark.Bool  { return starlark.True }
func (w *withValues) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable type: with") }

func (w *withValues) Iterate() starlark.Iterator { return &withIter{w: w} }

type withIter struct {
	w    *withValues
	done bool
}

func (it *withIter) Next(p *starlark.Value) bool {
	if it.done {
		return false
	}
	it.done = true
	if len(it.w.values) == 1 {
		*p = it.w.values[0]
	} else {
		*p = it.w.values
	}
	return true
}

// Done leaves the values, last entered first; the loop has ended, by its
// block's end, break, return or an error. A leave that fails is not
// reported (Python would, but a loop's end has no way to).
func (it *withIter) Done() {
	exits := it.w.exits
	it.w.exits = nil
	for i := len(exits) - 1; i >= 0; i-- {
		starlark.Call(it.w.thread, exits[i], nil, nil)
	}
}

// withBuiltin is __with__(*values): enter each value (acquire a Lock)
// and return the loop that leaves them.
var withBuiltin = starlark.NewBuiltin(withName, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	w := &withValues{thread: thread, values: append(starlark.Tuple(nil), args...)}
	for i, v := range args {
		h, ok := v.(starlark.HasAttrs)
		method := func(name string) starlark.Value {
			if !ok {
				return nil
			}
			m, _ := h.Attr(name)
			return m
		}
		switch {
		case method("acquire") != nil && method("release") != nil:
			got, err := starlark.Call(thread, method("acquire"), nil, nil)
			if err != nil {
				(&withIter{w: w}).Done()
				return nil, err
			}
			w.values[i] = got // Python's Lock.__enter__ returns acquire()'s True
			w.exits = append(w.exits, method("release"))
		case method("server_close") != nil:
			w.exits = append(w.exits, method("server_close"))
		case method("close") != nil:
			w.exits = append(w.exits, method("close"))
		default:
			// Leave what was entered so far.
			(&withIter{w: w}).Done()
			return nil, pyerr.New("TypeError", "'%s' object does not support the context manager protocol", pyerr.TypeName(v))
		}
	}
	return w, nil
})
