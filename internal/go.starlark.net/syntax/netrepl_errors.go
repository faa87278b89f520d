// netrepl patch: syntax errors of the Python dialect in CPython 3.11's
// words, types and positions.
//
// The scanner and parser decide what parses; when they fail (or succeed
// where CPython's tokenizer would not, as with tabs and spaces mixed),
// pythonError words the error the way CPython does, from a model of
// CPython's tokenizer (netrepl_pytokens.go) and the token the parser
// stopped at, in one place: the parser's own error sites keep their
// Starlark words, so grammar added later is covered by the same rules.
// Upstream's dialect is untouched.

package syntax

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// Python exception types of Error.Type.
const (
	IndentationError = "IndentationError"
	TabError         = "TabError"
)

// pythonError returns the Python dialect's error for a parse of src
// that ended with err (nil: it parsed). p is the parser, stopped at the
// token where it failed.
func pythonError(filename string, src []byte, firstLine int32, p *parser, err error) error {
	perr, isSyntax := err.(Error)
	if err != nil && !isSyntax {
		return err
	}
	toks, terr := pyTokenize(src)
	mk := func(typ, msg string, line, col int) Error {
		if typ == "SyntaxError" {
			typ = ""
		}
		return Error{Pos: MakePosition(&filename, int32(line)+firstLine-1, int32(col)), Msg: msg, Type: typ}
	}
	fromTok := func(e *pyTokErr) Error { return mk(e.typ, e.msg, e.line, e.col) }
	if err == nil {
		// What the scanner lets through and CPython's tokenizer does not.
		if terr != nil && (terr.typ == TabError || terr.msg == "too many levels of indentation") {
			return fromTok(terr)
		}
		return nil
	}
	if strings.HasPrefix(perr.Msg, "internal error: ") {
		return err
	}

	// Where the parse stopped: at the lookahead token, or in the scanner.
	failLine, failCol := int(perr.Pos.Line-firstLine+1), int(perr.Pos.Col-1)
	fi := -1
	scanner := isScannerError(filename, src, perr)
	if !scanner {
		failLine, failCol = int(p.tokval.pos.Line-firstLine+1), int(p.tokval.pos.Col-1)
		fi = findPyTok(toks, p.tok, failLine, failCol)
		if fi >= 0 {
			failLine, failCol = toks[fi].line, toks[fi].col
		}
	}
	if terr != nil && (terr.atLine < failLine || terr.atLine == failLine && terr.atCol <= failCol) {
		return fromTok(terr) // the tokenizer fails before the parser does
	}

	errLine := failLine
	var e Error
	if scanner {
		e = perr
		e.Pos.Line = int32(failLine) + firstLine - 1
		if strings.HasPrefix(perr.Msg, "unexpected input character") || strings.HasPrefix(perr.Msg, "unexpected ") {
			e.Msg = "invalid syntax"
			if i := findPyTok(toks, ILLEGAL, failLine, failCol); i < len(toks) {
				if _, text, line, col, ok := unsupported(toks, i, perr.Msg); ok {
					e = mk("SyntaxError", text, line, col)
				}
			}
		}
	} else if upstreamMessage().MatchString(perr.Msg) {
		e = parserError(toks, fi, perr.Msg, mk)
	} else {
		e = perr // already in CPython's words (a Python-dialect patch's)
		if strings.HasPrefix(e.Msg, "positional argument follows keyword argument") {
			// CPython finds it when the call's arguments are read: at ')'
			i := findPyTok(toks, ILLEGAL, int(e.Pos.Line-firstLine+1), int(e.Pos.Col-1))
			if i < len(toks) {
				for j := i; j < len(toks); j++ {
					if toks[j].kind == pyOp && toks[j].text == ")" && toks[j].level == toks[i].level-1 {
						e = mk("SyntaxError", e.Msg, toks[j].line, toks[j].col+1)
						break
					}
				}
			}
		}
	}
	// CPython then tokenizes the rest of the file: an error the tokenizer
	// raises replaces a parser error (not an indentation error), and so
	// does a bracket left open on a line before the error's.
	if e.Msg != "unexpected indent" && terr != nil {
		// (also when the parser stopped at the last token before the
		// end: CPython's parser has then read the end, in the brackets)
		last := fi >= 0 && fi+1 < len(toks) && toks[fi+1].kind == pyEnd && strings.HasSuffix(e.Msg, "Perhaps you forgot a comma?")
		if terr.raises || terr.eofParen && (terr.parenLine < errLine || last) {
			return fromTok(terr)
		}
	}
	return e
}

