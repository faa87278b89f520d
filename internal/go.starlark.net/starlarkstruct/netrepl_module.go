// netrepl patch: a module's repr.

package starlarkstruct

import (
	"fmt"

	"go.starlark.net/starlark"
)

// moduleRepr is <module "name">, or with PythonSemantics Python's
// repr of a built-in module, <module 'name' (built-in)>.
func moduleRepr(m *Module) string {
	if starlark.PythonSemantics {
		return "<module " + starlark.PyQuote(m.Name) + " (built-in)>"
	}
	return fmt.Sprintf("<module %q>", m.Name)
}
