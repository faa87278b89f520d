package repl

import (
	"bytes"
	"strings"

	"go.starlark.net/syntax"
)

// Python's f-strings, which Starlark's scanner does not know: before a
// chunk or a loaded file is parsed, each f-string literal becomes the
// same literal without its f, with a .format(...) call taking the
// expressions:
//
//	f"{host}:{port:>5} {rtt!r} {x=}"  ->  "{}:{:>5} {!r} x={!r}".format((host), (port), (rtt), (x))
//
// str.format is Python's (builtins/methods), so the conversions and
// format specs mean what they mean in Python. Everything stays on its
// line (the call follows the closing quote), so positions after an
// f-string, and the source lines a traceback shows, are the user's.

// rewriteFStrings returns src with its f-strings rewritten, or a
// syntax error for a malformed one.
func rewriteFStrings(filename string, src []byte) ([]byte, error) {
	if !bytes.ContainsAny(src, "fF") {
		return src, nil
	}
	r := &fscanner{filename: filename, src: src}
	return r.run()
}

type fscanner struct {
	filename string
	src      []byte
	out      []byte
	changed  bool
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// stringPrefix reports whether word is a string prefix, and whether it
// holds f and r.
func stringPrefix(word string) (ok, f, raw bool) {
	switch strings.ToLower(word) {
	case "r", "b", "rb", "br":
		return true, false, strings.ContainsAny(word, "rR")
	case "f", "rf", "fr":
		return true, true, strings.ContainsAny(word, "rR")
	}
	return false, false, false
}

// literalEnd returns the index just past the string literal whose
// opening quote is at src[q] (len(src) if it is not closed), and its
// quote (one or three characters); closed says whether it is closed.
func literalEnd(src []byte, q int) (end int, quote string, closed bool) {
	quote = string(src[q : q+1])
	if bytes.HasPrefix(src[q:], []byte(strings.Repeat(quote, 3))) {
		quote = strings.Repeat(quote, 3)
	}
	for i := q + len(quote); i < len(src); i++ {
		switch c := src[i]; {
		case c == '\\':
			i++
		case c == '\n' && len(quote) == 1:
			return len(src), quote, false // unterminated: the parser says so
		case bytes.HasPrefix(src[i:], []byte(quote)):
			return i + len(quote), quote, true
		}
	}
	return len(src), quote, false
}

func (r *fscanner) run() ([]byte, error) {
	src := r.src
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '#':
			j := bytes.IndexByte(src[i:], '\n')
			if j < 0 {
				j = len(src) - i
			}
			r.out = append(r.out, src[i:i+j]...)
			i += j
		case c == '"' || c == '\'':
			end, _, _ := literalEnd(src, i)
			r.out = append(r.out, src[i:end]...)
			i = end
		case isIdentByte(c):
			j := i
			for j < len(src) && isIdentByte(src[j]) {
				j++
			}
			ok, f, raw := stringPrefix(string(src[i:j]))
			if !ok || j == len(src) || src[j] != '"' && src[j] != '\'' {
				r.out = append(r.out, src[i:j]...)
				i = j
				continue
			}
			end, quote, closed := literalEnd(src, j)
			if !f || !closed {
				r.out = append(r.out, src[i:end]...)
				i = end
				continue
			}
			prefix := strings.NewReplacer("f", "", "F", "").Replace(strings.ToLower(string(src[i:j])))
			if err := r.fstring(prefix, quote, j+len(quote), end-len(quote), raw); err != nil {
				return nil, err
			}
			r.changed = true
			i = end
		default:
			r.out = append(r.out, c)
			i++
		}
	}
	if !r.changed {
		return src, nil
	}
	return r.out, nil
}

