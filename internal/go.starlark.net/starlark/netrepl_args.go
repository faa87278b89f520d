// netrepl patch: a call's argument errors in Python mode as CPython 3.11
// words them (TypeError), from setArgs' own errors.

package starlark

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// lazyRegexp compiles expr when first used: these read error messages,
// which most runs never make.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

var (
	argsNone       = lazyRegexp(`^function \S+ accepts no arguments \(\d+ given\)$`)
	argsTooMany    = lazyRegexp(`^function \S+ accepts .* positional arguments? \(\d+ given\)$`)
	argsMultiple   = lazyRegexp(`^function \S+ got multiple values for parameter ["']?([^"'\s]+)["']?$`)
	argsUnexpected = lazyRegexp(`^function \S+ got an unexpected keyword argument ["']?([^"'\s]+)["']?$`)
	argsMissing    = lazyRegexp(`^function \S+ missing \d+ arguments? \((.*)\)$`)
)

// pyArgsError words err, setArgs' error for a call of fn, as CPython.
func pyArgsError(fn *Function, args Tuple, kwargs []Tuple, err error) error {
	name := fn.Name()
	if name == "lambda" {
		name = "<lambda>"
	}
	typeError := func(format string, a ...any) error {
		return &PyError{Type: "TypeError", Msg: name + "() " + fmt.Sprintf(format, a...)}
	}
	given := func(n int) string {
		if n == 1 {
			return "1 was given"
		}
		return fmt.Sprintf("%d were given", n)
	}
	plural := func(n int, s string) string {
		if n == 1 {
			return "1 " + s
		}
		return fmt.Sprintf("%d %ss", n, s)
	}
	msg := err.Error()
	switch {
	case argsNone().MatchString(msg):
		if len(args) == 0 && len(kwargs) > 0 {
			return typeError("got an unexpected keyword argument '%s'", string(kwargs[0][0].(String)))
		}
		return typeError("takes 0 positional arguments but %s", given(len(args)))
	case argsTooMany().MatchString(msg):
		nparams := fn.NumParams()
		if fn.HasKwargs() {
			nparams--
		}
		if fn.HasVarargs() {
			nparams--
		}
		positional := nparams - fn.NumKwonlyParams()
		required := min(positional, nparams-len(fn.defaults))
		if required < positional {
			return typeError("takes from %d to %d positional arguments but %s", required, positional, given(len(args)))
		}
		return typeError("takes %s but %s", plural(positional, "positional argument"), given(len(args)))
	case argsMultiple().MatchString(msg):
		return typeError("got multiple values for argument '%s'", argsMultiple().FindStringSubmatch(msg)[1])
	case argsUnexpected().MatchString(msg):
		return typeError("got an unexpected keyword argument '%s'", argsUnexpected().FindStringSubmatch(msg)[1])
	case argsMissing().MatchString(msg):
		names := strings.Split(argsMissing().FindStringSubmatch(msg)[1], ", ")
		positional := fn.NumParams() - fn.NumKwonlyParams()
		if fn.HasKwargs() {
			positional--
		}
		if fn.HasVarargs() {
			positional--
		}
		var pos, kwonly []string
		for _, n := range names {
			if i := findParam(fn.funcode.Locals[:max(positional, 0)], n); i >= 0 {
				pos = append(pos, n)
			} else {
				kwonly = append(kwonly, n)
			}
		}
		kind, list := "positional", pos
		if len(pos) == 0 {
			kind, list = "keyword-only", kwonly
		}
		return typeError("missing %s: %s", plural(len(list), "required "+kind+" argument"), pyNameList(list))
	}
	return err
}

// pyNameList is CPython's 'a', 'a' and 'b', 'a', 'b', and 'c'.
func pyNameList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}
