// netrepl patch: a model of CPython 3.11's tokenizer (Parser/tokenizer.c),
// used only to word and place syntax errors in the Python dialect as
// CPython does (netrepl_errors.go). It never decides what parses: the
// scanner and parser do.

package syntax

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pyTokKind is the kind of a pyTok.
type pyTokKind byte

const (
	pyName pyTokKind = iota
	pyNumber
	pyString
	pyOp
	pyNewline
	pyIndent
	pyDedent
	pyEnd
)

// A pyTok is a token as CPython's tokenizer makes it.
type pyTok struct {
	kind  pyTokKind
	text  string
	line  int // from 1
	col   int // from 0, in runes
	level int // bracket depth before the token
	end   int // the column after it (on its last line)
	width int // pyIndent, pyDedent: the indentation of the line, in runes
}

// A pyTokErr is the first error CPython's tokenizer reports.
type pyTokErr struct {
	typ, msg  string
	line, col int // as CPython reports them (SyntaxError.lineno, .offset)
	// at is where the tokenizer finds it: a parser error before it is
	// reported first.
	atLine, atCol int
	// raises: the tokenizer raises it itself (unterminated strings,
	// brackets, bad numbers): it then replaces a parser error found
	// before it when CPython tokenizes the rest of the file.
	raises bool
	// eofParen: end of file inside brackets ("'(' was never closed"),
	// opened on parenLine.
	eofParen  bool
	parenLine int
}

