package builtins

import (
	"context"
	"errors"
	"io"

	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

var input = doc.Func("input", `input(prompt="")
Write prompt, read a line from the user (or from piped input) and return
it without its line end. EOFError at the end of the input; Ctrl-C
interrupts it.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var prompt starlark.Value = starlark.String("")
	if err := starlark.UnpackPositionalArgs("input", args, kwargs, 0, &prompt); err != nil {
		return nil, err
	}
	text, ok := prompt.(starlark.String)
	if !ok {
		text = starlark.String(prompt.String())
	}
	line, err := rt.ReadInput(thread, string(text))
	switch {
	case err == io.EOF:
		return nil, pyerr.New("EOFError", "EOF when reading a line")
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		return nil, pyerr.KeyboardInterrupt()
	case err != nil:
		return nil, err
	}
	return starlark.String(line), nil
})
