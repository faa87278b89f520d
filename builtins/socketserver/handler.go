package socketserver

import (
	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// BaseRequestHandler is Python's socketserver.BaseRequestHandler, for
// user classes to derive from: the server calls the class with
// (request, client_address, server), and __init__ sets those
// attributes, then calls setup(), handle() and finish() (finish also when
// handle fails), as Python's does.
var BaseRequestHandler = starlark.NewType("BaseRequestHandler", "socketserver", nil)

func noop(name string) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		return starlark.None, nil
	})
}

func init() {
	BaseRequestHandler.SetClassAttr("__init__", starlark.NewBuiltin("__init__", handlerInit))
	for _, name := range []string{"setup", "handle", "finish"} {
		BaseRequestHandler.SetClassAttr(name, noop(name))
	}
	Module.Members["BaseRequestHandler"] = BaseRequestHandler
}

func handlerInit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var self, request, client, server starlark.Value
	if err := starlark.UnpackPositionalArgs("__init__", args, kwargs, 4, &self, &request, &client, &server); err != nil {
		return nil, err
	}
	obj, ok := self.(starlark.HasSetField)
	if !ok {
		return nil, pyerr.TypeErr("__init__", "BaseRequestHandler.__init__ needs an instance")
	}
	for _, f := range []struct {
		name string
		v    starlark.Value
	}{{"request", request}, {"client_address", client}, {"server", server}} {
		if err := obj.SetField(f.name, f.v); err != nil {
			return nil, err
		}
	}
	call := func(name string) error {
		m, err := obj.Attr(name)
		if err != nil {
			return err
		}
		_, err = starlark.Call(thread, m, nil, nil)
		return err
	}
	if err := call("setup"); err != nil {
		return nil, err
	}
	err := call("handle")
	if e := call("finish"); err == nil {
		err = e
	}
	if err != nil {
		return nil, err
	}
	return starlark.None, nil
}