// pyTokenize tokenizes src as CPython 3.11 does and returns its tokens,
// up to the first error, and that error.
func pyTokenize(src []byte) (toks []pyTok, err *pyTokErr) {
	t := &pyTokenizer{indents: []int{0}, altIndents: []int{0}}
	text := strings.ReplaceAll(string(src), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if text != "" && !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	for _, l := range strings.SplitAfter(text, "\n") {
		if l != "" {
			t.lines = append(t.lines, []rune(l))
		}
	}
	defer func() {
		if e := recover(); e != nil {
			pe, ok := e.(*pyTokErr)
			if !ok {
				panic(e)
			}
			err = pe
			// the tokens end where the error is
			t.toks = append(t.toks, pyTok{kind: pyEnd, line: pe.atLine, col: pe.atCol, level: len(t.parens)})
		}
		toks = t.toks
	}()
	t.run()
	return
}

type pyTokenizer struct {
	lines      [][]rune
	line, col  int // current position: line index from 0, rune index
	toks       []pyTok
	indents    []int
	altIndents []int
	parens     []pyTok // open brackets
	// the token being read (or the line whose indentation is): a parser
	// error before it comes first
	tokLine, tokCol int
}

func (t *pyTokenizer) peek() rune {
	if t.line >= len(t.lines) {
		return 0
	}
	l := t.lines[t.line]
	if t.col >= len(l) {
		return 0
	}
	return l[t.col]
}

func (t *pyTokenizer) peekAt(n int) rune {
	if t.line >= len(t.lines) || t.col+n >= len(t.lines[t.line]) {
		return 0
	}
	return t.lines[t.line][t.col+n]
}

func (t *pyTokenizer) fail(typ, msg string, line, col int, raises bool) {
	panic(&pyTokErr{typ: typ, msg: msg, line: line, col: col, atLine: t.tokLine + 1, atCol: t.tokCol, raises: raises})
}

// syntaxError is the tokenizer's syntaxerror(): at the current position.
func (t *pyTokenizer) syntaxError(format string, args ...any) {
	t.fail("SyntaxError", fmt.Sprintf(format, args...), t.line+1, t.col, true)
}

func (t *pyTokenizer) emit(kind pyTokKind, line, col int, text string) {
	t.toks = append(t.toks, pyTok{kind: kind, text: text, line: line + 1, col: col, level: len(t.parens), end: t.col})
}

func (t *pyTokenizer) run() {
	atLineStart := true
	comment := -1
	for t.line < len(t.lines) {
		l := t.lines[t.line]
		if atLineStart {
			atLineStart = false
			if !t.indentation(l) {
				t.line, t.col = t.line+1, 0
				atLineStart = true
				continue
			}
		}
		c := t.peek()
		t.tokLine, t.tokCol = t.line, t.col
		if c != '\n' {
			comment = -1
		}
		switch {
		case c == ' ' || c == '\t' || c == '\f':
			t.col++
		case c == '#':
			comment = t.col // a NEWLINE after a comment starts at the comment
			t.col = len(l) - 1
			continue
		case c == '\n':
			if len(t.parens) == 0 {
				col := t.col
				if comment >= 0 {
					col = comment
				}
				t.emit(pyNewline, t.line, col, "")
			}
			t.line, t.col = t.line+1, 0
			atLineStart = true
		case c == '\\':
			if t.peekAt(1) != '\n' {
				// E_LINECONT: not raised by the tokenizer itself.
				t.col += 2
				t.fail("SyntaxError", "unexpected character after line continuation character", t.line+1, t.col, false)
			}
			t.line, t.col = t.line+1, 0
			if t.line >= len(t.lines) {
				t.fail("SyntaxError", "unexpected EOF while parsing", t.line, len(t.lines[t.line-1]), false)
			}
		case isPyIdentStart(c):
			t.name()
		case c >= '0' && c <= '9' || c == '.' && isDigit(t.peekAt(1)):
			t.number()
		case c == '"' || c == '\'':
			t.str(t.col)
		case c >= utf8.RuneSelf:
			t.col++
			if unicode.IsPrint(c) {
				t.syntaxError("invalid character '%c' (U+%04X)", c, c)
			}
			t.syntaxError("invalid non-printable character U+%04X", c)
		case c < ' ' && c != '\f' || c == 0x7f:
			t.col++
			t.syntaxError("invalid non-printable character U+%04X", c)
		default:
			t.op()
		}
	}
	line := len(t.lines)
	if len(t.parens) > 0 {
		p := t.parens[len(t.parens)-1]
		panic(&pyTokErr{typ: "SyntaxError", msg: fmt.Sprintf("'%s' was never closed", p.text),
			line: p.line, col: p.col + 1, atLine: line + 1, atCol: 0, eofParen: true, parenLine: p.line})
	}
	for len(t.indents) > 1 {
		t.indents = t.indents[:len(t.indents)-1]
		t.toks = append(t.toks, pyTok{kind: pyDedent, line: line + 1})
	}
	t.toks = append(t.toks, pyTok{kind: pyEnd, line: line + 1})
}

// indentation reads the indentation of a line and emits INDENT and
// DEDENT tokens. It returns false for a blank or comment line.
func (t *pyTokenizer) indentation(l []rune) bool {
	col, alt, i := 0, 0, 0
	t.tokLine, t.tokCol = t.line, 0
	for ; i < len(l); i++ {
		switch l[i] {
		case ' ':
			col++
			alt++
			continue
		case '\t':
			col = (col/8 + 1) * 8
			alt++
			continue
		case '\f':
			col, alt = 0, 0
			continue
		}
		break
	}
	t.col = i
	if i == len(l) || l[i] == '#' || l[i] == '\n' {
		return false
	}
	if len(t.parens) > 0 {
		return true
	}
	n := len(t.indents) - 1
	tabError := func() {
		t.fail("TabError", "inconsistent use of tabs and spaces in indentation", t.line+1, 1, false)
	}
	switch {
	case col == t.indents[n]:
		if alt != t.altIndents[n] {
			tabError()
		}
	case col > t.indents[n]:
		if n+1 >= 100 {
			t.fail("IndentationError", "too many levels of indentation", t.line+1, 1, false)
		}
		if alt <= t.altIndents[n] {
			tabError()
		}
		t.indents = append(t.indents, col)
		t.altIndents = append(t.altIndents, alt)
		t.toks = append(t.toks, pyTok{kind: pyIndent, line: t.line + 1, width: i})
	default:
		for n > 0 && col < t.indents[n] {
			n--
			t.toks = append(t.toks, pyTok{kind: pyDedent, line: t.line + 1, width: i})
		}
		t.indents, t.altIndents = t.indents[:n+1], t.altIndents[:n+1]
		if col != t.indents[n] {
			t.fail("IndentationError", "unindent does not match any outer indentation level", t.line+1, len(l), false)
		}
		if alt != t.altIndents[n] {
			tabError()
		}
	}
	return true
}

func isPyIdentStart(c rune) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsLetter(c)
}

