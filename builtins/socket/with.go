package socket

import (
	"go.starlark.net/starlark"

	"netrepl/builtins/rt"
)

var _ starlark.ContextManager = (*Socket)(nil)

// Enter is Python's socket.__enter__: the socket itself.
func (s *Socket) Enter(thread *starlark.Thread) (starlark.Value, error) { return s, nil }

// Exit is Python's socket.__exit__: close(), however the block ends.
func (s *Socket) Exit(thread *starlark.Thread, exc error) error {
	_, err := rt.CallMethod(thread, s, "close")
	return err
}
