package builtins

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/pyerr"
)

// Importer returns the starlark.Thread.Import of a session whose
// builtins are universe: Python's import statement finds netrepl's
// modules (socket, struct, ...) and nothing else, with CPython's errors.
func Importer(universe starlark.StringDict) func(thread *starlark.Thread, name string) (starlark.Value, error) {
	return func(thread *starlark.Thread, name string) (starlark.Value, error) {
		first, rest, dotted := strings.Cut(name, ".")
		m, ok := universe[first].(*starlarkstruct.Module)
		switch {
		case !ok:
			return nil, pyerr.New("ModuleNotFoundError", "No module named %s", pyerr.StrRepr(first))
		case dotted:
			return nil, pyerr.New("ModuleNotFoundError", "No module named %s; %s is not a package", pyerr.StrRepr(first+"."+rest), pyerr.StrRepr(first))
		}
		return m, nil
	}
}
