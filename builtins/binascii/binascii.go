// Package binascii is netrepl's `binascii` module, byte for byte as
// CPython 3.11's for the functions it has, plus hexdump:
//
//	hexlify(data, sep=None, bytes_per_sep=1)  bytes -> hex digits (also b2a_hex)
//	unhexlify(hexstr)                         hex digits (str or bytes) -> bytes (also a2b_hex)
//	crc32(data, crc=0)                        CRC-32, as zlib computes it
//	crc_hqx(data, crc)                        CRC-CCITT (XMODEM)
//	b2a_base64(data, newline=True)            bytes -> base64 line
//	a2b_base64(data, strict_mode=False)       base64 (str or bytes) -> bytes
//	hexdump(data, width=16)                   print a `hexdump -C` dump
//	hexdumps(data, width=16)                  the same dump, as a str
//
// hexlify, unhexlify and hexdump are also at top level. The Go API
// (Dump, Hexlify, Unhexlify, A2bBase64, ...) needs no Starlark, so the
// socket trace can use it.
package binascii

import (
	"io"
	"unsafe"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

const hexlifyDoc = `(data, sep=None, bytes_per_sep=1)
Return the hex digits of the bytes data, as bytes: hexlify(b"\x01\xab") is
b"01ab". sep (a str or bytes of one character) goes between groups of
bytes_per_sep bytes, counted from the right, or from the left if
bytes_per_sep is negative: hexlify(b"abcde", ":", 2) is b"61:6263:6465".`

const unhexlifyDoc = `(hexstr)
Return the bytes that the hex digits in hexstr (a str or bytes, of even
length, digits in either case, no spaces) stand for:
unhexlify("aaaa0100") is b"\xaa\xaa\x01\x00". binascii.Error otherwise.`

var (
	hexlifyFn   = doc.Func("hexlify", "hexlify"+hexlifyDoc, hexlify)
	unhexlifyFn = doc.Func("unhexlify", "unhexlify"+unhexlifyDoc, unhexlify)
	hexdumpFn   = doc.Func("hexdump", `hexdump(data, width=16)
Print data (bytes, or a str as UTF-8) as "hexdump -C" does: offset, the
bytes in hex in groups of 8, and as ASCII between bars; repeated lines
become "*". width is the number of bytes per line. Returns None; use
binascii.hexdumps for the same text as a str.`, hexdump)
	hexdumpsFn = doc.Func("hexdumps", `hexdumps(data, width=16)
Return the text that hexdump(data, width) prints, as a str (like
json.dumps beside json.dump).`, hexdumps)
)

// Module is the `binascii` module.
var Module = &starlarkstruct.Module{
	Name: "binascii",
	Members: starlark.StringDict{
		"hexlify":   hexlifyFn,
		"b2a_hex":   doc.Func("b2a_hex", "b2a_hex"+hexlifyDoc, hexlify),
		"unhexlify": unhexlifyFn,
		"a2b_hex":   doc.Func("a2b_hex", "a2b_hex"+unhexlifyDoc, unhexlify),
		"crc32": doc.Func("crc32", `crc32(data, crc=0)
Return the CRC-32 of data (zlib's, an unsigned 32-bit int). crc is the
CRC of the data before, to compute a running checksum.`, crc32Fn),
		"crc_hqx": doc.Func("crc_hqx", `crc_hqx(data, crc)
Return the 16-bit CRC-CCITT (polynomial 0x1021) of data, starting from
crc (0 for XMODEM).`, crcHqx),
		"b2a_base64": doc.Func("b2a_base64", `b2a_base64(data, newline=True)
Return data encoded in base64 (standard alphabet, padded) as bytes, with
a newline at the end unless newline is False.`, b2aBase64),
		"a2b_base64": doc.Func("a2b_base64", `a2b_base64(data, strict_mode=False)
Decode base64 (a str or bytes). Characters outside the alphabet are
skipped and decoding stops after the padding, unless strict_mode is True,
where they are binascii.Error.`, a2bBase64),
		"hexdump":  hexdumpFn,
		"hexdumps": hexdumpsFn,
	},
}

// Shortcuts are the names the module puts at top level.
var Shortcuts = starlark.StringDict{
	"hexlify":   hexlifyFn,
	"unhexlify": unhexlifyFn,
	"hexdump":   hexdumpFn,
}

func init() {
	doc.Type("binascii", `Bytes <-> hex and base64, CRCs, and hexdump, as CPython's binascii.`)
}

// bytesOf returns the result of a pure function as a Starlark bytes
// without copying it: b is never written again.
func bytesOf(b []byte) starlark.Bytes {
	return starlark.Bytes(unsafe.String(unsafe.SliceData(b), len(b)))
}

func hexlify(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var data, sep starlark.Value
	var perSep starlark.Value = starlark.MakeInt(1)
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "data", &data, "sep?", &sep, "bytes_per_sep?", &perSep); err != nil {
		return nil, err
	}
	buf, err := bytesArg(b.Name(), data)
	if err != nil {
		return nil, err
	}
	sepStr, per, err := SepArgs(b.Name(), sep, perSep)
	if err != nil {
		return nil, err
	}
	return bytesOf(Hexlify(buf, sepStr, per)), nil
}

