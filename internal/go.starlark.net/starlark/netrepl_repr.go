// netrepl patch: Python's repr and str, used wherever the interpreter
// renders a value when PythonSemantics is on (String.String, Bytes.String,
// Float.String, writeValue, str(), repr(), ascii()).

package starlark

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.starlark.net/syntax"
)

const hexDigits = "0123456789abcdef"

// quoteString is the repr of a str or bytes (String.String and
// Bytes.String): Starlark's, or with PythonSemantics Python's.
func quoteString(s string, bytes bool) string {
	switch {
	case !PythonSemantics:
		return syntax.Quote(s, bytes)
	case bytes:
		return pyBytesRepr(s)
	}
	return pyQuote(s)
}

// pyQuote is CPython 3.11's repr of a str: single quotes unless the text
// holds a single quote and no double; \\, the quote, \t \n \r escaped;
// other control and non-printable characters as \xNN, \uNNNN or
// \UNNNNNNNN; printable characters (str.isprintable) as they are. A byte
// of s that is not part of valid UTF-8 (which a Python str cannot hold)
// is written \xNN.
func pyQuote(s string) string { return PyQuote(s) }

// PyQuote is Python's repr of the str s, whatever PythonSemantics says.
func PyQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	writePyQuote(&b, s)
	return b.String()
}

func writePyQuote(b *strings.Builder, s string) {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < ' ' || c == 0x7f:
				writeHexEscape(b, 'x', uint32(c), 2)
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			writeHexEscape(b, 'x', uint32(c), 2) // not UTF-8
			i++
			continue
		}
		if pyPrintable(r) {
			b.WriteString(s[i : i+size])
		} else {
			writeRuneEscape(b, r)
		}
		i += size
	}
	b.WriteByte(quote)
}

// pyPrintable is Python's str.isprintable for one character: not in the
// categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs, space excepted. Go's tables
// are a newer Unicode than CPython 3.11's (14.0): a character assigned
// since is printable here and escaped by CPython.
func pyPrintable(r rune) bool {
	return unicode.IsPrint(r)
}

// writeRuneEscape writes r as Python's \xNN, \uNNNN or \UNNNNNNNN.
func writeRuneEscape(b *strings.Builder, r rune) {
	switch {
	case r <= 0xff:
		writeHexEscape(b, 'x', uint32(r), 2)
	case r <= 0xffff:
		writeHexEscape(b, 'u', uint32(r), 4)
	default:
		writeHexEscape(b, 'U', uint32(r), 8)
	}
}

func writeHexEscape(b *strings.Builder, kind byte, v uint32, digits int) {
	b.WriteByte('\\')
	b.WriteByte(kind)
	for shift := 4 * (digits - 1); shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[(v>>uint(shift))&0xf])
	}
}

// pyBytesRepr is CPython's repr of bytes: b'...', double quotes only when
// the bytes hold a single quote and no double; \\, the quote, \t \n \r
// escaped, printable ASCII as it is, every other byte \xNN.
func pyBytesRepr(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 3)
	writePyBytes(&b, s)
	return b.String()
}

