// netrepl patch: Python's string prefixes and f-strings (FileOptions.Python).

package syntax

import (
	"strings"
)

// An FStringExpr is a Python f-string, with the string literals written
// next to it ("a" f"{x}" "b" is one f-string): literal text and
// replacement fields, in order. It is compiled to a str.format call.
type FStringExpr struct {
	commentsRef
	TokenPos Position // start of the first literal
	Raw      string   // the literals as written (joined by a space)
	Parts    []FStringPart
	EndPos   Position // end of the last literal
}

// An FStringPart is literal text (Field nil) or a replacement field.
type FStringPart struct {
	Lit   string
	Field *FStringField
}

// An FStringField is one {X=!c:spec} of an f-string.
type FStringField struct {
	commentsRef
	Lbrace Position
	X      Expr
	Debug  string        // for {x=}: the text before '!', ':' or '}' ("x=", "x = "), else ""
	Conv   byte          // 's', 'r', 'a' or 0
	Spec   []FStringPart // the format spec: text and nested fields
	Rbrace Position
}

func (x *FStringExpr) Span() (start, end Position)  { return x.TokenPos, x.EndPos }
func (x *FStringField) Span() (start, end Position) { return x.Lbrace, x.Rbrace.add("}") }
func (*FStringExpr) expr()                          {}

// isFString reports whether raw, a string literal as written, is an
// f-string.
func isFString(raw string) bool {
	return strings.ContainsAny(raw[:strings.IndexAny(raw, `"'`)], "fF")
}

// parseStrings parses adjacent string literals (Python joins them): a
// Literal, or an FStringExpr if one of them is an f-string.
func (p *parser) parseStrings() Expr {
	first := p.tokval.pos
	kind := p.tok
	if kind == FSTRING {
		kind = STRING
	}
	var parts []FStringPart
	var raws []string
	isF := false
	var end Position
	for p.tok == STRING || p.tok == BYTES || p.tok == FSTRING {
		tok := p.tok
		if tok == FSTRING {
			tok = STRING
		}
		if tok != kind {
			p.in.error(first, "cannot mix bytes and nonbytes literals")
		}
		raw, pos := p.tokval.raw, p.tokval.pos
		if p.tok == FSTRING {
			isF = true
			parts = append(parts, p.fstring(raw, pos)...)
		} else {
			parts = append(parts, FStringPart{Lit: p.tokval.string})
		}
		raws = append(raws, raw)
		end = pos.add(raw)
		p.nextToken()
	}
	if !isF {
		var b strings.Builder
		for _, part := range parts {
			b.WriteString(part.Lit)
		}
		lit := &Literal{Token: kind, TokenPos: first, Raw: strings.Join(raws, " "), Value: b.String()}
		if len(raws) > 1 {
			lit.End = end
		}
		return lit
	}
	// Join neighbouring text.
	var out []FStringPart
	for _, part := range parts {
		if n := len(out); part.Field == nil && n > 0 && out[n-1].Field == nil {
			out[n-1].Lit += part.Lit
			continue
		}
		out = append(out, part)
	}
	return &FStringExpr{TokenPos: first, Raw: strings.Join(raws, " "), Parts: out, EndPos: end}
}

// fstringParser reads the body of one f-string literal.
type fstringParser struct {
	p       *parser
	body    string
	start   Position // of body[0]
	end     Position // just after the literal's closing quote
	rawText bool     // an r prefix
	quote   string   // the literal's quotes, for unquote
}

// pos is the position of body[i].
func (f *fstringParser) pos(i int) Position { return f.start.add(f.body[:i]) }

func (f *fstringParser) errorAt(i int, msg string) {
	f.p.in.error(f.pos(i), msg)
}

// errorEnd reports an error in the f-string's structure where CPython
// 3.11 reports it: just after the literal.
func (f *fstringParser) errorEnd(msg string) {
	f.p.in.error(f.end, msg)
}

// fstring parses the f-string literal raw, which starts at pos.
func (p *parser) fstring(raw string, pos Position) []FStringPart {
	q := strings.IndexAny(raw, `"'`)
	quote := raw[q : q+1]
	if strings.HasPrefix(raw[q:], strings.Repeat(quote, 3)) && len(raw)-q >= 6 {
		quote = strings.Repeat(quote, 3)
	}
	f := &fstringParser{
		p:       p,
		body:    raw[q+len(quote) : len(raw)-len(quote)],
		start:   pos.add(raw[:q+len(quote)]),
		end:     pos.add(raw),
		rawText: strings.ContainsAny(raw[:q], "rR"),
		quote:   quote,
	}
	parts, i := f.parts(0, 0)
	if i < len(f.body) {
		f.errorEnd("f-string: single '}' is not allowed")
	}
	return parts
}

