//go:build !upstream

package main

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// setPython turns on netrepl's dialect: Python syntax and semantics.
func setPython(opts *syntax.FileOptions) bool {
	opts.Python = true
	starlark.PythonSemantics = true
	return true
}
