// Package methods gives Starlark's bytes the methods of Python's bytes
// (decode, hex, find, split, startswith, strip, replace, join, ...) and
// its str the encode method, so that protocol code written for Python —
// `sock.sendall(req.encode())`, `resp.split(b"\r\n")`,
// `resp.decode("latin-1")` — runs as typed. Values, errors and messages
// are CPython 3.11's (testdata/vectors.json).
//
// The methods are added through starlark.SetMethod (a hook of netrepl's
// in-tree go.starlark.net) when this package is initialised, before any
// Starlark runs, so every Starlark value in the process has them: at the
// prompt, in scripts, in loaded files, in threads, and in dir() and
// completion.
package methods

import (
	"math"

	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

type method = func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

// Bytes are the methods added to bytes, String those added to str, with
// their docs (help(b"".split)).
var (
	Bytes = []struct {
		Name string
		Fn   method
		Doc  string
	}{
		{"decode", decode, "decode(encoding='utf-8', errors='strict')\nThe bytes as text. Codecs: utf-8, ascii, latin-1 (every byte is one character); errors: strict, ignore, replace, backslashreplace."},
		{"hex", hex, "hex(sep=None, bytes_per_sep=1)\nThe bytes as a str of hex digits, with sep between groups of bytes_per_sep bytes (from the right; negative: from the left)."},
		{"find", find, "find(sub[, start[, end]])\nThe lowest index of sub (a bytes or a byte value) in b[start:end], or -1."},
		{"rfind", find, "rfind(sub[, start[, end]])\nThe highest index of sub (a bytes or a byte value) in b[start:end], or -1."},
		{"index", find, "index(sub[, start[, end]])\nfind(), but ValueError when sub is not found."},
		{"rindex", find, "rindex(sub[, start[, end]])\nrfind(), but ValueError when sub is not found."},
		{"count", count, "count(sub[, start[, end]])\nThe number of non-overlapping occurrences of sub in b[start:end]."},
		{"startswith", tailmatch, "startswith(prefix[, start[, end]])\nWhether b[start:end] starts with prefix (a bytes, or a tuple of bytes to try)."},
		{"endswith", tailmatch, "endswith(suffix[, start[, end]])\nWhether b[start:end] ends with suffix (a bytes, or a tuple of bytes to try)."},
		{"split", split, "split(sep=None, maxsplit=-1)\nA list of the parts between sep; with no sep, between runs of whitespace. At most maxsplit splits, from the left."},
		{"rsplit", split, "rsplit(sep=None, maxsplit=-1)\nsplit(), with the maxsplit splits made from the right."},
		{"splitlines", splitlines, "splitlines(keepends=False)\nA list of the lines, split at \\n, \\r and \\r\\n; keepends keeps the line ends."},
		{"partition", partition, "partition(sep)\n(before, sep, after) at the first sep; (b, b'', b'') when there is none."},
		{"rpartition", partition, "rpartition(sep)\n(before, sep, after) at the last sep; (b'', b'', b) when there is none."},
		{"strip", strip, "strip(chars=None)\nb without leading and trailing bytes in chars (default: ASCII whitespace)."},
		{"lstrip", strip, "lstrip(chars=None)\nb without leading bytes in chars (default: ASCII whitespace)."},
		{"rstrip", strip, "rstrip(chars=None)\nb without trailing bytes in chars (default: ASCII whitespace)."},
		{"removeprefix", removeAffix, "removeprefix(prefix)\nb without prefix, if it starts with it."},
		{"removesuffix", removeAffix, "removesuffix(suffix)\nb without suffix, if it ends with it."},
		{"replace", replace, "replace(old, new, count=-1)\nb with old replaced by new, at most count times (all if negative)."},
		{"join", join, "join(iterable_of_bytes)\nThe items joined with b between them: b'\\r\\n'.join([b'a', b'b'])."},
		{"upper", mapCase, "upper()\nb with ASCII lower-case letters made upper-case."},
		{"lower", mapCase, "lower()\nb with ASCII upper-case letters made lower-case."},
		{"isdigit", isClass, "isdigit()\nWhether b is not empty and all ASCII digits."},
		{"isalpha", isClass, "isalpha()\nWhether b is not empty and all ASCII letters."},
		{"isalnum", isClass, "isalnum()\nWhether b is not empty and all ASCII letters and digits."},
		{"isspace", isClass, "isspace()\nWhether b is not empty and all ASCII whitespace."},
		{"isupper", isClass, "isupper()\nWhether b has an ASCII upper-case letter and no lower-case one."},
		{"islower", isClass, "islower()\nWhether b has an ASCII lower-case letter and no upper-case one."},
		{"ljust", pad, "ljust(width, fillbyte=b' ')\nb padded on the right to width bytes."},
		{"rjust", pad, "rjust(width, fillbyte=b' ')\nb padded on the left to width bytes."},
		{"center", pad, "center(width, fillbyte=b' ')\nb padded on both sides to width bytes."},
	}
	String = []struct {
		Name string
		Fn   method
		Doc  string
	}{
		{"encode", encode, "encode(encoding='utf-8', errors='strict')\nThe str as bytes. Codecs: utf-8, ascii, latin-1; errors: strict, ignore, replace, backslashreplace, xmlcharrefreplace."},
		{"format", format, "format(*args, **kwargs)\nThe str with its {} fields replaced, as Python's: \"{:>5} {:08.3f} {name!r}\".format(1, 2.5, name=x)."},
	}
)

func init() {
	for _, m := range Bytes {
		starlark.SetMethod("bytes", m.Name, starlark.NewBuiltin(m.Name, m.Fn))
		doc.Method("bytes", m.Name, m.Doc)
	}
	for _, m := range String {
		starlark.SetMethod("string", m.Name, starlark.NewBuiltin(m.Name, m.Fn))
		doc.Method("string", m.Name, m.Doc)
	}
	doc.Method("bytes", "elems", "elems()\nThe bytes' values, as ints (Starlark's; bytes iterate as ints: list(b\"AB\") is [65, 66]).")
	for _, m := range Bytes {
		doc.Method("bytearray", m.Name, m.Doc)
	}
	for _, m := range Bytearray {
		doc.Method("bytearray", m.Name, m.Doc)
	}
}

// recv is the bytes a method was called on.
func recv(b *starlark.Builtin) string { return string(b.Receiver().(starlark.Bytes)) }

// positional checks a positional-only method's arguments: between min
// and max of them, no keywords.
func positional(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple, min, max int) error {
	switch {
	case len(kwargs) > 0:
		return pyerr.New("TypeError", "%s() takes no keyword arguments", b.Name())
	case len(args) < min || len(args) > max:
		if min == max {
			return pyerr.New("TypeError", "%s() takes exactly %d argument(s) (%d given)", b.Name(), min, len(args))
		}
		return pyerr.New("TypeError", "%s() takes from %d to %d arguments (%d given)", b.Name(), min, max, len(args))
	}
	return nil
}

// buffer is a bytes-like argument (bytes or bytearray).
func buffer(name string, v starlark.Value) (string, error) { return pyerr.Buffer(name, v) }

// clinicType names an argument's type as CPython's argument clinic
// does in "must be str, not X": None is "None".
func clinicType(v starlark.Value) string {
	if v == starlark.None {
		return "None"
	}
	return pyerr.TypeName(v)
}

// ssize is an argument taken by __index__ as a Py_ssize_t (a count, a
// width, maxsplit).
func ssize(name string, v starlark.Value) (int, error) {
	n, err := pyerr.Index(v)
	switch {
	case err != nil:
		return 0, err
	case !n.IsInt64():
		return 0, pyerr.New("OverflowError", "Python int too large to convert to C ssize_t")
	}
	return int(n.Int64()), nil
}

// sliceIndex is _PyEval_SliceIndex: None (or absent) is def; an int
// beyond Py_ssize_t is clamped, not an error.
func sliceIndex(name string, v starlark.Value, def int) (int, error) {
	if v == nil || v == starlark.None {
		return def, nil
	}
	n, err := pyerr.Index(v)
	switch {
	case err != nil:
		return 0, pyerr.TypeErr(name, "slice indices must be integers or None or have an __index__ method")
	case n.IsInt64():
		return int(n.Int64()), nil
	case n.Sign() < 0:
		return math.MinInt64, nil
	}
	return math.MaxInt64, nil
}

// span is the optional [start, [end]] of the find family, adjusted to a
// length n as ADJUST_INDICES does: end within [0, n], start >= 0 (it may
// exceed n).
func span(name string, args starlark.Tuple, n int) (start, end int, err error) {
	var startV, endV starlark.Value
	if len(args) > 0 {
		startV = args[0]
	}
	if len(args) > 1 {
		endV = args[1]
	}
	if start, err = sliceIndex(name, startV, 0); err != nil {
		return 0, 0, err
	}
	if end, err = sliceIndex(name, endV, math.MaxInt64); err != nil {
		return 0, 0, err
	}
	if end > n {
		end = n
	} else if end < 0 {
		end = max(end+n, 0)
	}
	if start < 0 {
		start = max(start+n, 0)
	}
	return start, end, nil
}

// isSpace is Python's bytes whitespace (Py_ISSPACE): not \x1c-\x1f,
// which str.isspace counts.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func bytesOf(s string) starlark.Value { return starlark.Bytes(s) }

// Bytearray are the docs of bytearray's own methods (the interpreter's,
// starlark.Bytearray); it has those of bytes too.
var Bytearray = []struct{ Name, Doc string }{
	{"append", "append(byte)\nAdd one byte value (an int in range(0, 256)) at the end."},
	{"extend", "extend(iterable_of_ints)\nAdd the bytes of a bytes, a bytearray or an iterable of byte values at the end."},
	{"insert", "insert(index, byte)\nInsert one byte value before index."},
	{"pop", "pop(index=-1)\nRemove the byte at index and return it, as an int."},
	{"remove", "remove(byte)\nRemove the first byte of that value; ValueError if there is none."},
	{"clear", "clear()\nRemove every byte."},
	{"copy", "copy()\nA new bytearray with the same bytes."},
	{"reverse", "reverse()\nReverse the bytes in place."},
}