func writePyBytes(b *strings.Builder, s string) {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b.WriteByte('b')
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			writeHexEscape(b, 'x', uint32(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
}

// pyFloatRepr is CPython's repr (and str) of a float: the shortest
// digits that read back as the same float, in positional notation when
// the decimal exponent is in [-4, 16), with ".0" when it has no point;
// else d.ddde±XX. inf, -inf and nan as Python writes them.
func pyFloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		return e // Go writes at least two exponent digits, as Python
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if strings.IndexByte(s, '.') < 0 {
		s += ".0"
	}
	return s
}

// pyASCII is Python's ascii(): the repr with every non-ASCII character
// written \xNN, \uNNNN or \UNNNNNNNN (bytes not valid UTF-8 as \xNN).
func pyASCII(repr string) string {
	i := 0
	for i < len(repr) && repr[i] < utf8.RuneSelf {
		i++
	}
	if i == len(repr) {
		return repr
	}
	var b strings.Builder
	b.WriteString(repr[:i])
	for i < len(repr) {
		c := repr[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(repr[i:])
		if r == utf8.RuneError && size == 1 {
			writeHexEscape(&b, 'x', uint32(c), 2)
		} else {
			writeRuneEscape(&b, r)
		}
		i += size
	}
	return b.String()
}

// ASCII is Python's ascii(v): repr(v) with its non-ASCII characters
// escaped (ascii("hé") is 'h\xe9'), for ascii(), %a and the !a of
// str.format and f-strings.
func ASCII(v Value) string { return pyASCII(v.String()) }

// Str is Python's str(v): a str is its own text, anything else its repr
// (with PythonSemantics off, Starlark's str: bytes decoded as UTF-8).
func Str(v Value) string {
	switch v := v.(type) {
	case String:
		return string(v)
	case PyStringer:
		return v.PyStr()
	case Bytes:
		if !PythonSemantics {
			return utf8Transcode(string(v))
		}
	}
	return v.String()
}

// writePython is writeValue with PythonSemantics on: Python's repr of
// x. path holds the lists and dicts being written, so that one that
// holds itself is written [...] or {...}, as Python does.
func writePython(out *strings.Builder, x Value, path []Value) {
	switch x := x.(type) {
	case nil:
		out.WriteString("<nil>") // indicates a bug
	case NoneType:
		out.WriteString("None")
	case Int:
		out.WriteString(x.String())
	case Bool:
		if x {
			out.WriteString("True")
		} else {
			out.WriteString("False")
		}
	case String:
		writePyQuote(out, string(x))
	case Bytes:
		writePyBytes(out, string(x))
	case Float:
		out.WriteString(pyFloatRepr(float64(x)))
	case *List:
		if pathContains(path, x) {
			out.WriteString("[...]")
			return
		}
		out.WriteByte('[')
		for i, elem := range x.elems {
			if i > 0 {
				out.WriteString(", ")
			}
			writePython(out, elem, append(path, x))
		}
		out.WriteByte(']')
	case Tuple:
		out.WriteByte('(')
		for i, elem := range x {
			if i > 0 {
				out.WriteString(", ")
			}
			writePython(out, elem, path)
		}
		if len(x) == 1 {
			out.WriteByte(',')
		}
		out.WriteByte(')')
	case *Dict:
		if pathContains(path, x) {
			out.WriteString("{...}")
			return
		}
		out.WriteByte('{')
		for e := x.ht.head; e != nil; e = e.next {
			if e != x.ht.head {
				out.WriteString(", ")
			}
			writePython(out, e.key, append(path, x))
			out.WriteString(": ")
			writePython(out, e.value, append(path, x))
		}
		out.WriteByte('}')
	case *Set:
		if x.Len() == 0 {
			out.WriteString("set()")
			return
		}
		out.WriteByte('{')
		for e := x.ht.head; e != nil; e = e.next {
			if e != x.ht.head {
				out.WriteString(", ")
			}
			writePython(out, e.key, path)
		}
		out.WriteByte('}')
	case *Function:
		name := x.Name()
		if name == "lambda" {
			name = "<lambda>"
		}
		fmt.Fprintf(out, "<function %s at %p>", name, x)
	case *Builtin:
		if x.recv != nil {
			fmt.Fprintf(out, "<built-in method %s of %s object>", x.Name(), TypeOf(x.recv).Name())
		} else {
			fmt.Fprintf(out, "<built-in function %s>", x.Name())
		}
	case rangeValue:
		if x.step != 1 {
			fmt.Fprintf(out, "range(%d, %d, %d)", x.start, x.stop, x.step)
		} else {
			fmt.Fprintf(out, "range(%d, %d)", x.start, x.stop)
		}
	default:
		out.WriteString(x.String())
	}
}
