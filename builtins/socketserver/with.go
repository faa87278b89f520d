package socketserver

import (
	"go.starlark.net/starlark"

	"netrepl/builtins/rt"
)

var _ starlark.ContextManager = (*Server)(nil)

// Enter is Python's BaseServer.__enter__: the server itself.
func (s *Server) Enter(thread *starlark.Thread) (starlark.Value, error) { return s, nil }

// Exit is Python's BaseServer.__exit__: server_close(), however the
// block ends.
func (s *Server) Exit(thread *starlark.Thread, exc error) error {
	_, err := rt.CallMethod(thread, s, "server_close")
	return err
}
