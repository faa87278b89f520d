package methods

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// The codecs of bytes.decode and str.encode: utf-8, ascii and latin-1,
// the three a protocol meets, under every name CPython accepts for them.
// A Starlark str is UTF-8 text, so those three are all netrepl can
// offer without a table per code page.

type codec int

const (
	utf8Codec codec = iota
	asciiCodec
	latin1Codec
)

// names are the codecs' names in CPython's error messages.
var names = [...]string{"utf-8", "ascii", "latin-1"}

// aliases are encodings/aliases.py's names of the three codecs, after
// normalizeEncoding.
var aliases = map[string]codec{
	"utf_8": utf8Codec, "u8": utf8Codec, "utf": utf8Codec, "utf8": utf8Codec, "utf8_ucs2": utf8Codec,
	"utf8_ucs4": utf8Codec, "cp65001": utf8Codec,
	"ascii": asciiCodec, "646": asciiCodec, "ansi_x3.4_1968": asciiCodec, "ansi_x3_4_1968": asciiCodec,
	"ansi_x3.4_1986": asciiCodec, "cp367": asciiCodec, "csascii": asciiCodec, "ibm367": asciiCodec,
	"iso646_us": asciiCodec, "iso_646.irv_1991": asciiCodec, "iso_ir_6": asciiCodec, "us": asciiCodec,
	"us_ascii": asciiCodec,
	"latin_1":  latin1Codec, "8859": latin1Codec, "cp819": latin1Codec, "csisolatin1": latin1Codec,
	"ibm819": latin1Codec, "iso8859": latin1Codec, "iso8859_1": latin1Codec, "iso_8859_1": latin1Codec,
	"iso_8859_1_1987": latin1Codec, "iso_ir_100": latin1Codec, "l1": latin1Codec, "latin": latin1Codec,
	"latin1": latin1Codec,
}

// normalizeEncoding is encodings.normalize_encoding of the lower-cased
// name: runs of other characters than letters, digits and '.' become
// one '_', none at either end.
func normalizeEncoding(name string) string {
	var b strings.Builder
	punct := false
	for _, r := range strings.ToLower(name) {
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.') {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			punct = false
		} else {
			punct = true
		}
	}
	return b.String()
}

func lookup(name string) (codec, error) {
	norm := normalizeEncoding(name)
	if c, ok := aliases[norm]; ok {
		return c, nil
	}
	if c, ok := aliases[strings.ReplaceAll(norm, ".", "_")]; ok {
		return c, nil
	}
	return 0, pyerr.New("LookupError", "unknown encoding: %s", name)
}

// codecArgs parses (encoding='utf-8', errors='strict') with CPython's
// messages.
func codecArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (codec, string, error) {
	var encV, errV starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "encoding?", &encV, "errors?", &errV); err != nil {
		return 0, "", err
	}
	enc, errors := "utf-8", "strict"
	for _, a := range []struct {
		name string
		v    starlark.Value
		to   *string
	}{{"encoding", encV, &enc}, {"errors", errV, &errors}} {
		if a.v == nil {
			continue
		}
		s, ok := a.v.(starlark.String)
		if !ok {
			return 0, "", pyerr.New("TypeError", "%s() argument '%s' must be str, not %s", b.Name(), a.name, clinicType(a.v))
		}
		*a.to = string(s)
	}
	c, err := lookup(enc)
	return c, errors, err
}

// handler checks an error handler's name when an error needs it, as
// CPython does (an unknown name is no error until then).
func handler(errors string, decoding bool) error {
	switch errors {
	case "strict", "ignore", "replace", "backslashreplace":
		return nil
	case "xmlcharrefreplace", "namereplace":
		if decoding {
			return pyerr.New("TypeError", "don't know how to handle UnicodeDecodeError in error callback")
		}
		if errors == "xmlcharrefreplace" {
			return nil
		}
	case "surrogateescape", "surrogatepass":
	default:
		return pyerr.New("LookupError", "unknown error handler name '%s'", errors)
	}
	return pyerr.New("LookupError", "netrepl has no error handler %q: its strings hold no surrogates and it has no Unicode names", errors)
}

