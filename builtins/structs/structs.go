// Package structs is netrepl's `struct` module (Go cannot name a package
// struct), byte for byte as CPython 3.11's on linux/amd64:
//
//	pack(format, v1, v2, ...)             values -> bytes
//	pack_into(format, buf, offset, v...)  values -> into a bytearray
//	unpack(format, buffer)                bytes -> tuple
//	calcsize(format)                      the size of the bytes a format describes
//	iter_unpack(format, buffer)           unpack each format-sized chunk in turn
//	unpack_from(format, buffer, offset=0) unpack at an offset, ignoring the rest
//	Struct(format)                        a compiled format with .format, .size,
//	                                      .pack, .pack_into, .unpack, .unpack_from, .iter_unpack
//
// pack, unpack and calcsize are also at top level. Buffers are bytes or
// bytearray (pyerr.Buffer); pack_into writes into a bytearray.
//
// A format is compiled once (format.go) into a list of codes and cached;
// one table per byte order describes each format character (table.go);
// every function walks the codes (codec.go). Errors are CPython's:
// struct.error with its messages, TypeError where it raises TypeError.
package structs

import (
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

var (
	packFn = doc.Func("pack", `pack(format, v1, v2, ...)
Return a bytes containing the values v1, v2, ... packed according to the
format string: pack('!HHI', 1, 2, 3) is b"\x00\x01\x00\x02\x00\x00\x00\x03".
The format starts with an optional byte order: @ native (the default:
native sizes and alignment), = native order, standard sizes, < little-
endian, > or ! big-endian (network). Then codes, each with an optional
repeat count: x pad byte, c bytes of length 1, b/B 1-byte int, ? bool,
h/H 2-byte, i/I and l/L 4-byte (8 for native l/L), q/Q 8-byte, n/N/P
native ssize_t/size_t/pointer (native mode only), e/f/d half/float/double,
s bytes (count = length), p Pascal string. Errors are struct.error.`, pack)

	unpackFn = doc.Func("unpack", `unpack(format, buffer)
Unpack the bytes buffer, whose length must be calcsize(format), into a
tuple: ints, floats, bools, and bytes for c, s and p.`, unpack)

	calcsizeFn = doc.Func("calcsize", `calcsize(format)
Return the size in bytes of what pack(format, ...) returns.`, calcsize)

	iterUnpackFn = doc.Func("iter_unpack", `iter_unpack(format, buffer)
Return an iterable that unpacks buffer chunk by chunk, each chunk
calcsize(format) bytes long; len(buffer) must be a multiple of that.
Unlike Python's one-shot iterator, it can be iterated more than once.`, iterUnpack)

	unpackFromFn = doc.Func("unpack_from", `unpack_from(format, buffer, offset=0)
Unpack calcsize(format) bytes of buffer starting at offset (negative
counts from the end) into a tuple; bytes after them are ignored.`, unpackFrom)

	structFn = doc.Func("Struct", `Struct(format)
Compile format once: a Struct has .format and .size and the methods
pack(v1, ...), unpack(buffer), unpack_from(buffer, offset=0) and
iter_unpack(buffer), which do what the module functions do.`, newStruct)
)

// Module is the `struct` module.
var Module = &starlarkstruct.Module{
	Name: "struct",
	Members: starlark.StringDict{
		"pack":        packFn,
		"pack_into":   packIntoFn,
		"unpack":      unpackFn,
		"calcsize":    calcsizeFn,
		"iter_unpack": iterUnpackFn,
		"unpack_from": unpackFromFn,
		"Struct":      StructType,
	},
}

// StructType is struct.Struct, the class: type(s) of a Struct is it.
var StructType = starlark.NewType("Struct", "_struct", structFn)

func init() { starlark.RegisterType("Struct", StructType) }

// Shortcuts are the names the module puts at top level.
var Shortcuts = starlark.StringDict{
	"pack":     packFn,
	"unpack":   unpackFn,
	"calcsize": calcsizeFn,
}

func init() {
	doc.Type("struct", `Pack and unpack binary data as CPython's struct module: pack, pack_into, unpack, calcsize, iter_unpack, unpack_from, Struct.`)
}

// noKwargs is the check of the builtins whose Python form takes no
// keyword arguments; the wording is Starlark's own.
func noKwargs(b *starlark.Builtin, kwargs []starlark.Tuple) error {
	if len(kwargs) > 0 {
		return fmt.Errorf("%s: unexpected keyword arguments", b.Name())
	}
	return nil
}

// arityError is the error of a call that does not have exactly n
// positional arguments, worded by starlark.UnpackPositionalArgs. The hot
// builtins check the count themselves and call this only on failure:
// variables whose address goes to UnpackPositionalArgs escape to the
// heap, two allocations per call.
func arityError(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple, n int) error {
	vars := make([]any, n)
	for i := range vars {
		vars[i] = new(starlark.Value)
	}
	return starlark.UnpackPositionalArgs(b.Name(), args, kwargs, n, vars...)
}

// pack parses its arguments by hand: it is the hot path (no UnpackArgs
// for *args anyway).
func pack(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f, rest, err := formatAndArgs(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return f.Pack(rest)
}

// formatAndArgs splits pack's and pack_into's arguments into the
// compiled format and what follows it.
func formatAndArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (*Format, starlark.Tuple, error) {
	if err := noKwargs(b, kwargs); err != nil {
		return nil, nil, err
	}
	if len(args) == 0 {
		return nil, nil, pyerr.TypeErr(b.Name(), "missing format argument")
	}
	f, err := formatArg(b.Name(), args[0], true)
	if err != nil {
		return nil, nil, err
	}
	return f, args[1:], nil
}

func unpack(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 || len(kwargs) > 0 {
		return nil, arityError(b, args, kwargs, 2)
	}
	f, err := formatArg(b.Name(), args[0], true)
	if err != nil {
		return nil, err
	}
	buf, err := bufferArg(b.Name(), args[1])
	if err != nil {
		return nil, err
	}
	return f.Unpack(buf)
}

func calcsize(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, arityError(b, args, kwargs, 1)
	}
	f, err := formatArg(b.Name(), args[0], true)
	if err != nil {
		return nil, err
	}
	return starlark.MakeInt(f.size), nil
}

func iterUnpack(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 || len(kwargs) > 0 {
		return nil, arityError(b, args, kwargs, 2)
	}
	f, err := formatArg(b.Name(), args[0], true)
	if err != nil {
		return nil, err
	}
	buf, err := f.iterCheck(b.Name(), args[1])
	if err != nil {
		return nil, err
	}
	return &unpackIterator{f: f, buf: buf}, nil
}

func unpackFrom(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var format, buffer starlark.Value
	var offset starlark.Value = starlark.MakeInt(0)
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "format", &format, "buffer", &buffer, "offset?", &offset); err != nil {
		return nil, err
	}
	f, err := formatArg(b.Name(), format, true)
	if err != nil {
		return nil, err
	}
	return f.unpackFromArgs(b.Name(), buffer, offset)
}

// unpackFromArgs converts unpack_from's buffer and offset, in CPython's
// order, and unpacks.
func (f *Format) unpackFromArgs(name string, buffer, offset starlark.Value) (starlark.Value, error) {
	buf, err := bufferArg(name, buffer)
	if err != nil {
		return nil, err
	}
	off, err := ssizeArg(name, offset)
	if err != nil {
		return nil, err
	}
	return f.UnpackFrom(buf, off)
}

func newStruct(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var format starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "format", &format); err != nil {
		return nil, err
	}
	f, err := formatArg(b.Name(), format, false)
	if err != nil {
		return nil, err
	}
	return &Struct{f: f}, nil
}
