package methods

import (
	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

// BytesBuiltin is netrepl's bytes(): Python's bytes(source, encoding,
// errors). bytes.fromhex is its class attribute (classattrs.go).
var BytesBuiltin = doc.Func("bytes", `bytes(source=b"", encoding=None, errors=None)
bytes(s, "utf-8") encodes a str, as s.encode("utf-8") (a str needs an
encoding, as in Python); bytes(b) copies a bytes or bytearray;
bytes([65, 66]) and bytes(range(4)) make bytes from ints in range(0, 256);
bytes(n) is n zero bytes. bytes.fromhex("de ad") reads hex digits.
b[i] is an int, and bytes iterate as ints. help(b"") lists the methods.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	out, err := bytesSource(thread, "bytes", args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.Bytes(out), nil
})

// BytearrayBuiltin is Python's bytearray(): a mutable bytes.
var BytearrayBuiltin = doc.Func("bytearray", `bytearray(source=b"", encoding=None, errors=None)
A mutable bytes, for building packets: its source as bytes() takes it
(bytearray(8) is 8 zero bytes). ba[i] = 0x7f, ba[2:4] = b"..", append,
extend, insert, pop, remove, clear, ba += b"..", and the methods of bytes
(their bytes results are bytearrays). bytes(ba) is its content; send and
struct.unpack take it as it is. Not hashable, as in Python.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	out, err := bytesSource(thread, "bytearray", args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.NewBytearray(out), nil
})

// BytesFromhex and BytearrayFromhex are bytes.fromhex and
// bytearray.fromhex (classattrs.go).
var (
	BytesFromhex = doc.Func("fromhex", `bytes.fromhex(string)
The bytes that string's hex digits spell, two a byte: bytes.fromhex("de ad be ef").
ASCII whitespace between bytes is skipped.`, fromhex(bytesOf))
	BytearrayFromhex = doc.Func("fromhex", `bytearray.fromhex(string)
bytes.fromhex, as a bytearray.`, fromhex(func(s string) starlark.Value { return starlark.NewBytearray([]byte(s)) }))
)

// bytesSource is the content of bytes(...) or bytearray(...) (name):
// CPython's bytes_new and bytearray___init__, with their messages.
func bytesSource(thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) ([]byte, error) {
	var source starlark.Value = starlark.Bytes("")
	var encoding, errors starlark.Value
	if err := starlark.UnpackArgs(name, args, kwargs, "source?", &source, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	if encoding != nil || errors != nil {
		s, ok := source.(starlark.String)
		if !ok {
			if encoding != nil {
				return nil, pyerr.New("TypeError", "encoding without a string argument")
			}
			return nil, pyerr.New("TypeError", "errors without a string argument")
		}
		var encArgs starlark.Tuple
		if encoding != nil {
			encArgs = append(encArgs, encoding)
		} else {
			encArgs = append(encArgs, starlark.String("utf-8"))
		}
		if errors != nil {
			encArgs = append(encArgs, errors)
		}
		v, err := starlark.Call(thread, starlark.NewBuiltin(name, encode).BindReceiver(s), encArgs, nil)
		if err != nil {
			return nil, err
		}
		return []byte(v.(starlark.Bytes)), nil
	}
	if b, ok := starlark.AsBuffer(source); ok {
		return []byte(b), nil
	}
	switch n := source.(type) {
	case starlark.Int, starlark.Bool:
		count, err := pyerr.Index(n)
		switch {
		case err != nil:
			return nil, err
		case !count.IsInt64():
			return nil, pyerr.New("OverflowError", "cannot fit 'int' into an index-sized integer")
		case count.Sign() < 0:
			return nil, pyerr.New("ValueError", "negative count")
		case count.Int64() > 1<<30:
			return nil, pyerr.New("MemoryError", "")
		}
		return make([]byte, count.Int64()), nil
	case starlark.String:
		return nil, pyerr.New("TypeError", "string argument without an encoding")
	}
	iter := starlark.Iterate(source)
	if iter == nil {
		return nil, pyerr.New("TypeError", "cannot convert '%s' object to %s", pyerr.TypeName(source), name)
	}
	defer iter.Done()
	rangeMsg := "bytes must be in range(0, 256)"
	if name == "bytearray" {
		rangeMsg = "byte must be in range(0, 256)"
	}
	out := []byte{}
	var x starlark.Value
	for iter.Next(&x) {
		n, err := pyerr.Index(x)
		if err != nil {
			return nil, err
		}
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
			return nil, pyerr.New("ValueError", "%s", rangeMsg)
		}
		out = append(out, byte(n.Int64()))
	}
	return out, nil
}

// fromhex is bytes.fromhex and bytearray.fromhex (_PyBytes_FromHex):
// pairs of hex digits, ASCII whitespace skipped before each pair; the
// error gives the position of the first character that is not.
func fromhex(result func(string) starlark.Value) method {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fromhexOf(args, kwargs, result)
	}
}

func fromhexOf(args starlark.Tuple, kwargs []starlark.Tuple, result func(string) starlark.Value) (starlark.Value, error) {
	if len(kwargs) > 0 || len(args) != 1 {
		return nil, pyerr.New("TypeError", "fromhex() takes exactly one argument (%d given)", len(args)+len(kwargs))
	}
	s, ok := args[0].(starlark.String)
	if !ok {
		return nil, pyerr.New("TypeError", "fromhex() argument must be str, not %s", clinicType(args[0]))
	}
	bad := func(i int) error {
		return pyerr.New("ValueError", "non-hexadecimal number found in fromhex() arg at position %d", i)
	}
	for i, r := range []rune(string(s)) {
		if r >= 0x80 {
			return nil, bad(i)
		}
	}
	var out []byte
	for i := 0; i < len(s); {
		if isSpace(s[i]) {
			i++
			continue
		}
		hi := hexDigit(s[i])
		if hi < 0 {
			return nil, bad(i)
		}
		if i+1 >= len(s) {
			return nil, bad(i + 1)
		}
		lo := hexDigit(s[i+1])
		if lo < 0 {
			return nil, bad(i + 1)
		}
		out = append(out, byte(hi<<4|lo))
		i += 2
	}
	return result(string(out)), nil
}

func hexDigit(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
