package socketserver

import (
	"go.starlark.net/starlark"
)

// ThreadingMixIn is Python's socketserver.ThreadingMixIn: a user class
// deriving from it and a server class (the socketserver documentation's
// `class ThreadedTCPServer(ThreadingMixIn, TCPServer): pass`) serves each
// request in a thread of its own.
var ThreadingMixIn = starlark.NewType("ThreadingMixIn", "socketserver", nil)

// serverClass is a server class: calling it makes a server; a user class
// deriving from it gets one made by __init__, which the instance's
// serve_forever, shutdown, server_address... are. The user class's
// allow_reuse_address, daemon_threads and request_queue_size class
// attributes are the server's, as in Python.
func serverClass(k kind) *starlark.Type {
	t := starlark.NewType(k.name, "socketserver", constructor(k))
	starlark.RegisterType(k.name, t)
	t.SetClassAttr("__init__", starlark.NewBuiltin("__init__", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, starlark.UnpackPositionalArgs("__init__", args, nil, 1)
		}
		self := args[0]
		k := k
		if starlark.TypeOf(self).IsSubtype(ThreadingMixIn) {
			k.threading = true
		}
		if h, ok := self.(starlark.HasAttrs); ok {
			for _, name := range []string{"allow_reuse_address", "daemon_threads", "request_queue_size"} {
				if v, _ := h.Attr(name); v != nil && !hasKwarg(kwargs, name) {
					kwargs = append(kwargs, starlark.Tuple{starlark.String(name), v})
				}
			}
		}
		v, err := newServer(thread, k, args[1:], kwargs)
		if err != nil {
			return nil, err
		}
		starlark.SetInstanceBase(self, v)
		return starlark.None, nil
	}))
	return t
}

func hasKwarg(kwargs []starlark.Tuple, name string) bool {
	for _, kv := range kwargs {
		if string(kv[0].(starlark.String)) == name {
			return true
		}
	}
	return false
}
