// netrepl patch: an exported way to add methods to the built-in types.

package starlark

import "fmt"

// SetMethod adds (or replaces) the method name of the built-in type typ
// ("bytes", "string", "int", "list" or "dict"), so that every value of that type in the process
// has it: x.name, dir(x), hasattr. It must be called before any Starlark
// runs (from an init function): the method tables are read without a
// lock.
func SetMethod(typ, name string, fn *Builtin) {
	switch typ {
	case "bytes":
		bytesMethods[name] = fn
	case "string":
		stringMethods[name] = fn
	case "int":
		intMethods[name] = fn
	case "list":
		listMethods[name] = fn
	case "dict":
		dictMethods[name] = fn
	default:
		panic(fmt.Sprintf("starlark.SetMethod: no method table for type %q", typ))
	}
}