// parts reads text and fields from body[i] up to the end, or, in a
// format spec (nested > 0), up to the '}' that ends the field.
func (f *fstringParser) parts(i, nested int) ([]FStringPart, int) {
	var parts []FStringPart
	var lit []byte
	litStart := i
	flush := func() {
		if len(lit) == 0 {
			return
		}
		text := string(lit)
		if nested == 0 {
			prefix := ""
			if f.rawText {
				prefix = "r"
			}
			s, _, err := pyUnquote(prefix + f.quote + text + f.quote)
			if err != nil {
				f.errorAt(litStart, err.Error())
			}
			text = s
		}
		parts = append(parts, FStringPart{Lit: text})
		lit = lit[:0]
	}
	body := f.body
	for i < len(body) {
		c := body[i]
		switch {
		case c == '\\' && !f.rawText && i+1 < len(body):
			if len(lit) == 0 {
				litStart = i
			}
			lit = append(lit, body[i:i+2]...)
			i += 2
			continue
		case c == '{' && nested == 0 && strings.HasPrefix(body[i:], "{{"):
			lit = append(lit, '{')
			i += 2
			continue
		case c == '}' && nested == 0 && strings.HasPrefix(body[i:], "}}"):
			lit = append(lit, '}')
			i += 2
			continue
		case c == '}':
			flush()
			return parts, i
		case c == '{':
			flush()
			field, n := f.field(i, nested)
			parts = append(parts, FStringPart{Field: field})
			i = n
			litStart = i
			continue
		}
		if len(lit) == 0 {
			litStart = i
		}
		lit = append(lit, c)
		i++
	}
	flush()
	return parts, i
}

// exprEnd returns where the expression of a field that starts at body[i]
// ends: at a '}', ':' or '!' (not "!=") outside brackets and strings.
func (f *fstringParser) exprEnd(i int) int {
	body := f.body
	var stack []byte
	for ; i < len(body); i++ {
		c := body[i]
		switch c {
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case '}':
			if len(stack) == 0 {
				return i
			}
			stack = stack[:len(stack)-1]
		case ':':
			if len(stack) == 0 {
				return i
			}
		case '!':
			if len(stack) == 0 && !strings.HasPrefix(body[i:], "!=") {
				return i
			}
		case '#':
			f.errorEnd("f-string expression part cannot include '#'")
		case '\\':
			f.errorEnd("f-string expression part cannot include a backslash")
		case '"', '\'':
			q := body[i : i+1]
			if strings.HasPrefix(body[i:], strings.Repeat(q, 3)) {
				q = strings.Repeat(q, 3)
			}
			end := strings.Index(body[i+len(q):], q)
			if end < 0 {
				f.errorEnd("f-string: unterminated string")
			}
			if strings.Contains(body[i:i+len(q)+end], "\\") {
				f.errorEnd("f-string expression part cannot include a backslash")
			}
			i += len(q) + end + len(q) - 1
		}
	}
	return i
}

// field reads the replacement field at body[i] ('{') and returns it
// and where it ends.
func (f *fstringParser) field(i, nested int) (*FStringField, int) {
	if nested > 1 {
		f.errorEnd("f-string: expressions nested too deeply")
	}
	body := f.body
	field := &FStringField{Lbrace: f.pos(i)}
	j := f.exprEnd(i + 1)
	if j >= len(body) {
		f.errorEnd("f-string: expecting '}'")
	}
	text := body[i+1 : j]
	if strings.TrimSpace(text) == "" {
		f.errorEnd("f-string: empty expression not allowed")
	}
	expr := text
	if t := strings.TrimRight(text, " \t\n"); strings.HasSuffix(t, "=") {
		if k := len(t) - 2; k < 0 || strings.IndexByte("=!<>", t[k]) < 0 {
			field.Debug = text
			expr = t[:len(t)-1]
			if strings.TrimSpace(expr) == "" {
				f.errorEnd("f-string: empty expression not allowed")
			}
		}
	}
	field.X = f.expr(expr, f.pos(i+1))
	if body[j] == '!' {
		if j+1 >= len(body) || body[j+1] == '}' || body[j+1] == ':' {
			f.errorEnd("f-string: missing conversion character: expected 's', 'r', or 'a'")
		}
		switch c := body[j+1]; c {
		case 's', 'r', 'a':
			field.Conv = c
		default:
			f.errorEnd("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		j += 2
		if j >= len(body) || body[j] != ':' && body[j] != '}' {
			f.errorEnd("f-string: expecting '}'")
		}
	}
	if body[j] == ':' {
		field.Spec, j = f.parts(j+1, nested+1)
	}
	if j >= len(body) || body[j] != '}' {
		f.errorEnd("f-string: expecting '}'")
	}
	field.Rbrace = f.pos(j)
	return field, j + 1
}

// expr parses the expression text of a field, which starts at pos, as
// if it were in parentheses (it may span lines).
func (f *fstringParser) expr(text string, pos Position) Expr {
	sc := &scanner{
		rest:      []byte(text),
		pos:       pos,
		indentstk: make([]int, 1, 2),
		depth:     1, // newlines inside are not tokens
		python:    true,
	}
	sub := parser{options: f.p.options, in: sc, depth: f.p.depth}
	defer func() {
		// An error inside is CPython's "f-string: ..." error.
		switch r := recover().(type) {
		case nil:
		case Error:
			if !strings.HasPrefix(r.Msg, "f-string") {
				r.Msg = "f-string: " + r.Msg
			}
			panic(r)
		default:
			panic(r)
		}
	}()
	sub.nextToken()
	x := sub.parseExpr(false)
	for sub.tok == NEWLINE {
		sub.nextToken()
	}
	if sub.tok != EOF {
		sc.error(sub.tokval.pos, "f-string: invalid syntax")
	}
	return x
}
