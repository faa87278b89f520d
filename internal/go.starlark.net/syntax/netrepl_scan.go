// netrepl patch: Python 3.11's lexical syntax, for FileOptions.Python
// (the scanner's python field): string prefixes in any case and u"...",
// numeric literals with underscores and CPython's errors for misplaced
// ones, **=, and a clear error for :=.

package syntax

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pyStringPrefixLen returns the length of a Python string prefix (r, b,
// u, f, rb, br, rf, fr, in any case) at the start of rest when a quote
// follows it, else 0. An f-string's text is read by the parser
// (netrepl_fstring.go).
func pyStringPrefixLen(rest []byte) int {
	n := 0
	for n < len(rest) && n < 3 && strings.IndexByte("rRbBuUfF", rest[n]) >= 0 {
		n++
	}
	if n == 0 || n > 2 || n >= len(rest) || rest[n] != '"' && rest[n] != '\'' {
		return 0
	}
	switch strings.ToLower(string(rest[:n])) {
	case "r", "b", "u", "f", "rb", "br", "rf", "fr":
		return n
	}
	return 0
}

// pyUnquote decodes a Python string or bytes literal (raw text, prefix
// included) as CPython 3.11 does: an unknown escape (\d) keeps its
// backslash; in a str, \xhh and octal escapes are code points (\xe9 is
// é) and \u, \U too; in bytes they are bytes, \u, \U and \N stay as
// typed, and a non-ASCII character is an error. \N{name} in a str is an
// error that says so.
func pyUnquote(raw string) (s string, isByte bool, err error) {
	i := strings.IndexAny(raw, `"'`)
	if i < 0 || len(raw)-i < 2 {
		return "", false, fmt.Errorf("string literal too short")
	}
	prefix := strings.ToLower(raw[:i])
	isRaw := strings.Contains(prefix, "r")
	isByte = strings.Contains(prefix, "b")
	quoted := raw[i:]
	if q := quoted[:1]; len(quoted) >= 6 && strings.HasPrefix(quoted, q+q+q) && strings.HasSuffix(quoted, q+q+q) {
		quoted = quoted[3 : len(quoted)-3]
	} else {
		quoted = quoted[1 : len(quoted)-1]
	}
	if isByte {
		for _, c := range []byte(quoted) {
			if c >= utf8.RuneSelf {
				return "", true, fmt.Errorf("bytes can only contain ASCII literal characters")
			}
		}
	}

	var buf strings.Builder
	for len(quoted) > 0 {
		c := quoted[0]
		switch {
		case c == '\r':
			buf.WriteByte('\n') // \r\n and \r are line ends, as \n
			quoted = quoted[1:]
			if len(quoted) > 0 && quoted[0] == '\n' {
				quoted = quoted[1:]
			}
			continue
		case c != '\\':
			buf.WriteByte(c)
			quoted = quoted[1:]
			continue
		case isRaw:
			// a backslash stays, and keeps the next character from
			// ending the literal (the scanner saw to that)
			buf.WriteByte(c)
			quoted = quoted[1:]
			if len(quoted) > 0 && quoted[0] != '\r' {
				buf.WriteByte(quoted[0])
				quoted = quoted[1:]
			}
			continue
		}
		if len(quoted) == 1 {
			return "", isByte, fmt.Errorf(`truncated escape sequence \`)
		}
		e := quoted[1]
		switch e {
		case '\n':
			quoted = quoted[2:]
		case '\r':
			quoted = quoted[2:]
			if len(quoted) > 0 && quoted[0] == '\n' {
				quoted = quoted[1:]
			}
		case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\', '\'', '"':
			buf.WriteByte(unesc[e])
			quoted = quoted[2:]
		case '0', '1', '2', '3', '4', '5', '6', '7':
			n := 0
			j := 1
			for ; j < 4 && j < len(quoted) && '0' <= quoted[j] && quoted[j] <= '7'; j++ {
				n = n*8 + int(quoted[j]-'0')
			}
			quoted = quoted[j:]
			if isByte {
				buf.WriteByte(byte(n)) // CPython keeps the low 8 bits
			} else {
				buf.WriteRune(rune(n))
			}
		case 'x', 'u', 'U':
			size := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if isByte && e != 'x' {
				buf.WriteString(quoted[:2]) // not an escape in bytes
				quoted = quoted[2:]
				continue
			}
			if len(quoted) < 2+size {
				return "", isByte, fmt.Errorf(`truncated \%c escape: %s`, e, quoted)
			}
			n, err := strconv.ParseUint(quoted[2:2+size], 16, 32)
			if err != nil {
				return "", isByte, fmt.Errorf(`truncated \%c escape: %s`, e, quoted[:2+size])
			}
			switch {
			case isByte:
				buf.WriteByte(byte(n))
			case n > unicode.MaxRune:
				return "", false, fmt.Errorf(`illegal Unicode character %s`, quoted[:2+size])
			case 0xD800 <= n && n < 0xE000:
				return "", false, fmt.Errorf(`unpaired surrogate %s: netrepl's str holds UTF-8 text only`, quoted[:2+size])
			default:
				buf.WriteRune(rune(n))
			}
			quoted = quoted[2+size:]
		case 'N':
			if !isByte {
				return "", false, fmt.Errorf(`\N{...} escapes are not supported: write the character, or \uXXXX`)
			}
			fallthrough
		default:
			buf.WriteByte('\\') // an unknown escape keeps its backslash
			quoted = quoted[1:]
		}
	}
	return buf.String(), isByte, nil
}

// pyDigits consumes digits accepted by ok, each optionally preceded by
// a single underscore. It reports whether an underscore was not followed
// by a digit (CPython's "invalid ... literal").
func (sc *scanner) pyDigits(ok func(rune) bool) (badUnderscore bool) {
	for {
		c := sc.peekRune()
		if c == '_' {
			sc.readRune()
			if !ok(sc.peekRune()) {
				return true
			}
			continue
		}
		if !ok(c) {
			return false
		}
		sc.readRune()
	}
}

// pyNumberEnd checks what follows a number: a letter or digit there is
// CPython's "invalid <kind> literal", except the keywords CPython still
// accepts right after a number (1if x else y).
func (sc *scanner) pyNumberEnd(kind string) {
	c := sc.peekRune()
	if !isIdent(c) {
		return
	}
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if strings.HasPrefix(string(sc.rest), kw) {
			return
		}
	}
	if c == 'j' || c == 'J' {
		sc.errorf(sc.pos, "complex numbers (%c) are not supported", c)
	}
	sc.errorf(sc.prevPos(), "invalid %s literal", kind)
}