// upstreamMessage matches the parser's own (upstream's) messages, which
// pythonError words as CPython would. Any other message comes from a
// Python-dialect patch, in CPython's words and at CPython's position
// already, and is kept.
var upstreamMessage = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(got .*, want .*|invalid syntax|not an identifier|conditional expression without else clause|keyword argument must have form name=expr|.* does not associate with .* \(use parens\)|excessive nesting)$`)
})

// isScannerError reports whether the scanner alone fails with err.
func isScannerError(filename string, src []byte, err Error) (yes bool) {
	sc, e := newScanner(filename, src, false)
	if e != nil {
		return false
	}
	var scanErr error
	func() {
		defer sc.recover(&scanErr)
		var val tokenValue
		for i := 0; sc.nextToken(&val) != EOF && i < len(src)+10; i++ {
		}
	}()
	se, ok := scanErr.(Error)
	return ok && se.Pos.Line == err.Pos.Line && se.Pos.Col == err.Pos.Col && se.Msg == err.Msg
}

// findPyTok returns the index of the token the parser stopped at.
func findPyTok(toks []pyTok, tok Token, line, col int) int {
	switch tok {
	case EOF:
		return len(toks) - 1
	case INDENT, OUTDENT:
		for i, t := range toks {
			if (t.kind == pyIndent || t.kind == pyDedent) && t.line == line {
				return i
			}
		}
	case NEWLINE:
		for i, t := range toks {
			if t.kind == pyNewline && t.line >= line {
				return i
			}
		}
	}
	for i, t := range toks {
		if t.kind < pyNewline && t.line == line && t.col <= col && col < t.end {
			return i // inside a token of CPython's ("..." for ".")
		}
	}
	for i, t := range toks {
		if t.kind < pyNewline && (t.line > line || t.line == line && t.col >= col) {
			return i
		}
	}
	return len(toks) - 1
}

// A pyRule words one kind of parser error: given the tokens and the one
// where the parser stopped (and the parser's own message), it returns
// CPython's type, message and position, or ok false to let the next
// rule try. The last rule is "invalid syntax" at the token.
type pyRule func(toks []pyTok, fi int, msg string) (typ, text string, line, col int, ok bool)

var pyRules = []pyRule{
	unsupported,
	unexpectedIndent,
	expectedIndentedBlock,
	missingParentheses,
	maybeMeantEquals,
	keywordExpression,
	expectedColon,
	expectedElse,
	dictKey,
	forgotComma,
}

func parserError(toks []pyTok, fi int, msg string, mk func(typ, msg string, line, col int) Error) Error {
	if fi < 0 || fi >= len(toks) {
		fi = len(toks) - 1
	}
	for _, rule := range pyRules {
		if typ, text, line, col, ok := rule(toks, fi, msg); ok {
			return mk(typ, text, line, col)
		}
	}
	line, col := tokPos(toks, fi)
	return mk("SyntaxError", "invalid syntax", line, col)
}

// tokPos is where CPython reports an error at toks[i]: its first
// character (from 1), or for INDENT and DEDENT the end of the
// indentation, at the end of input the end of the last line.
func tokPos(toks []pyTok, i int) (line, col int) {
	t := toks[i]
	switch t.kind {
	case pyIndent, pyDedent:
		if i+1 < len(toks) && toks[i+1].kind == pyEnd || t.line > lastLine(toks) {
			return endOfInput(toks)
		}
		return t.line, t.width
	case pyEnd:
		return endOfInput(toks)
	}
	return t.line, t.col + 1
}

func lastLine(toks []pyTok) int { return toks[len(toks)-1].line - 1 }

// endOfInput: the end of the last line, where its NEWLINE is.
func endOfInput(toks []pyTok) (line, col int) {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].kind == pyNewline {
			return toks[i].line, toks[i].col + 1
		}
	}
	return 1, 0
}

// lineStart returns the index of the first token of the logical line
// holding toks[i].
func lineStart(toks []pyTok, i int) int {
	for j := i - 1; j >= 0; j-- {
		switch toks[j].kind {
		case pyNewline, pyIndent, pyDedent:
			return j + 1
		}
		if toks[j].kind == pyOp && toks[j].text == ";" && toks[j].level == 0 {
			return j + 1
		}
	}
	return 0
}

func isKeyword(t pyTok, words ...string) bool {
	if t.kind != pyName {
		return false
	}
	for _, w := range words {
		if t.text == w {
			return true
		}
	}
	return false
}

var pyKeywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

// startsExpr: the token may start an operand.
func startsExpr(t pyTok) bool {
	switch t.kind {
	case pyNumber, pyString:
		return true
	case pyName:
		return !pyKeywords[t.text] || isKeyword(t, "None", "True", "False", "not", "lambda", "await")
	case pyOp:
		return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "~" || t.text == "..."
	}
	return false
}

// endsExpr: the token may end an operand.
func endsExpr(t pyTok) bool {
	switch t.kind {
	case pyNumber, pyString:
		return true
	case pyName:
		return !pyKeywords[t.text] || isKeyword(t, "None", "True", "False")
	case pyOp:
		return t.text == ")" || t.text == "]" || t.text == "}" || t.text == "..."
	}
	return false
}

// exprStart returns the index of the first token of the operand (a
// disjunction: no comma, no conditional) that ends at toks[i].
func exprStart(toks []pyTok, i int) int {
	start := i
	for j := i; j >= 0; j-- {
		t := toks[j]
		if t.kind == pyOp {
			switch t.text {
			case ")", "]", "}":
				// skip to the matching bracket
				depth := 0
				for ; j >= 0; j-- {
					switch toks[j].text {
					case ")", "]", "}":
						if toks[j].kind == pyOp {
							depth++
						}
					case "(", "[", "{":
						if toks[j].kind == pyOp {
							depth--
						}
					}
					if depth == 0 {
						break
					}
				}
				if j < 0 {
					return start
				}
				start = j
				continue
			case "(", "[", "{", ",", ";", ":", "=", ":=", "*", "**":
				if t.text == "*" || t.text == "**" {
					// a binary operator only after an operand
					if j > 0 && endsExpr(toks[j-1]) {
						continue
					}
				}
				return start
			}
			if strings.HasSuffix(t.text, "=") && t.text != "==" && t.text != "!=" && t.text != "<=" && t.text != ">=" {
				return start // augmented assignment
			}
			continue // an operator
		}
		if t.kind >= pyNewline {
			return start
		}
		if t.kind == pyName && pyKeywords[t.text] && !isKeyword(t, "None", "True", "False", "not", "and", "or", "is", "in", "await") {
			return start
		}
		if t.kind != pyOp {
			start = j
		}
	}
	return start
}

func unexpectedIndent(toks []pyTok, fi int, msg string) (string, string, int, int, bool) {
	if t := toks[fi]; t.kind == pyIndent {
		return IndentationError, "unexpected indent", t.line, t.width, true
	}
	return "", "", 0, 0, false
}

// expectedIndentedBlock: a block header's NEWLINE not followed by an
// indented line.
func expectedIndentedBlock(toks []pyTok, fi int, msg string) (string, string, int, int, bool) {
	if fi < 2 || toks[fi-1].kind != pyNewline || toks[fi-2].kind != pyOp || toks[fi-2].text != ":" {
		return "", "", 0, 0, false
	}
	h := toks[lineStart(toks, fi-1)]
	if isKeyword(h, "async") {
		h = toks[lineStart(toks, fi-1)+1]
	}
	what := ""
	switch {
	case isKeyword(h, "def"):
		what = "function definition"
	case isKeyword(h, "class"):
		what = "class definition"
	case isKeyword(h, "if", "elif", "else", "for", "while", "with", "try", "except", "finally", "match", "case"):
		what = fmt.Sprintf("'%s' statement", h.text)
	default:
		return "", "", 0, 0, false
	}
	line, col := tokPos(toks, fi)
	return IndentationError, fmt.Sprintf("expected an indented block after %s on line %d", what, h.line), line, col, true
}

// missingParentheses: print x, exec x.
func missingParentheses(toks []pyTok, fi int, msg string) (string, string, int, int, bool) {
	if fi < 1 || !startsExpr(toks[fi]) {
		return "", "", 0, 0, false
	}
	prev := toks[fi-1]
	if !isKeyword(prev, "print", "exec") || lineStart(toks, fi-1) != fi-1 {
		return "", "", 0, 0, false
	}
	return "SyntaxError", fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", prev.text, prev.text), prev.line, prev.col + 1, true
}

// maybeMeantEquals: if x = 1:
func maybeMeantEquals(toks []pyTok, fi int, msg string) (string, string, int, int, bool) {
	t := toks[fi]
	if t.kind != pyOp || t.text != "=" || fi < 2 {
		return "", "", 0, 0, false
	}
	s := lineStart(toks, fi)
	if !isKeyword(toks[s], "if", "elif", "while") || s != fi-2 || toks[fi-1].kind != pyName || pyKeywords[toks[fi-1].text] {
		return "", "", 0, 0, false
	}
	return "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", toks[fi-1].line, toks[fi-1].col + 1, true
}

// expectedColon: a block header without its colon.
func expectedColon(toks []pyTok, fi int, msg string) (string, string, int, int, bool) {
	if !strings.HasSuffix(msg, "want ':'") {
		return "", "", 0, 0, false
	}
	if toks[fi].kind == pyEnd && fi > 0 && toks[fi-1].kind == pyNewline {
		fi-- // the end of a file without its last line end
	}
	h := toks[lineStart(toks, fi)]
	if toks[fi].kind == pyNewline || isKeyword(h, "def") {
		line, col := tokPos(toks, fi)
		return "SyntaxError", "expected ':'", line, col, true
	}
	return "", "", 0, 0, false
}

// expectedElse: x = a if b
func expectedElse(toks []pyTok, fi int, msg string) (string, string, int, int, bool) {
	if !strings.HasSuffix(msg, "want else") && msg != "conditional expression without else clause" {
		return "", "", 0, 0, false
	}
	for j := fi - 1; j > 0; j-- {
		if isKeyword(toks[j], "if") && toks[j].level == toks[fi].level && toks[j-1].kind != pyNewline && toks[j-1].kind != pyIndent && toks[j-1].kind != pyDedent {
			a := toks[exprStart(toks, j-1)]
			return "SyntaxError", "expected 'else' after 'if' expression", a.line, a.col + 1, true
		}
	}
	return "", "", 0, 0, false
}

// forgotComma: two operands side by side inside brackets.
func forgotComma(toks []pyTok, fi int, msg string) (string, string, int, int, bool) {
	t := toks[fi]
	if fi < 1 || t.level == 0 || !startsExpr(t) || !endsExpr(toks[fi-1]) || isKeyword(t, "not") {
		return "", "", 0, 0, false
	}
	open := opener(toks, fi)
	if open >= 2 && isKeyword(toks[open-2], "def") || open >= 1 && isKeyword(toks[open-1], "lambda") {
		return "", "", 0, 0, false // parameters
	}
	a := exprStart(toks, fi-1)
	if toks[a].kind == pyName && a+1 < len(toks) && toks[a+1].kind == pyString {
		return "", "", 0, 0, false
	}
	if open >= 0 && toks[open].text == "{" && (toks[a-1].text == "{" || toks[a-1].text == ",") {
		// a dict's key without its colon
		for j := open + 1; j < fi; j++ {
			if toks[j].kind == pyOp && toks[j].text == ":" && toks[j].level == t.level {
				k := toks[fi-1]
				return "SyntaxError", "':' expected after dictionary key", k.line, k.end, true
			}
		}
	}
	return "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", toks[a].line, toks[a].col + 1, true
}

// pythonErrors is deferred by Parse in the Python dialect: it rewords
// the error Parse returns (or reports one CPython would).
func pythonErrors(filename string, src any, in *scanner, p *parser, f **File, err *error) func() {
	text := in.rest
	firstLine := int32(1)
	if portion, ok := src.(FilePortion); ok {
		firstLine = portion.FirstLine
	}
	return func() {
		defer func() {
			if r := recover(); r != nil { // a bug here is reported, as the parser's own
				*f, *err = nil, Error{Pos: p.in.pos, Msg: fmt.Sprintf("internal error: %v", r)}
			}
		}()
		if e := pythonError(filename, text, firstLine, p, *err); e != nil {
			*f, *err = nil, e
		}
	}
}

// opener returns the index of the bracket that toks[i] is inside, or -1.
func opener(toks []pyTok, i int) int {
	for j := i - 1; j >= 0; j-- {
		if toks[j].level < toks[i].level {
			return j
		}
	}
	return -1
}

// Unsupported lists the Python that netrepl's dialect does not have
// yet, by the token the parser stops at, with what to write instead.
// A construct a later patch adds parses, and so never gets here.
var Unsupported = map[string]string{
	"yield":  "generators (yield) are not supported by netrepl: build a list and return it",
	"async":  "async and await are not supported by netrepl: use threads (threading.Thread) and blocking sockets",
	"await":  "async and await are not supported by netrepl: use threads (threading.Thread) and blocking sockets",
	"match":  "match statements are not supported by netrepl: use if/elif",
	"@":      "decorators are not supported by netrepl: call the decorator yourself (f = deco(f))",
	"import": "netrepl imports only its own modules (socket, struct, binascii, threading, queue, socketserver, contextlib, time, sys), which are always there; load(\"file.star\", \"name\") loads a .star file",
	"from":   "netrepl imports only its own modules (socket, struct, binascii, threading, queue, socketserver, contextlib, time, sys), which are always there; load(\"file.star\", \"name\") loads a .star file",
}

// unsupported: the parser stopped at a construct netrepl does not have.
func unsupported(toks []pyTok, fi int, msg string) (string, string, int, int, bool) {
	t := toks[fi]
	word := ""
	switch {
	case t.kind == pyName && pyKeywords[t.text]:
		word = t.text
	case t.kind == pyOp && t.text == "@" && lineStart(toks, fi) == fi:
		word = "@"
	case fi > 0 && lineStart(toks, fi-1) == fi-1 && isKeyword(toks[fi-1], "async", "match"):
		// soft keywords: async def, match x:
		if toks[fi-1].text == "async" || lineEndsWithColon(toks, fi) {
			t, word = toks[fi-1], toks[fi-1].text
		}
	}
	if text, ok := Unsupported[word]; ok {
		if word == "from" || word == "import" {
			// only a well-formed start: import NAME, from NAME
			if lineStart(toks, fi) != fi || fi+1 >= len(toks) || toks[fi+1].kind != pyName && toks[fi+1].text != "." {
				return "", "", 0, 0, false
			}
		}
		return "SyntaxError", text, t.line, t.col + 1, true
	}
	return "", "", 0, 0, false
}

func lineEndsWithColon(toks []pyTok, i int) bool {
	for ; i+1 < len(toks) && toks[i+1].kind != pyNewline; i++ {
	}
	return toks[i].kind == pyOp && toks[i].text == ":"
}

// keywordExpression: f(x.y=1), an expression where a keyword argument's
// name should be.
func keywordExpression(toks []pyTok, fi int, msg string) (string, string, int, int, bool) {
	if msg != "keyword argument must have form name=expr" {
		return "", "", 0, 0, false
	}
	for j := min(fi, len(toks)-1); j > 0; j-- {
		if toks[j].kind == pyOp && toks[j].text == "=" {
			a := toks[exprStart(toks, j-1)]
			return "SyntaxError", `expression cannot contain assignment, perhaps you meant "=="?`, a.line, a.col + 1, true
		}
	}
	return "", "", 0, 0, false
}

// dictKey: a dict display's key without ':' or without its value.
func dictKey(toks []pyTok, fi int, msg string) (string, string, int, int, bool) {
	t := toks[fi]
	if fi < 2 || t.kind != pyOp || t.text != "}" && t.text != "," {
		return "", "", 0, 0, false
	}
	level := t.level // inside the braces
	if t.text == "}" {
		level++
	}
	open := -1
	for j := fi - 1; j >= 0; j-- {
		if toks[j].level < level {
			open = j
			break
		}
	}
	if open < 0 || toks[open].text != "{" {
		return "", "", 0, 0, false
	}
	if p := toks[fi-1]; p.kind == pyOp && p.text == ":" && p.level == level {
		return "SyntaxError", "expression expected after dictionary key and ':'", p.line, p.col + 1, true
	}
	if !endsExpr(toks[fi-1]) {
		return "", "", 0, 0, false
	}
	if a := exprStart(toks, fi-1); a < 1 || toks[a-1].text != "," {
		return "", "", 0, 0, false
	}
	for j := open + 1; j < fi; j++ {
		if toks[j].kind == pyOp && toks[j].text == ":" && toks[j].level == level {
			k := toks[fi-1]
			return "SyntaxError", "':' expected after dictionary key", k.line, k.end, true
		}
	}
	return "", "", 0, 0, false
}
