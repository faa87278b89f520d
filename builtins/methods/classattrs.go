package methods

import "go.starlark.net/starlark"

// The class attributes of bytes, bytearray and int, Python's class
// methods: bytes.fromhex, bytearray.fromhex, int.from_bytes. They are
// attributes of the very values the universe binds to bytes, bytearray
// and int (BytesBuiltin, BytearrayBuiltin, Starlark's int), so that
// whatever type(x) returns for those names stays one value.
func init() {
	starlark.SetBuiltinAttr(BytesBuiltin, "fromhex", BytesFromhex)
	starlark.SetBuiltinAttr(BytearrayBuiltin, "fromhex", BytearrayFromhex)
	starlark.SetBuiltinAttr(starlark.Universe["int"].(*starlark.Builtin), "from_bytes", FromBytes)
}
