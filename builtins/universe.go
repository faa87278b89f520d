// Package builtins assembles the Starlark universe netrepl adds: its
// modules (one Go package each, exported the way go.starlark.net/lib/*
// does) and the top-level shortcuts for typing speed.
//
// A module is added by writing its package and adding one line to modules
// below: the module value and the shortcuts it puts at top level.
package builtins

import (
	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
	"os"
	"strings"

	"netrepl/builtins/binascii"
	"netrepl/builtins/contextlib"
	"netrepl/builtins/methods" // Python's bytes methods and str.encode, bytes()
	"netrepl/builtins/printf"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
	"netrepl/builtins/selectmod"
	"netrepl/builtins/socket"
	"netrepl/builtins/socketserver"
	"netrepl/builtins/structs"
	sysmod "netrepl/builtins/sys"
	"netrepl/builtins/threading"
	timemod "netrepl/builtins/time"
)

var modules = []struct {
	module    *starlarkstruct.Module
	shortcuts starlark.StringDict
}{
	{timemod.Module, nil},
	{structs.Module, structs.Shortcuts},
	{binascii.Module, binascii.Shortcuts},
	{socket.Module, socket.Shortcuts},
	{socketserver.Module, nil},
	{contextlib.Module, nil},
	{threading.Module, nil},
	{threading.QueueModule, nil},
	{selectmod.Module, nil},
	{selectmod.SelectorsModule, nil},
}

// netrepl runs its interpreter with Python's semantics (bytes index as
// ints, Python's repr, ...): see internal/go.starlark.net/NETREPL.md. Its
// % on str and bytes is Python's printf (builtins/printf). With
// $NETREPL_DEBUG an internal error (a Go panic caught at the call) shows
// the Go stack, for a bug report.
func init() {
	starlark.PythonSemantics = true
	starlark.PanicStacks = os.Getenv("NETREPL_DEBUG") != ""
	starlark.PercentHook = printf.Percent
	// try/except names an error as catch() does (pyerr.Classify)
	starlark.ClassifyError = func(err error) starlark.ExceptionError { return pyerr.Classify(err) }
	starlark.InterruptCaught = rt.InterruptCaught
	// the modules' exception classes
	for _, c := range []struct {
		m    *starlarkstruct.Module
		name string
	}{
		{socket.Module, "socket.timeout"}, {socket.Module, "socket.error"},
		{socket.Module, "socket.gaierror"}, {socket.Module, "socket.herror"},
		{structs.Module, "struct.error"}, {binascii.Module, "binascii.Error"},
		{binascii.Module, "binascii.Incomplete"},
		{threading.QueueModule, "queue.Empty"}, {threading.QueueModule, "queue.Full"},
	} {
		c.m.Members[c.name[strings.IndexByte(c.name, '.')+1:]] = starlark.ExceptionClass(c.name)
	}
}

// Universe returns the predeclared names of a session: Python's types
// and builtins (starlark.PythonUniverse), every module, the shortcuts,
// catch, help and exit. sys is per session (its argv).
func Universe(s *rt.Session) starlark.StringDict {
	u := starlark.PythonUniverse()
	for name, v := range (starlark.StringDict{
		"sys":       sysmod.New(s),
		"catch":     catch,
		"print":     print,
		"sum":       sum,
		"input":     input,
		"bytearray": methods.BytearrayType,
		"round":     roundFn,
		"hex":       hexFn,
		"oct":       octFn,
		"bin":       binFn,
		"pow":       powFn,
		"divmod":    divmodFn,
		"format":    formatFn,
		"min":       minFn,
		"max":       maxFn,
		"enumerate": enumerateFn,
		"exit":      quitter{"exit"},
		"quit":      quitter{"quit"},
		"Ellipsis":  starlark.Ellipsis, // the value of ...
	}) {
		u[name] = v
	}
	for _, m := range modules {
		u[m.module.Name] = m.module
		for name, v := range m.shortcuts {
			u[name] = v
		}
	}
	u["help"] = helpFn(u)
	u.Freeze()
	return u
}
