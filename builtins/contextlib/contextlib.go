// Package contextlib is the part of Python's contextlib that socket code
// uses: closing(thing), for `with closing(sock):`, a context manager
// whose exit calls thing.close(), and nullcontext(x).
package contextlib

import (
	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

// Module is the `contextlib` module.
var Module = &starlarkstruct.Module{
	Name: "contextlib",
	Members: starlark.StringDict{
		"closing": doc.Func("closing", `closing(thing)
A context manager for "with closing(thing) as t:": t is thing, and
thing.close() is called when the block ends, however it ends.`, closing),
		"nullcontext": doc.Func("nullcontext", `nullcontext(enter_result=None)
A context manager that does nothing: "with nullcontext(x) as y:" binds x
to y.`, nullcontext),
	},
}

func init() {
	doc.Type("contextlib", "Python's closing(thing), for with statements.")
}

func closing(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var thing starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &thing); err != nil {
		return nil, err
	}
	return &Closing{thing: thing}, nil
}

func nullcontext(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var result starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "enter_result?", &result); err != nil {
		return nil, err
	}
	return &NullContext{result: result}, nil
}

// NullContext is what nullcontext(x) returns: Python's
// contextlib.nullcontext, entered as x, left doing nothing.
type NullContext struct{ result starlark.Value }

var _ starlark.ContextManager = (*NullContext)(nil)

func (c *NullContext) String() string        { return "<contextlib.nullcontext object>" }
func (c *NullContext) Type() string          { return "nullcontext" }
func (c *NullContext) Freeze()               {}
func (c *NullContext) Truth() starlark.Bool  { return starlark.True }
func (c *NullContext) Hash() (uint32, error) { return 0, nil }

// Enter returns enter_result.
func (c *NullContext) Enter(thread *starlark.Thread) (starlark.Value, error) { return c.result, nil }

// Exit does nothing.
func (c *NullContext) Exit(thread *starlark.Thread, exc error) error { return nil }

// Closing is what closing(thing) returns: Python's contextlib.closing.
type Closing struct{ thing starlark.Value }

var (
	_ starlark.ContextManager = (*Closing)(nil)
	_ starlark.HasAttrs       = (*Closing)(nil)
)

func (c *Closing) String() string        { return "<contextlib.closing object>" }
func (c *Closing) Type() string          { return "closing" }
func (c *Closing) Freeze()               {}
func (c *Closing) Truth() starlark.Bool  { return starlark.True }
func (c *Closing) Hash() (uint32, error) { return 0, nil }
func (c *Closing) AttrNames() []string   { return []string{"thing"} }

func (c *Closing) Attr(name string) (starlark.Value, error) {
	if name == "thing" {
		return c.thing, nil
	}
	return nil, nil
}

// Enter returns thing, as Python's closing.__enter__.
func (c *Closing) Enter(thread *starlark.Thread) (starlark.Value, error) { return c.thing, nil }

// Exit calls thing.close(), however the block ends.
func (c *Closing) Exit(thread *starlark.Thread, exc error) error {
	if h, ok := c.thing.(starlark.HasAttrs); ok {
		if m, _ := h.Attr("close"); m != nil {
			_, err := starlark.Call(thread, m, nil, nil)
			return err
		}
	}
	return pyerr.New("AttributeError", "'%s' object has no attribute 'close'", pyerr.TypeName(c.thing))
}
