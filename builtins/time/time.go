// Package time is netrepl's `time` module, the part of Python's that
// network scripts use:
//
//	sleep(secs)     suspend the calling thread; Ctrl-C interrupts it
//	time()          seconds since the epoch, as a float
//	monotonic()     a clock that never goes back, for measuring intervals
//	perf_counter()  the same clock, as Python names it for benchmarks
package time

import (
	"math"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// Module is the `time` module.
var Module = &starlarkstruct.Module{
	Name: "time",
	Members: starlark.StringDict{
		"sleep": doc.Func("sleep", `sleep(secs)
Suspend the calling thread for secs seconds (an int or a float).
Ctrl-C interrupts it with KeyboardInterrupt.`, sleep),
		"time": doc.Func("time", `time()
Return the current time in seconds since the Epoch, as a float.`, now),
		"monotonic": doc.Func("monotonic", `monotonic()
Return the value (in fractional seconds) of a clock that cannot go
backwards; only the difference between two calls is meaningful.`, monotonic),
		"perf_counter": doc.Func("perf_counter", `perf_counter()
Return the value (in fractional seconds) of a high-resolution clock for
measuring short durations; only differences are meaningful.`, monotonic),
	},
}

func init() {
	doc.Type("time", "Time access: sleep, time, monotonic, perf_counter.")
}

var start = time.Now()

func sleep(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var secs starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &secs); err != nil {
		return nil, err
	}
	f, ok := starlark.AsFloat(secs)
	if !ok {
		return nil, pyerr.TypeErr("sleep", "'%s' object cannot be interpreted as an integer or float", secs.Type())
	}
	if math.IsNaN(f) {
		return nil, pyerr.ValueErr("sleep", "Invalid value NaN (not a number)")
	}
	if f < 0 {
		return nil, pyerr.ValueErr("sleep", "sleep length must be non-negative")
	}
	d := time.Duration(math.MaxInt64)
	if f < float64(math.MaxInt64)/1e9 {
		d = time.Duration(f * 1e9)
	}
	t := time.NewTimer(d)
	defer t.Stop()
	defer rt.Blocking(thread)()
	select {
	case <-t.C:
		return starlark.None, nil
	case <-rt.Context(thread).Done():
		return nil, pyerr.KeyboardInterrupt()
	}
}

func now(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Float(float64(time.Now().UnixNano()) / 1e9), nil
}

func monotonic(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Float(time.Since(start).Seconds()), nil
}
