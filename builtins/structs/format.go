package structs

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// Format is a compiled format string: CPython's PyStructObject without
// the object. pack, unpack, calcsize, iter_unpack, unpack_from and Struct
// all walk its codes.
type Format struct {
	text  string // the format as given (str or bytes), for Struct.format
	size  int    // calcsize
	items int    // how many values pack takes and unpack returns
	codes []code
	// badP: a '0p' code, which CPython 3.11 cannot unpack (it asks for a
	// bytes of length -1 and gets a SystemError).
	badP bool
}

// code is a run of one format character: repeat values of size bytes
// from offset on; for 's' and 'p', one value of size bytes.
type code struct {
	def    *formatDef
	offset int
	size   int
	repeat int
}

// Size is calcsize(format).
func (f *Format) Size() int { return f.size }

// compile parses a format as CPython's prepare_s does, with its errors,
// in the same order.
func compile(text string) (*Format, error) {
	if strings.IndexByte(text, 0) >= 0 {
		return nil, structErr("embedded null character")
	}
	tab, s := whichTable(text)
	f := &Format{text: text}
	const maxSize = math.MaxInt64 // Py_ssize_t
	size := 0
	for i := 0; i < len(s); {
		c := s[i]
		i++
		if isSpace(c) {
			continue
		}
		num := 1
		if '0' <= c && c <= '9' {
			num = int(c - '0')
			for {
				if i == len(s) {
					return nil, structErr("repeat count given without format specifier")
				}
				c = s[i]
				i++
				if c < '0' || c > '9' {
					break
				}
				d := int(c - '0')
				if num >= maxSize/10 && (num > maxSize/10 || d > maxSize%10) {
					return nil, errTooLong()
				}
				num = num*10 + d
			}
		}
		e := tab[c]
		if e == nil {
			return nil, structErr("bad char in struct format")
		}
		if e.align > 0 && size > 0 {
			extra := (e.align - 1) - (size-1)%e.align
			if extra > maxSize-size {
				return nil, errTooLong()
			}
			size += extra
		}
		if num > (maxSize-size)/e.size {
			return nil, errTooLong()
		}
		switch c {
		case 's', 'p':
			f.items++
			f.codes = append(f.codes, code{def: e, offset: size, size: num, repeat: 1})
			if c == 'p' && num == 0 {
				f.badP = true
			}
		case 'x':
		default:
			if num > 0 {
				f.items += num
				f.codes = append(f.codes, code{def: e, offset: size, size: e.size, repeat: num})
			}
		}
		size += num * e.size
	}
	f.size = size
	return f, nil
}

// isSpace is C's isspace in the "C" locale (Py_ISSPACE).
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func errTooLong() error { return structErr("total struct size too long") }

// The cache of compiled formats, as CPython's: at most maxCache entries,
// emptied when full. Only formats that compiled are kept. In front of it,
// a few lock-free slots remember the formats used last, so that a loop
// packing with the same format pays a string compare, not a map lookup.
const maxCache = 100

var (
	cache    sync.Map // format text -> *Format
	cacheLen atomic.Int32
	recent   [16]atomic.Pointer[Format]
)

func recentSlot(text string) *atomic.Pointer[Format] {
	h := uint(len(text))
	if len(text) > 0 {
		h = h*31 + uint(text[0])
		h = h*31 + uint(text[len(text)-1])
	}
	return &recent[h%uint(len(recent))]
}

// cached returns the compiled format if it is in the cache.
func cached(text string) (*Format, bool) {
	slot := recentSlot(text)
	if f := slot.Load(); f != nil && f.text == text {
		return f, true
	}
	if f, ok := cache.Load(text); ok {
		slot.Store(f.(*Format))
		return f.(*Format), true
	}
	return nil, false
}

// Compile returns the compiled format, from the cache when it was
// compiled before.
func Compile(text string) (*Format, error) {
	if f, ok := cached(text); ok {
		return f, nil
	}
	f, err := compile(text)
	if err != nil {
		return nil, err
	}
	if cacheLen.Add(1) > maxCache {
		cache.Clear()
		cacheLen.Store(1)
	}
	// Clone: text may be a slice of a much larger string.
	f.text = strings.Clone(text)
	cache.Store(f.text, f)
	recentSlot(f.text).Store(f)
	return f, nil
}

// formatArg turns the format argument of a builtin into a Format, with
// CPython's errors: a str must be ASCII, bytes are taken as they are, and
// anything else is a TypeError. viaCache is true for the module
// functions, which look the format up in a dict first (so an unhashable
// format is "unhashable type" there, and not in Struct()).
func formatArg(name string, v starlark.Value, viaCache bool) (*Format, error) {
	switch v := v.(type) {
	case starlark.String:
		s := string(v)
		if f, ok := cached(s); ok { // only ASCII formats are cached
			return f, nil
		}
		if err := checkASCII(s); err != nil {
			return nil, err
		}
		return Compile(s)
	case starlark.Bytes:
		return Compile(string(v))
	}
	if viaCache {
		if _, err := v.Hash(); err != nil {
			return nil, pyerr.TypeErr(name, "unhashable type: '%s'", pyerr.TypeName(v))
		}
	}
	return nil, pyerr.TypeErr(name, "Struct() argument 1 must be a str or bytes object, not %s", pyerr.TypeName(v))
}

// checkASCII is the UnicodeEncodeError of str.encode('ascii'), naming the
// first run of characters that are not ASCII by code point position.
func checkASCII(s string) error {
	start := -1
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			start = i
			break
		}
	}
	if start < 0 {
		return nil
	}
	pos := utf8.RuneCountInString(s[:start])
	first, _ := utf8.DecodeRuneInString(s[start:])
	n := 0
	for _, r := range s[start:] {
		if r < utf8.RuneSelf {
			break
		}
		n++
	}
	var msg string
	if n == 1 {
		msg = fmt.Sprintf("'ascii' codec can't encode character '%s' in position %d: ordinal not in range(128)", escapeRune(first), pos)
	} else {
		msg = fmt.Sprintf("'ascii' codec can't encode characters in position %d-%d: ordinal not in range(128)", pos, pos+n-1)
	}
	return &pyerr.Error{Type: "UnicodeEncodeError", Message: msg}
}

// escapeRune writes a non-ASCII code point as Python's repr escapes it
// in an error message.
func escapeRune(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf(`\x%02x`, r)
	case r < 0x10000:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(`\U%08x`, r)
}
