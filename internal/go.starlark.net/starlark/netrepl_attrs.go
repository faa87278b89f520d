// netrepl patch: methods of int (n.to_bytes, n.bit_length). Class
// attributes (int.from_bytes) are the type object's (netrepl_type.go).

package starlark

// intMethods are the methods SetMethod added to int.
var intMethods = map[string]*Builtin{}

func (i Int) Attr(name string) (Value, error) { return builtinAttr(i, name, intMethods) }
func (i Int) AttrNames() []string             { return builtinAttrNames(intMethods) }