// SepArgs checks the sep (nil: none) and bytes_per_sep arguments of
// hexlify and bytes.hex, as both do in CPython, for Hexlify.
func SepArgs(name string, sep, perSep starlark.Value) (string, int, error) {
	per, err := cIntArg(name, perSep)
	if err != nil {
		return "", 0, err
	}
	if sep == nil {
		return "", per, nil
	}
	c, err := sepArg(name, sep)
	if err != nil {
		return "", 0, err
	}
	return string([]byte{c}), per, nil
}

// sepArg is the check of _Py_strhex_impl: length first, then type. A str
// may hold any code point below 256 (hexlify returns bytes).
func sepArg(name string, sep starlark.Value) (byte, error) {
	n := starlark.Len(sep)
	if s, ok := sep.(starlark.String); ok {
		n = len([]rune(string(s)))
	}
	if n < 0 {
		return 0, pyerr.TypeErr(name, "object of type '%s' has no len()", pyerr.TypeName(sep))
	}
	if n != 1 {
		return 0, pyerr.ValueErr(name, "sep must be length 1.")
	}
	switch s := sep.(type) {
	case starlark.String:
		r := []rune(string(s))[0]
		if r > 0xff {
			return 0, pyerr.ValueErr(name, "sep must be ASCII.")
		}
		return byte(r), nil
	case starlark.Bytes:
		return s[0], nil
	}
	return 0, pyerr.TypeErr(name, "sep must be str or bytes.")
}

func unhexlify(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	// Checked by hand: a variable passed to UnpackPositionalArgs escapes
	// to the heap, one allocation per call on the hot path.
	if len(args) != 1 || len(kwargs) > 0 {
		var hexstr starlark.Value
		return nil, starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &hexstr)
	}
	s, err := asciiArg(b.Name(), args[0])
	if err != nil {
		return nil, err
	}
	out, err := Unhexlify(s)
	if err != nil {
		return nil, err
	}
	return bytesOf(out), nil
}

func crc32Fn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var data starlark.Value
	var crc starlark.Value = starlark.MakeInt(0)
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &data, &crc); err != nil {
		return nil, err
	}
	buf, err := bytesArg(b.Name(), data)
	if err != nil {
		return nil, err
	}
	c, err := uintMaskArg(b.Name(), crc)
	if err != nil {
		return nil, err
	}
	return starlark.MakeUint64(uint64(CRC32(buf, c))), nil
}

func crcHqx(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var data, crc starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &data, &crc); err != nil {
		return nil, err
	}
	buf, err := bytesArg(b.Name(), data)
	if err != nil {
		return nil, err
	}
	c, err := uintMaskArg(b.Name(), crc)
	if err != nil {
		return nil, err
	}
	return starlark.MakeUint64(uint64(CRCHqx(buf, c))), nil
}

func b2aBase64(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var data starlark.Value
	var newline starlark.Value = starlark.True
	if err := keywordOnly(b, args, 1); err != nil {
		return nil, err
	}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "data", &data, "newline?", &newline); err != nil {
		return nil, err
	}
	buf, err := bytesArg(b.Name(), data)
	if err != nil {
		return nil, err
	}
	nl, err := cIntArg(b.Name(), newline)
	if err != nil {
		return nil, err
	}
	return bytesOf(B2aBase64(buf, nl != 0)), nil
}

func a2bBase64(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var data starlark.Value
	var strict starlark.Value = starlark.False
	if err := keywordOnly(b, args, 1); err != nil {
		return nil, err
	}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "data", &data, "strict_mode?", &strict); err != nil {
		return nil, err
	}
	s, err := asciiArg(b.Name(), data)
	if err != nil {
		return nil, err
	}
	st, err := cIntArg(b.Name(), strict)
	if err != nil {
		return nil, err
	}
	out, err := A2bBase64(s, st != 0)
	if err != nil {
		return nil, err
	}
	return bytesOf(out), nil
}

func hexdump(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	text, err := dumpArgs(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	// One Write, so the dump is not interleaved with other threads' lines.
	if _, err := io.WriteString(rt.SessionOf(thread).Stdout, text); err != nil {
		return nil, &pyerr.Error{Type: "OSError", Message: err.Error(), Err: err}
	}
	return starlark.None, nil
}

func hexdumps(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	text, err := dumpArgs(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.String(text), nil
}

func dumpArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (string, error) {
	var data starlark.Value
	width := DefaultWidth
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "data", &data, "width?", &width); err != nil {
		return "", err
	}
	if width < 1 {
		return "", pyerr.ValueErr(b.Name(), "width must be at least 1, not %d", width)
	}
	var s string
	if d, ok := starlark.AsBuffer(data); ok {
		s = string(d)
	} else if d, ok := data.(starlark.String); ok {
		s = string(d)
	} else {
		return "", pyerr.TypeErr(b.Name(), "a bytes-like object or str is required, not '%s'", pyerr.TypeName(data))
	}
	return string(AppendDump(nil, []byte(s), width)), nil
}
