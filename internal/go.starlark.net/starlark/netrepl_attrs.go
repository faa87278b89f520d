// netrepl patch: attributes of builtins (Python's bytes.fromhex,
// int.from_bytes) and methods of int (n.to_bytes, n.bit_length).

package starlark

import "sort"

// builtinAttrs are the attributes that SetBuiltinAttr gave a builtin.
var builtinAttrs = map[*Builtin]StringDict{}

// SetBuiltinAttr gives the builtin b the attribute name (b.name, dir(b),
// hasattr), as Python's type objects have class methods: bytes.fromhex,
// int.from_bytes. b keeps its identity, so the value in the universe is
// the same with or without it. It must be called before any Starlark
// runs (from an init function): the table is read without a lock.
func SetBuiltinAttr(b *Builtin, name string, v Value) {
	attrs := builtinAttrs[b]
	if attrs == nil {
		attrs = StringDict{}
		builtinAttrs[b] = attrs
	}
	attrs[name] = v
}

// Attr is an attribute given by SetBuiltinAttr, or none.
func (b *Builtin) Attr(name string) (Value, error) {
	if b.recv != nil {
		return nil, nil
	}
	return builtinAttrs[b][name], nil
}

func (b *Builtin) AttrNames() []string {
	if b.recv != nil {
		return nil
	}
	names := builtinAttrs[b].Keys()
	sort.Strings(names)
	return names
}

// intMethods are the methods SetMethod added to int.
var intMethods = map[string]*Builtin{}

func (i Int) Attr(name string) (Value, error) { return builtinAttr(i, name, intMethods) }
func (i Int) AttrNames() []string             { return builtinAttrNames(intMethods) }
