//go:build upstream

package main

import "go.starlark.net/syntax"

// setPython: upstream has no Python dialect.
func setPython(*syntax.FileOptions) bool { return false }
