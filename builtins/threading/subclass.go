package threading

import (
	"go.starlark.net/starlark"
)

// threading.Thread as a base class: class Worker(threading.Thread) with
// run overridden. Thread.__init__(self, target=None, ...) makes the
// thread for the instance, which its start, join, name, daemon... are;
// start runs the instance's run method (the class's own, if it has one).
func init() {
	cls := Module.Members["Thread"].(*starlark.Type)
	ctor := starlark.NewBuiltin("Thread", newThread)
	cls.SetClassAttr("__init__", starlark.NewBuiltin("__init__", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, starlark.UnpackPositionalArgs("__init__", args, nil, 1)
		}
		self := args[0]
		v, err := starlark.Call(thread, ctor, args[1:], kwargs)
		if err != nil {
			return nil, err
		}
		t := v.(*Thread)
		starlark.SetInstanceBase(self, t)
		if t.target == nil {
			if m, _ := self.(starlark.HasAttrs).Attr("run"); m != nil {
				if _, ok := m.(*starlark.BoundMethod); ok {
					t.target = m
				}
			}
		}
		return starlark.None, nil
	}))
}
