package methods

import (
	"strings"

	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

// Bytes is netrepl's bytes(): Starlark's (bytes(str) encodes UTF-8,
// bytes(b) is b, bytes([65, 66]) is b"AB"), plus Python's
// bytes(str, encoding, errors) and bytes(n), n zero bytes.
var BytesBuiltin = doc.Func("bytes", `bytes(source=b"", encoding=None, errors=None)
bytes(str) encodes the str as UTF-8 (as s.encode()); bytes(s, "latin-1")
with a codec, as str.encode; bytes(b) is b; bytes([65, 66]) is b"AB";
bytes(n) is n zero bytes. help(b"") lists the methods of bytes.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var source starlark.Value = starlark.Bytes("")
	var encoding, errors starlark.Value
	if err := starlark.UnpackArgs("bytes", args, kwargs, "source?", &source, "encoding?", &encoding, "errors?", &errors); err != nil {
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
		return starlark.Call(thread, starlark.NewBuiltin("bytes", encode).BindReceiver(s), encArgs, nil)
	}
	switch n := source.(type) {
	case starlark.Int:
		count, ok := n.Int64()
		switch {
		case !ok:
			return nil, pyerr.New("OverflowError", "cannot fit 'int' into an index-sized integer")
		case count < 0:
			return nil, pyerr.New("ValueError", "negative count")
		case count > 1<<30:
			return nil, pyerr.New("MemoryError", "")
		}
		return starlark.Bytes(strings.Repeat("\x00", int(count))), nil
	case starlark.Bool:
		if n {
			return starlark.Bytes("\x00"), nil
		}
		return starlark.Bytes(""), nil
	case starlark.String:
		return starlark.Bytes(n), nil
	case starlark.Bytes:
		return n, nil
	}
	iter := starlark.Iterate(source)
	if iter == nil {
		return nil, pyerr.New("TypeError", "cannot convert '%s' object to bytes", pyerr.TypeName(source))
	}
	defer iter.Done()
	var out []byte
	var x starlark.Value
	for iter.Next(&x) {
		n, err := pyerr.Index(x)
		if err != nil {
			return nil, err
		}
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
			return nil, pyerr.New("ValueError", "bytes must be in range(0, 256)")
		}
		out = append(out, byte(n.Int64()))
	}
	return starlark.Bytes(out), nil
})
