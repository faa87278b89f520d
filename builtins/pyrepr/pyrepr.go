// Package pyrepr writes values as netrepl shows them: Starlark's repr,
// except that bytes are written as Python writes them (b"\x07\xc0\x0c",
// not Starlark's b"\a\xc0\f", and a byte above 0x7f always as \x, not as
// part of a UTF-8 character), inside lists, tuples and dicts too. A
// protocol's bytes then read as they do in Python, its documentation and
// the notebook. Strings keep Starlark's double quotes.
//
// print, the prompt's echo, a notebook's Out[n], str(), repr() and the
// %r/%s and {!r}/{} of formatting all write values through Repr and Str.
package pyrepr

import (
	"strings"

	"go.starlark.net/starlark"
)

// Repr is repr(v).
func Repr(v starlark.Value) string {
	var b strings.Builder
	write(&b, v, nil)
	return b.String()
}

// Str is str(v): a str is its text, anything else its Repr.
func Str(v starlark.Value) string {
	if s, ok := v.(starlark.String); ok {
		return string(s)
	}
	return Repr(v)
}

// write writes v; path holds the lists and dicts being written (only
// they can hold themselves), so that one inside itself is written [...]
// or {...}, as Python does.
func write(b *strings.Builder, v starlark.Value, path []starlark.Value) {
	switch v := v.(type) {
	case starlark.Bytes:
		writeBytes(b, string(v))
		return
	case *starlark.Bytearray:
		b.WriteString("bytearray(")
		writeBytes(b, string(v.Bytes()))
		b.WriteString(")")
		return
	case starlark.Tuple:
	case *starlark.List, *starlark.Dict:
		for _, p := range path {
			if p == v { // pointers: comparable
				if _, ok := v.(*starlark.Dict); ok {
					b.WriteString("{...}")
				} else {
					b.WriteString("[...]")
				}
				return
			}
		}
		path = append(path, v)
	default:
		b.WriteString(v.String())
		return
	}
	switch v := v.(type) {
	case *starlark.List:
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			write(b, v.Index(i), path)
		}
		b.WriteByte(']')
	case starlark.Tuple:
		b.WriteByte('(')
		for i, x := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			write(b, x, path)
		}
		if len(v) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case *starlark.Dict:
		b.WriteByte('{')
		for i, kv := range v.Items() {
			if i > 0 {
				b.WriteString(", ")
			}
			write(b, kv[0], path)
			b.WriteString(": ")
			write(b, kv[1], path)
		}
		b.WriteByte('}')
	}
}

// writeBytes is Python's bytes repr with netrepl's double quotes: \t \n
// \r, \" and \\ escaped, printable ASCII as it is, every other byte \xNN.
func writeBytes(b *strings.Builder, s string) {
	const hex = "0123456789abcdef"
	b.WriteString(`b"`)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			b.WriteString(`\x`)
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		}
	}
	b.WriteByte('"')
}