// prevPos is the position of the character before the scanner's:
// where CPython points at a malformed number (the stray _ of 1__0, the x
// of 0x, the last digit of 123abc). Numbers do not span lines.
func (sc *scanner) prevPos() Position {
	p := sc.pos
	if p.Col > 1 {
		p.Col--
	}
	return p
}

// scanNumberPython scans a Python 3.11 int or float literal, or a period.
func (sc *scanner) scanNumberPython(val *tokenValue, c rune) Token {
	start := sc.pos
	float := false
	const dec = "decimal"

	fraction := func() { // after '.'
		if sc.peekRune() == '_' {
			sc.error(sc.prevPos(), "invalid decimal literal")
		}
		if isdigit(sc.peekRune()) && sc.pyDigits(isdigit) {
			sc.error(sc.prevPos(), "invalid decimal literal")
		}
	}
	exponent := func() {
		if c := sc.peekRune(); c != 'e' && c != 'E' {
			return
		}
		float = true
		sc.readRune()
		if c := sc.peekRune(); c == '+' || c == '-' {
			sc.readRune()
		}
		if !isdigit(sc.peekRune()) || sc.pyDigits(isdigit) {
			sc.error(sc.prevPos(), "invalid decimal literal")
		}
	}

	switch {
	case c == '.':
		sc.readRune()
		if len(sc.rest) >= 2 && sc.rest[0] == '.' && sc.rest[1] == '.' {
			sc.readRune()
			sc.readRune()
			sc.endToken(val)
			return ELLIPSIS
		}
		if !isdigit(sc.peekRune()) {
			sc.endToken(val)
			return DOT
		}
		float = true
		fraction()
		exponent()
		sc.pyNumberEnd(dec)

	case c == '0' && strings.ContainsRune("xXoObB", rune(peekByte(sc.rest, 1))):
		sc.readRune()
		var ok func(rune) bool
		var kind string
		switch sc.readRune() {
		case 'x', 'X':
			ok, kind = isxdigit, "hexadecimal"
		case 'o', 'O':
			ok, kind = isodigit, "octal"
		default:
			ok, kind = isbdigit, "binary"
		}
		if sc.peekRune() == '_' {
			sc.readRune()
		}
		if !ok(sc.peekRune()) {
			if isdigit(sc.peekRune()) {
				sc.errorf(sc.pos, "invalid digit '%c' in %s literal", sc.peekRune(), kind)
			}
			sc.errorf(sc.prevPos(), "invalid %s literal", kind)
		}
		if sc.pyDigits(ok) {
			sc.errorf(sc.prevPos(), "invalid %s literal", kind)
		}
		if isdigit(sc.peekRune()) {
			sc.errorf(sc.pos, "invalid digit '%c' in %s literal", sc.peekRune(), kind)
		}
		sc.pyNumberEnd(kind)

	default:
		// decimal int or float; 0 may be followed by more zeros, or by
		// any digits when the literal is a float (09.5).
		if sc.pyDigits(isdigit) {
			sc.error(sc.prevPos(), "invalid decimal literal")
		}
		if c := sc.peekRune(); c == '.' {
			sc.readRune()
			float = true
			fraction()
		}
		exponent()
		sc.pyNumberEnd(dec)
	}

	sc.endToken(val)
	s := strings.ReplaceAll(val.raw, "_", "")
	if float {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !isRangeErr(err) {
			sc.error(start, "invalid float literal")
		}
		val.float = f
		return FLOAT
	}
	if c == '0' && len(s) > 1 && isdigit(rune(s[1])) {
		if strings.Trim(s, "0") != "" {
			sc.error(start, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		}
		s = "0"
	}
	val.bigInt = nil
	base := 10
	digits := s
	if len(s) > 2 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base, digits = 16, s[2:]
		case 'o', 'O':
			base, digits = 8, s[2:]
		case 'b', 'B':
			base, digits = 2, s[2:]
		}
	}
	var err error
	val.int, err = strconv.ParseInt(digits, base, 64)
	if err != nil {
		n, ok := new(big.Int).SetString(digits, base)
		if !ok {
			sc.error(start, "invalid int literal")
		}
		val.bigInt = n
	}
	return INT
}

func peekByte(b []byte, i int) byte {
	if i < len(b) {
		return b[i]
	}
	return 0
}

func isRangeErr(err error) bool {
	e, ok := err.(*strconv.NumError)
	return ok && e.Err == strconv.ErrRange
}
