package threading

import (
	"go.starlark.net/starlark"

	"netrepl/builtins/rt"
)

var (
	_ starlark.ContextManager = (*Lock)(nil)
	_ starlark.ContextManager = (*RLock)(nil)
)

// Enter is Python's Lock.__enter__: acquire(), and its True.
func (l *Lock) Enter(thread *starlark.Thread) (starlark.Value, error) {
	return rt.CallMethod(thread, l, "acquire")
}

// Exit is Python's Lock.__exit__: release(), however the block ends.
func (l *Lock) Exit(thread *starlark.Thread, exc error) error {
	_, err := rt.CallMethod(thread, l, "release")
	return err
}

// Enter is Python's RLock.__enter__: acquire(), and its True.
func (r *RLock) Enter(thread *starlark.Thread) (starlark.Value, error) {
	return rt.CallMethod(thread, r, "acquire")
}

// Exit is Python's RLock.__exit__: release(), however the block ends.
func (r *RLock) Exit(thread *starlark.Thread, exc error) error {
	_, err := rt.CallMethod(thread, r, "release")
	return err
}
