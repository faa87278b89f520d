package structs

import (
	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

var packIntoFn = doc.Func("pack_into", `pack_into(format, buffer, offset, v1, v2, ...)
Pack the values as pack(format, ...) does, into the bytearray buffer
from offset on (negative counts from the end): for building a packet in
place, buf = bytearray(12); pack_into("!HH", buf, 0, qid, flags).`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f, rest, err := formatAndArgs(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return f.packInto(rest)
})

func structPackInto(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noKwargs(b, kwargs); err != nil {
		return nil, err
	}
	return receiver(b).packInto(args)
}

func init() {
	doc.Method("Struct", "pack_into", "pack_into(buffer, offset, v1, v2, ...)\nPack the values into the bytearray buffer from offset on; see struct.pack_into.")
}

// packInto is CPython's s_pack_into: args are (buffer, offset, v1, ...),
// checked in its order, with its messages.
func (f *Format) packInto(args starlark.Tuple) (starlark.Value, error) {
	switch {
	case len(args) == 0:
		return nil, structErr("pack_into expected buffer argument")
	case len(args) == 1:
		return nil, structErr("pack_into expected offset argument")
	case len(args)-2 != f.items:
		return nil, structErrf("pack_into expected %d items for packing (got %d)", f.items, len(args)-2)
	}
	ba, ok := args[0].(*starlark.Bytearray)
	if !ok {
		return nil, pyerr.New("TypeError", "argument must be read-write bytes-like object, not %s", pyerr.TypeName(args[0]))
	}
	off, err := ssizeArg("pack_into", args[1])
	if err != nil {
		return nil, err
	}
	n := ba.Len()
	if off < 0 {
		if off+f.size > 0 {
			return nil, structErrf("no space to pack %d bytes at offset %d", f.size, off)
		}
		if off+n < 0 {
			return nil, structErrf("offset %d out of range for %d-byte buffer", off, n)
		}
		off += n
	}
	if n-off < f.size {
		return nil, structErrf("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", f.size+off, f.size, off, n)
	}
	packed, err := f.Pack(args[2:])
	if err != nil {
		return nil, err
	}
	if err := ba.SetSlice(off, off+len(packed), 1, packed); err != nil {
		return nil, err
	}
	return starlark.None, nil
}
