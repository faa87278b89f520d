package repl

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

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

// rewriteWithStatement rewrites the with statement at the start of rest,
// if it is one (a rewriteStatements callback).
func rewriteWithStatement(rest []byte) ([]byte, int, bool) {
	if !hasKeyword(rest, "with") {
		return nil, 0, false
	}
	return withHeader(rest)
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
// statement's header that replaces it and the length it replaces. The
// header may go on over lines inside brackets or after a backslash (the
// newlines are kept, so later lines keep their numbers), hold comments
// inside brackets, and put its items in parentheses (Python 3.10).
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
		case '\\':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++ // a continued line: the newline stays in the item
			}
		case '#':
			if depth == 0 {
				return nil, 0, false
			}
			for i+1 < len(s) && s[i+1] != '\n' { // a comment inside brackets
				i++
			}
		case ',':
			if depth == 0 {
				items = append(items, s[from:i])
				from = i + 1
			}
		case '\n':
			if depth == 0 {
				return nil, 0, false
			}
		case ':':
			if depth == 0 {
				items = append(items, s[from:i])
				return forHeader(parenthesized(items), bytes.Count(s[:i], []byte("\n"))), i + 1, true
			}
		}
	}
	return nil, 0, false
}

// parenthesized unwraps "with (A as a, B as b):" into its items; a single
// parenthesized expression ("with (lock):") stays as it is.
func parenthesized(items [][]byte) [][]byte {
	if len(items) != 1 {
		return items
	}
	text := bytes.TrimSpace(items[0])
	if len(text) < 2 || text[0] != '(' || text[len(text)-1] != ')' || closingParen(text) != len(text)-1 {
		return items
	}
	inner := text[1 : len(text)-1]
	var parts [][]byte
	depth, from := 0, 0
	for i := 0; i < len(inner); i++ {
		switch c := inner[i]; c {
		case '"', '\'':
			end, _, _ := literalEnd(inner, i)
			i = end - 1
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '#':
			for i+1 < len(inner) && inner[i+1] != '\n' {
				i++
			}
		case ',':
			if depth == 0 {
				parts = append(parts, inner[from:i])
				from = i + 1
			}
		}
	}
	if last := inner[from:]; len(bytes.TrimSpace(stripComment(last))) > 0 {
		parts = append(parts, last)
	}
	if len(parts) == 1 && lastAs(string(parts[0])) < 0 {
		return items // (expr): an expression in parentheses
	}
	return parts
}

// closingParen is the index of the ')' that closes text[0].
func closingParen(text []byte) int {
	depth := 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '"', '\'':
			end, _, _ := literalEnd(text, i)
			i = end - 1
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// stripComment drops the comments of a line-spanning item.
func stripComment(b []byte) []byte {
	var out []byte
	for _, line := range bytes.Split(b, []byte("\n")) {
		if k := bytes.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		out = append(out, line...)
	}
	return out
}

// lastAs is the index of the last " as " outside brackets, strings and
// comments, or -1.
func lastAs(text string) int {
	found, depth := -1, 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '"', '\'':
			end, _, _ := literalEnd([]byte(text), i)
			i = end - 1
		case '#':
			for i+1 < len(text) && text[i+1] != '\n' {
				i++
			}
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case ' ', '\t', '\n':
			if depth == 0 && i+4 <= len(text) && text[i+1:i+3] == "as" && i+3 < len(text) && (text[i+3] == ' ' || text[i+3] == '\t') {
				found = i
			}
		}
	}
	return found
}

// unusedTarget is what a with item without "as" binds (not _, which the
// prompt keeps for the last value).
const unusedTarget = "__with_value"

