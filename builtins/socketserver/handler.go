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
		BaseRequestHandler.SetClassAttr(name, starlark.MarkMethod(noop(name)))
	}
	Module.Members["BaseRequestHandler"] = BaseRequestHandler

	StreamRequestHandler.SetBase(BaseRequestHandler)
	StreamRequestHandler.SetClassAttr("setup", starlark.MarkMethod(starlark.NewBuiltin("setup", streamSetup)))
	StreamRequestHandler.SetClassAttr("finish", starlark.MarkMethod(starlark.NewBuiltin("finish", streamFinish)))
	Module.Members["StreamRequestHandler"] = StreamRequestHandler
}

// StreamRequestHandler is Python's socketserver.StreamRequestHandler:
// setup() sets self.connection (the request), self.rfile (its
// makefile('rb')) and self.wfile (its makefile('wb', 0): each write
// goes out at once); finish() flushes wfile and closes both.
var StreamRequestHandler = starlark.NewType("StreamRequestHandler", "socketserver", nil)

func attrOf(x starlark.Value, name string) (starlark.Value, error) {
	h, ok := x.(starlark.HasAttrs)
	if !ok {
		return nil, pyerr.TypeErr(name, "not an instance")
	}
	return h.Attr(name)
}

func callAttr(thread *starlark.Thread, x starlark.Value, name string, args ...starlark.Value) (starlark.Value, error) {
	m, err := attrOf(x, name)
	if err != nil {
		return nil, err
	}
	return starlark.Call(thread, m, args, nil)
}

func streamSetup(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, pyerr.TypeErr("setup", "setup() takes 1 argument (self)")
	}
	self := args[0].(starlark.HasSetField)
	req, err := self.Attr("request")
	if err != nil {
		return nil, err
	}
	rfile, err := callAttr(thread, req, "makefile", starlark.String("rb"))
	if err != nil {
		return nil, err
	}
	wfile, err := callAttr(thread, req, "makefile", starlark.String("wb"), starlark.MakeInt(0))
	if err != nil {
		return nil, err
	}
	for _, f := range []struct {
		n string
		v starlark.Value
	}{{"connection", req}, {"rfile", rfile}, {"wfile", wfile}} {
		if err := self.SetField(f.n, f.v); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

func streamFinish(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, pyerr.TypeErr("finish", "finish() takes 1 argument (self)")
	}
	self := args[0]
	wfile, err := attrOf(self, "wfile")
	if err != nil {
		return nil, err
	}
	rfile, err := attrOf(self, "rfile")
	if err != nil {
		return nil, err
	}
	_, ferr := callAttr(thread, wfile, "flush")
	if _, err := callAttr(thread, wfile, "close"); ferr == nil {
		ferr = err
	}
	if _, err := callAttr(thread, rfile, "close"); ferr == nil {
		ferr = err
	}
	if ferr != nil {
		return nil, ferr
	}
	return starlark.None, nil
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