func isPyIdentChar(c rune) bool {
	return isPyIdentStart(c) || isDigit(c) || c >= utf8.RuneSelf && (unicode.IsDigit(c) || unicode.Is(unicode.Mn, c) || unicode.Is(unicode.Mc, c) || unicode.Is(unicode.Pc, c))
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

func (t *pyTokenizer) name() {
	start := t.col
	for isPyIdentChar(t.peek()) {
		t.col++
	}
	word := string(t.lines[t.line][start:t.col])
	if q := t.peek(); (q == '"' || q == '\'') && isStringPrefix(word) {
		t.str(start)
		return
	}
	t.emit(pyName, t.line, start, word)
}

func isStringPrefix(s string) bool {
	switch strings.ToLower(s) {
	case "r", "u", "b", "br", "rb", "f", "fr", "rf":
		return true
	}
	return false
}

// str reads a string literal whose prefix starts at start and whose
// quote is at the current position.
func (t *pyTokenizer) str(start int) {
	line := t.line
	q := t.peek()
	triple := t.peekAt(1) == q && t.peekAt(2) == q
	if triple {
		t.col += 3
	} else {
		t.col++
	}
	for {
		c := t.peek()
		if c == 0 { // end of input
			t.line = len(t.lines) - 1
			t.unterminated(triple, line, start)
		}
		if c == '\n' && !triple {
			t.unterminated(triple, line, start)
		}
		switch {
		case c == '\\':
			t.col++
			if t.peek() == '\n' {
				if t.line+1 >= len(t.lines) {
					t.unterminated(triple, line, start)
				}
				t.line, t.col = t.line+1, 0
				continue
			}
			t.col++
		case c == '\n':
			t.line, t.col = t.line+1, 0
			if t.line >= len(t.lines) {
				t.line--
				t.unterminated(triple, line, start)
			}
		case c == q && (!triple || t.peekAt(1) == q && t.peekAt(2) == q):
			if triple {
				t.col += 3
			} else {
				t.col++
			}
			t.emit(pyString, line, start, "")
			return
		default:
			t.col++
		}
	}
}

func (t *pyTokenizer) unterminated(triple bool, line, start int) {
	what := "string literal"
	if triple {
		what = "triple-quoted string literal"
	}
	t.fail("SyntaxError", fmt.Sprintf("unterminated %s (detected at line %d)", what, t.line+1), line+1, start+1, true)
}

func (t *pyTokenizer) number() {
	start := t.col
	c := t.peek()
	digitsOf := func(ok func(rune) bool, kind string) {
		// 0x, 0o, 0b: digits with single underscores between them
		t.col++
		for {
			if t.peek() == '_' {
				t.col++
			}
			if !ok(t.peek()) {
				d := t.peek()
				if kind != "hexadecimal" && isDigit(d) {
					t.col++
					t.syntaxError("invalid digit '%c' in %s literal", d, kind)
				}
				t.syntaxError("invalid %s literal", kind)
			}
			for ok(t.peek()) {
				t.col++
			}
			if t.peek() != '_' {
				break
			}
		}
		if d := t.peek(); kind != "hexadecimal" && isDigit(d) {
			t.col++
			t.syntaxError("invalid digit '%c' in %s literal", d, kind)
		}
		t.endOfNumber(kind)
	}
	if c == '0' {
		switch t.peekAt(1) {
		case 'x', 'X':
			t.col++
			digitsOf(func(r rune) bool { return isDigit(r) || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F' }, "hexadecimal")
			t.emit(pyNumber, t.line, start, "")
			return
		case 'o', 'O':
			t.col++
			digitsOf(func(r rune) bool { return r >= '0' && r <= '7' }, "octal")
			t.emit(pyNumber, t.line, start, "")
			return
		case 'b', 'B':
			t.col++
			digitsOf(func(r rune) bool { return r == '0' || r == '1' }, "binary")
			t.emit(pyNumber, t.line, start, "")
			return
		}
	}
	isFloat := false
	if c != '.' {
		t.decimalTail()
	}
	if t.peek() == '.' {
		isFloat = true
		t.col++
		if isDigit(t.peek()) {
			t.decimalTail()
		}
	}
	if e := t.peek(); e == 'e' || e == 'E' {
		n := t.peekAt(1)
		if n == '+' || n == '-' {
			t.col += 2
			if !isDigit(t.peek()) {
				t.syntaxError("invalid decimal literal")
			}
			t.decimalTail()
			isFloat = true
		} else if isDigit(n) {
			t.col++
			t.decimalTail()
			isFloat = true
		} else {
			t.endOfNumber("decimal")
		}
	}
	if j := t.peek(); j == 'j' || j == 'J' {
		t.col++
		t.endOfNumber("imaginary")
	} else {
		if !isFloat && c == '0' {
			// leading zeros: 0, 00, 0_0 only
			for _, r := range t.lines[t.line][start:t.col] {
				if r != '0' && r != '_' {
					t.fail("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", t.line+1, start+1, true)
				}
			}
		}
		t.endOfNumber("decimal")
	}
	t.emit(pyNumber, t.line, start, "")
}

func (t *pyTokenizer) decimalTail() {
	for {
		for isDigit(t.peek()) {
			t.col++
		}
		if t.peek() != '_' {
			return
		}
		t.col++
		if !isDigit(t.peek()) {
			t.syntaxError("invalid decimal literal")
		}
	}
}

// endOfNumber is verify_end_of_number: a number followed by a letter is
// an error, unless the letters start a keyword that may follow it.
func (t *pyTokenizer) endOfNumber(kind string) {
	rest := string(t.lines[t.line][t.col:])
	for _, kw := range []string{"and", "else", "for", "if", "in", "is", "or", "not"} {
		if strings.HasPrefix(rest, kw) {
			return
		}
	}
	if c := t.peek(); isPyIdentChar(c) {
		t.syntaxError("invalid %s literal", kind)
	}
}

var pyOps3 = []string{"**=", "//=", ">>=", "<<=", "...", "!=="}
var pyOps2 = []string{"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>", "==", ">=", ">>", "@=", "^=", "|="}

func (t *pyTokenizer) op() {
	l := t.lines[t.line]
	rest := string(l[t.col:min(t.col+3, len(l))])
	start := t.col
	c := t.peek()
	switch c {
	case '(', '[', '{':
		t.col++
		if len(t.parens) >= 200 {
			t.syntaxError("too many nested parentheses")
		}
		t.emit(pyOp, t.line, start, string(c))
		t.parens = append(t.parens, t.toks[len(t.toks)-1])
		return
	case ')', ']', '}':
		t.col++
		if len(t.parens) == 0 {
			t.syntaxError("unmatched '%c'", c)
		}
		open := t.parens[len(t.parens)-1]
		t.parens = t.parens[:len(t.parens)-1]
		if want := map[string]rune{"(": ')', "[": ']', "{": '}'}[open.text]; want != c {
			if open.line != t.line+1 {
				t.syntaxError("closing parenthesis '%c' does not match opening parenthesis '%s' on line %d", c, open.text, open.line)
			}
			t.syntaxError("closing parenthesis '%c' does not match opening parenthesis '%s'", c, open.text)
		}
		t.emit(pyOp, t.line, start, string(c))
		return
	}
	n := 1
	for _, o := range pyOps3 {
		if strings.HasPrefix(rest, o) && o != "!==" {
			n = 3
		}
	}
	if n == 1 {
		for _, o := range pyOps2 {
			if strings.HasPrefix(rest, o) {
				n = 2
			}
		}
	}
	t.col += n
	t.emit(pyOp, t.line, start, string(l[start:t.col]))
}