// forHeader is "for TARGETS in __with__(lambda: E1, lambda t1: E2, ...):".
// Each item's expression is a function of the names the items before it
// bound, so __with__ evaluates and enters them in order, as Python does
// (with A() as a, B(a) as b:), and leaves the entered ones if one fails.
// The header keeps the newlines of the header it replaces (newlines is
// their number), so the lines after it keep their numbers.
func forHeader(items [][]byte, newlines int) []byte {
	if len(items) == 0 {
		items = [][]byte{[]byte("()")} // with (): an empty tuple, as in Python
	}
	var targets, thunks []string
	for i, item := range items {
		text := string(item)
		expr, target := text, unusedTarget+fmt.Sprint(i)
		if k := lastAs(text); k >= 0 {
			target = text[k+len(" as "):]
			if c := strings.IndexByte(target, '#'); c >= 0 {
				target = target[:c] // a comment after the last item
			}
			expr, target = text[:k], strings.TrimSpace(target)
		}
		params := strings.Join(targets, ", ")
		if params != "" {
			params = " " + params
		}
		thunks = append(thunks, "lambda"+params+": ("+strings.TrimLeft(expr, " \t")+")")
		targets = append(targets, target)
	}
	t := targets[0]
	if len(targets) > 1 {
		t = "(" + strings.Join(targets, ", ") + ")"
	}
	call := strings.Join(thunks, ", ")
	if missing := newlines - strings.Count(call, "\n"); missing > 0 {
		call += strings.Repeat("\n", missing)
	}
	return []byte(fmt.Sprintf("for %s in %s(%s):", t, withName, call))
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

func (w *withValues) Iterate() starlark.Iterator {
	it := &withIter{w: w}
	stack, _ := active.LoadOrStore(w.thread, new([]*withIter))
	s := stack.(*[]*withIter)
	*s = append(*s, it)
	return it
}

// active holds each thread's open with blocks, innermost last: an error
// leaving several makes go.starlark.net end its loops outermost first,
// and Python leaves the innermost first (an inner socket is closed
// before the outer lock is released).
var active sync.Map // *starlark.Thread -> *[]*withIter

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
	if stack, ok := active.Load(it.w.thread); ok {
		s := stack.(*[]*withIter)
		for i := len(*s) - 1; i >= 0; i-- {
			if (*s)[i] == it {
				inner := (*s)[i+1:]
				*s = (*s)[:i]
				for j := len(inner) - 1; j >= 0; j-- {
					inner[j].leave()
				}
				break
			}
		}
		if len(*s) == 0 {
			active.Delete(it.w.thread)
		}
	}
	it.leave()
}

// leave calls the exits, last entered first, once.
func (it *withIter) leave() {
	exits := it.w.exits
	it.w.exits = nil
	for i := len(exits) - 1; i >= 0; i-- {
		starlark.Call(it.w.thread, exits[i], nil, nil)
	}
}