// fstring writes the literal body src[start:end] as prefix+quote
// template quote .format(args).
func (r *fscanner) fstring(prefix, quote string, start, end int, raw bool) error {
	body := r.src[start:end]
	var tmpl []byte
	var args []string
	for i := 0; i < len(body); {
		c := body[i]
		switch {
		case c == '\\' && !raw && i+1 < len(body):
			tmpl = append(tmpl, body[i:i+2]...)
			i += 2
		case c == '}':
			if i+1 < len(body) && body[i+1] == '}' {
				tmpl = append(tmpl, "}}"...)
				i += 2
				continue
			}
			return r.errorAt(start+i, "f-string: single '}' is not allowed")
		case c == '{':
			if i+1 < len(body) && body[i+1] == '{' {
				tmpl = append(tmpl, "{{"...)
				i += 2
				continue
			}
			field, fargs, n, err := r.field(body, i, start)
			if err != nil {
				return err
			}
			tmpl = append(tmpl, field...)
			args = append(args, fargs...)
			i = n
		default:
			tmpl = append(tmpl, c)
			i++
		}
	}
	r.out = append(r.out, prefix+quote...)
	r.out = append(r.out, tmpl...)
	r.out = append(r.out, quote+".format("+strings.Join(args, ", ")+")"...)
	return nil
}

// exprEnd returns where the expression starting at body[i] ends: at a
// '}', ':' or '!' (not '!=') outside brackets and strings.
func exprEnd(body []byte, i int) int {
	depth := 0
	for ; i < len(body); i++ {
		switch c := body[i]; c {
		case '(', '[', '{':
			depth++
		case ')', ']':
			depth--
		case '}':
			if depth == 0 {
				return i
			}
			depth--
		case ':':
			if depth == 0 {
				return i
			}
		case '!':
			if depth == 0 && (i+1 >= len(body) || body[i+1] != '=') {
				return i
			}
		case '"', '\'':
			end, _, _ := literalEnd(body, i)
			i = end - 1
		}
	}
	return i
}

// field reads the replacement field at body[i] ('{'): it returns the
// str.format field to write, its arguments and where it ends.
func (r *fscanner) field(body []byte, i, start int) (string, []string, int, error) {
	j := exprEnd(body, i+1)
	expr := string(body[i+1 : j])
	if j == len(body) {
		return "", nil, 0, r.errorAt(start+i, "f-string: expecting '}'")
	}
	if strings.TrimSpace(expr) == "" {
		return "", nil, 0, r.errorAt(start+i, "f-string: empty expression not allowed")
	}
	// {x=}: the expression's text, then its repr (or its format).
	debug := ""
	if t := strings.TrimRight(expr, " "); strings.HasSuffix(t, "=") && !strings.HasSuffix(t, "==") &&
		!strings.HasSuffix(t, "!=") && !strings.HasSuffix(t, "<=") && !strings.HasSuffix(t, ">=") {
		debug = strings.NewReplacer("{", "{{", "}", "}}").Replace(expr)
		expr = strings.TrimSuffix(t, "=")
	}
	// An f-string inside the expression (in other quotes) is rewritten too.
	sub, err := rewriteFStrings(r.filename, []byte(expr))
	if err != nil {
		return "", nil, 0, err
	}
	field := debug + "{"
	args := []string{"(" + string(sub) + ")"}
	conv := false
	if j < len(body) && body[j] == '!' {
		if j+1 >= len(body) {
			return "", nil, 0, r.errorAt(start+j, "f-string: expecting '}'")
		}
		field += "!" + string(body[j+1])
		conv = true
		j += 2
	}
	if j < len(body) && body[j] == ':' {
		field += ":"
		j++
		// The spec runs to the field's '}'; {expr} in it are fields too.
		for j < len(body) && body[j] != '}' {
			if body[j] == '{' {
				k := exprEnd(body, j+1)
				if k >= len(body) || body[k] != '}' {
					return "", nil, 0, r.errorAt(start+j, "f-string: expecting '}'")
				}
				field += "{}"
				args = append(args, "("+string(body[j+1:k])+")")
				j = k + 1
				continue
			}
			field += string(body[j])
			j++
		}
	} else if debug != "" && !conv {
		field += "!r"
	}
	if j >= len(body) || body[j] != '}' {
		return "", nil, 0, r.errorAt(start+i, "f-string: expecting '}'")
	}
	return field + "}", args, j + 1, nil
}

func (r *fscanner) errorAt(offset int, msg string) error {
	line := int32(1 + bytes.Count(r.src[:offset], []byte("\n")))
	col := int32(offset - bytes.LastIndexByte(r.src[:offset], '\n'))
	return syntax.Error{Pos: syntax.MakePosition(&r.filename, line, col), Msg: msg}
}
