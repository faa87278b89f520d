package methods

import "go.starlark.net/starlark"

// BytearrayType is Python's bytearray: what type(ba) returns and what
// the universe binds to bytearray (calling it is bytearray()).
var BytearrayType = starlark.NewType("bytearray", "", BytearrayBuiltin)

// The class attributes of bytes, bytearray and int, Python's class
// methods: bytes.fromhex, bytearray.fromhex, int.from_bytes, on the type
// objects the universe binds to those names (starlark.PyType), so that
// type(x) and the name stay one value.
func init() {
	starlark.RegisterType("bytearray", BytearrayType)
	BytearrayType.SetClassAttr("fromhex", BytearrayFromhex)
	starlark.PyType("bytes").SetConstructor(BytesBuiltin)
	starlark.PyType("bytes").SetClassAttr("fromhex", BytesFromhex)
	starlark.PyType("int").SetClassAttr("from_bytes", FromBytes)
}