// withBuiltin is __with__(*items): each item a function of the values
// bound before it, which returns the value to enter. It enters them in
// order (a Lock is acquired) and returns the loop that leaves them; if
// one fails, those entered are left.
var withBuiltin = starlark.NewBuiltin(withName, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	w := &withValues{thread: thread}
	for i, item := range args {
		v, err := starlark.Call(thread, item, append(starlark.Tuple(nil), w.values...), nil)
		if err != nil {
			(&withIter{w: w}).Done()
			return nil, err
		}
		w.values = append(w.values, v)
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

// rewriteWithBranches makes break and continue inside a with block act on
// the loop around it, as in Python, where the one-pass loop a with became
// would take them for its own: in
//
//	for ...:
//	    with lock:
//	        if done:
//	            break
//
// the break becomes "__with_flowN = 1; break" (leaving the with, which
// releases the lock), and "if __with_flowN == 1: break" follows the with
// (2 for continue). A break or continue in a with outside any loop is
// Python's SyntaxError. f is parsed, not yet resolved.
func rewriteWithBranches(f *syntax.File) error {
	w := &branchWalker{}
	var err error
	f.Stmts, err = w.stmts(f.Stmts, false)
	return err
}

type branchWalker struct{ n int }

func isWithLoop(s *syntax.ForStmt) bool {
	call, ok := s.X.(*syntax.CallExpr)
	if !ok {
		return false
	}
	id, ok := call.Fn.(*syntax.Ident)
	return ok && id.Name == withName
}

func (w *branchWalker) stmts(list []syntax.Stmt, inLoop bool) ([]syntax.Stmt, error) {
	var out []syntax.Stmt
	for _, s := range list {
		var err error
		switch s := s.(type) {
		case *syntax.ForStmt:
			if isWithLoop(s) {
				var flow []syntax.Stmt
				if flow, err = w.with(s, inLoop); err != nil {
					return nil, err
				}
				out = append(out, flow...)
				continue
			}
			if s.Body, err = w.stmts(s.Body, true); err == nil {
				s.Else, err = w.stmts(s.Else, inLoop) // a loop's else is outside it
			}
		case *syntax.WhileStmt:
			if s.Body, err = w.stmts(s.Body, true); err == nil {
				s.Else, err = w.stmts(s.Else, inLoop)
			}
		case *syntax.IfStmt:
			if s.True, err = w.stmts(s.True, inLoop); err == nil {
				s.False, err = w.stmts(s.False, inLoop)
			}
		case *syntax.DefStmt:
			s.Body, err = w.stmts(s.Body, false)
		}
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// with rewrites one with loop and returns the statements that replace it.
func (w *branchWalker) with(s *syntax.ForStmt, inLoop bool) ([]syntax.Stmt, error) {
	body, err := w.stmts(s.Body, inLoop) // inner withs first: their flow checks are branches of this one
	if err != nil {
		return nil, err
	}
	name := fmt.Sprintf("__with_flow%d", w.n)
	pos := s.For
	found := false
	var bad *syntax.BranchStmt
	var replace func(list []syntax.Stmt) []syntax.Stmt
	replace = func(list []syntax.Stmt) []syntax.Stmt {
		var out []syntax.Stmt
		for _, st := range list {
			switch st := st.(type) {
			case *syntax.BranchStmt:
				if st.Token == syntax.BREAK || st.Token == syntax.CONTINUE {
					if !inLoop {
						bad = st
					}
					found = true
					code := int64(1)
					if st.Token == syntax.CONTINUE {
						code = 2
					}
					out = append(out, setFlow(name, code, st.TokenPos), &syntax.BranchStmt{Token: syntax.BREAK, TokenPos: st.TokenPos})
					continue
				}
			case *syntax.IfStmt:
				st.True = replace(st.True)
				if st.False != nil {
					st.False = replace(st.False)
				}
			}
			out = append(out, st)
		}
		return out
	}
	s.Body = replace(body)
	if bad != nil {
		msg := "'break' outside loop"
		if bad.Token == syntax.CONTINUE {
			msg = "'continue' not properly in loop"
		}
		return nil, syntax.Error{Pos: bad.TokenPos, Msg: msg}
	}
	if !found {
		return []syntax.Stmt{s}, nil
	}
	w.n++
	after := func(code int64, tok syntax.Token) syntax.Stmt {
		return &syntax.IfStmt{
			If:   pos,
			Cond: &syntax.BinaryExpr{X: &syntax.Ident{NamePos: pos, Name: name}, OpPos: pos, Op: syntax.EQL, Y: intLit(code, pos)},
			True: []syntax.Stmt{&syntax.BranchStmt{Token: tok, TokenPos: pos}},
		}
	}
	return []syntax.Stmt{setFlow(name, 0, pos), s, after(1, syntax.BREAK), after(2, syntax.CONTINUE)}, nil
}

func setFlow(name string, code int64, pos syntax.Position) syntax.Stmt {
	return &syntax.AssignStmt{OpPos: pos, Op: syntax.EQ, LHS: &syntax.Ident{NamePos: pos, Name: name}, RHS: intLit(code, pos)}
}

func intLit(v int64, pos syntax.Position) *syntax.Literal {
	return &syntax.Literal{Token: syntax.INT, TokenPos: pos, Raw: fmt.Sprint(v), Value: v}
}