// decode is bytes.decode(encoding='utf-8', errors='strict').
func decode(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, errors, err := codecArgs(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	s := recv(b)
	var out strings.Builder
	for i := 0; i < len(s); {
		switch c {
		case latin1Codec:
			out.WriteRune(rune(s[i]))
			i++
			continue
		case asciiCodec:
			if s[i] < utf8.RuneSelf {
				out.WriteByte(s[i])
				i++
				continue
			}
		case utf8Codec:
			// A run of valid text at once.
			j := i
			for j < len(s) {
				if s[j] < utf8.RuneSelf {
					j++
					continue
				}
				r, n := utf8.DecodeRuneInString(s[j:])
				if r == utf8.RuneError && n == 1 {
					break
				}
				j += n
			}
			out.WriteString(s[i:j])
			if i = j; i == len(s) {
				continue
			}
		}
		end, reason := i+1, "ordinal not in range(128)"
		if c == utf8Codec {
			end, reason = utf8Error(s, i)
		}
		if err := handler(errors, true); err != nil {
			return nil, err
		}
		switch errors {
		case "strict":
			if end-i == 1 {
				return nil, pyerr.New("UnicodeDecodeError", "'%s' codec can't decode byte 0x%02x in position %d: %s", names[c], s[i], i, reason)
			}
			return nil, pyerr.New("UnicodeDecodeError", "'%s' codec can't decode bytes in position %d-%d: %s", names[c], i, end-1, reason)
		case "replace":
			out.WriteRune(utf8.RuneError)
		case "backslashreplace":
			for k := i; k < end; k++ {
				fmt.Fprintf(&out, `\x%02x`, s[k])
			}
		}
		i = end
	}
	return starlark.String(out.String()), nil
}

// utf8Error is CPython's UTF-8 decoder at an invalid sequence starting
// at s[i]: where the bad part ends (its maximal valid prefix, as the
// Unicode standard's "substitution of maximal subparts") and why.
func utf8Error(s string, i int) (end int, reason string) {
	const badStart, badNext, short = "invalid start byte", "invalid continuation byte", "unexpected end of data"
	c := s[i]
	if c < 0xc2 || c > 0xf4 {
		return i + 1, badStart
	}
	// The range of the second byte, and how many bytes follow the first.
	lo, hi, follow := byte(0x80), byte(0xbf), 1
	switch {
	case c >= 0xf0:
		follow = 3
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	case c >= 0xe0:
		follow = 2
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	}
	for k := 1; k <= follow; k++ {
		if i+k >= len(s) {
			return len(s), short
		}
		next := s[i+k]
		if k > 1 {
			lo, hi = 0x80, 0xbf
		}
		if next < lo || next > hi {
			return i + k, badNext
		}
	}
	return i + follow + 1, badNext // unreachable for an invalid sequence
}

// encode is str.encode(encoding='utf-8', errors='strict').
func encode(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, errors, err := codecArgs(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	s := string(b.Receiver().(starlark.String))
	if c == utf8Codec {
		return starlark.Bytes(s), nil
	}
	limit := rune(0x80)
	if c == latin1Codec {
		limit = 0x100
	}
	out := make([]byte, 0, len(s))
	runes := []rune(s)
	for i := 0; i < len(runes); {
		if r := runes[i]; r < limit {
			out = append(out, byte(r))
			i++
			continue
		}
		// The run of characters the codec cannot encode.
		end := i + 1
		for end < len(runes) && runes[end] >= limit {
			end++
		}
		if err := handler(errors, false); err != nil {
			return nil, err
		}
		switch errors {
		case "strict":
			reason := fmt.Sprintf("ordinal not in range(%d)", limit)
			if end-i == 1 {
				return nil, pyerr.New("UnicodeEncodeError", "'%s' codec can't encode character '%s' in position %d: %s", names[c], escape(runes[i]), i, reason)
			}
			return nil, pyerr.New("UnicodeEncodeError", "'%s' codec can't encode characters in position %d-%d: %s", names[c], i, end-1, reason)
		case "replace":
			for range end - i {
				out = append(out, '?')
			}
		case "backslashreplace":
			for _, r := range runes[i:end] {
				out = append(out, escape(r)...)
			}
		case "xmlcharrefreplace":
			for _, r := range runes[i:end] {
				out = fmt.Appendf(out, "&#%d;", r)
			}
		}
		i = end
	}
	return starlark.Bytes(out), nil
}

// escape is a character as Python's backslashreplace writes it.
func escape(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf(`\x%02x`, r)
	case r < 0x10000:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(`\U%08x`, r)
}
