// netrepl patch: the runtime of Python 3.11's expressions (code compiled
// with FileOptions.Python): x ** y, x is y, set displays, and calls with
// arguments in any order Python allows (internal/compile/netrepl_compile.go).

package starlark

import (
	"fmt"
	"math"
	"math/big"
	"reflect"

	"go.starlark.net/internal/compile"
)

// pythonOp executes one of the opcodes only Python code uses, on the
// operand stack of the interpreter loop, and returns the new stack
// pointer.
func pythonOp(op compile.Opcode, arg uint32, stack []Value, sp int) (int, error) {
	switch op {
	case compile.POW:
		z, err := Pow(stack[sp-2], stack[sp-1])
		if err != nil {
			return sp, err
		}
		stack[sp-2] = z
		return sp - 1, nil

	case compile.IS:
		stack[sp-2] = Bool(Is(stack[sp-2], stack[sp-1]))
		return sp - 1, nil

	case compile.ROT3:
		stack[sp-3], stack[sp-2], stack[sp-1] = stack[sp-1], stack[sp-3], stack[sp-2]
		return sp, nil

	case compile.MAKESET:
		n := int(arg)
		set := new(Set)
		for _, x := range stack[sp-n : sp] {
			if err := set.Insert(x); err != nil {
				return sp, err
			}
		}
		sp -= n
		stack[sp] = set
		return sp + 1, nil

	case compile.SETADD:
		if err := stack[sp-2].(*Set).Insert(stack[sp-1]); err != nil {
			return sp, err
		}
		return sp - 2, nil

	case compile.ARGS_EXTEND:
		fn, list, x := stack[sp-3], stack[sp-2].(*List), stack[sp-1]
		iter := pyIterate(x)
		if iter == nil {
			return sp, &PyError{"TypeError", fmt.Sprintf("%s argument after * must be an iterable, not %s", calleeName(fn), pyTypeName(x))}
		}
		defer iter.Done()
		var elem Value
		for iter.Next(&elem) {
			list.elems = append(list.elems, elem)
		}
		return sp - 1, nil

	case compile.DICT_UPDATE:
		dict, m := stack[sp-2].(*Dict), stack[sp-1]
		mapping, ok := m.(IterableMapping)
		if !ok {
			return sp, &PyError{"TypeError", fmt.Sprintf("'%s' object is not a mapping", pyTypeName(m))}
		}
		for _, item := range mapping.Items() {
			if err := dict.SetKey(item[0], item[1]); err != nil {
				return sp, err
			}
		}
		return sp - 2, nil

	case compile.KWARG_SET:
		fn, dict, k, v := stack[sp-5], stack[sp-3].(*Dict), stack[sp-2], stack[sp-1]
		if err := setKeyword(fn, dict, k, v); err != nil {
			return sp, err
		}
		return sp - 2, nil

	case compile.KWARGS_MERGE:
		fn, dict, m := stack[sp-4], stack[sp-2].(*Dict), stack[sp-1]
		mapping, ok := m.(IterableMapping)
		if !ok {
			return sp, &PyError{"TypeError", fmt.Sprintf("%s argument after ** must be a mapping, not %s", calleeName(fn), pyTypeName(m))}
		}
		for _, item := range mapping.Items() {
			if _, ok := item[0].(String); !ok {
				return sp, &PyError{"TypeError", "keywords must be strings"}
			}
			if err := setKeyword(fn, dict, item[0], item[1]); err != nil {
				return sp, err
			}
		}
		return sp - 1, nil
	}
	return sp, fmt.Errorf("unimplemented: %s", op)
}

// setExtend adds the elements of y to set: *y in a set display.
func setExtend(set *Set, y Value) error {
	iter := pyIterate(y)
	if iter == nil {
		return &PyError{"TypeError", fmt.Sprintf("'%s' object is not iterable", pyTypeName(y))}
	}
	defer iter.Done()
	var elem Value
	for iter.Next(&elem) {
		if err := set.Insert(elem); err != nil {
			return err
		}
	}
	return nil
}

func setKeyword(fn Value, dict *Dict, k, v Value) error {
	if _, found, _ := dict.Get(k); found {
		return &PyError{"TypeError", fmt.Sprintf("%s got multiple values for keyword argument '%s'", calleeName(fn), string(k.(String)))}
	}
	return dict.SetKey(k, v)
}

// calleeName is how CPython names a callee in argument errors: "f()".
func calleeName(fn Value) string {
	if c, ok := fn.(Callable); ok {
		return c.Name() + "()"
	}
	return fmt.Sprintf("%s object", fn.Type())
}

// Is reports whether x and y are the same object, as Python's x is y:
// the same list, dict, set, function or builtin, the same tuple; None
// is None and True is True. Values Starlark does not box (ints, floats,
// strings, bytes) are the same object when they are equal, which is
// what CPython gives for the small ints and short strings programs
// compare with is.
func Is(x, y Value) bool {
	switch x := x.(type) {
	case NoneType, Bool, String, Bytes:
		return x == y
	case Int:
		y, ok := y.(Int)
		if !ok {
			return false
		}
		c, _ := x.Cmp(y, 0)
		return c == 0
	case Float:
		y, ok := y.(Float)
		return ok && math.Float64bits(float64(x)) == math.Float64bits(float64(y))
	case Tuple:
		y, ok := y.(Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	}
	vx, vy := reflect.ValueOf(x), reflect.ValueOf(y)
	if vx.Type() != vy.Type() {
		return false
	}
	switch vx.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return vx.Pointer() == vy.Pointer()
	case reflect.Slice:
		return vx.Len() == vy.Len() && vx.Pointer() == vy.Pointer()
	}
	if vx.Comparable() {
		return x == y
	}
	return false
}

// pyInt is x as an integer when it is an int or a bool.
func pyInt(x Value) (*big.Int, bool) {
	switch x := x.(type) {
	case Int:
		return x.BigInt(), true
	case Bool:
		if x {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

// pyFloat is x as a float when it is a float, an int or a bool.
func pyFloat(x Value) (float64, error, bool) {
	switch x := x.(type) {
	case Float:
		return float64(x), nil, true
	case Int:
		f, err := x.finiteFloat()
		if err != nil {
			return 0, &PyError{"OverflowError", "int too large to convert to float"}, true
		}
		return float64(f), nil, true
	case Bool:
		if x {
			return 1, nil, true
		}
		return 0, nil, true
	}
	return 0, nil, false
}

// Pow is Python's x ** y (and two-argument pow): an int for ints and a
// non-negative exponent, else a float; CPython's errors.
func Pow(x, y Value) (Value, error) {
	xi, xok := pyInt(x)
	yi, yok := pyInt(y)
	if xok && yok && yi.Sign() >= 0 {
		if xi.CmpAbs(big.NewInt(1)) > 0 && (yi.BitLen() > 32 || uint64(xi.BitLen()-1)*yi.Uint64() > 1<<32) {
			return nil, &PyError{"MemoryError", ""}
		}
		return MakeBigInt(new(big.Int).Exp(xi, yi, nil)), nil
	}
	xf, err, ok1 := pyFloat(x)
	if err != nil {
		return nil, err
	}
	yf, err, ok2 := pyFloat(y)
	if err != nil {
		return nil, err
	}
	if !ok1 || !ok2 {
		return nil, &PyError{"TypeError", fmt.Sprintf("unsupported operand type(s) for ** or pow(): '%s' and '%s'", pyTypeName(x), pyTypeName(y))}
	}
	switch {
	case xf == 0 && yf < 0:
		return nil, &PyError{"ZeroDivisionError", "0.0 cannot be raised to a negative power"}
	case xf < 0 && yf != math.Trunc(yf) && !math.IsInf(yf, 0):
		return nil, &PyError{"ValueError", "a negative number to a fractional power is a complex number, which netrepl does not have"}
	}
	r := floatPow(xf, yf)
	if math.IsInf(r, 0) && !math.IsInf(xf, 0) && !math.IsInf(yf, 0) {
		return nil, &PyError{"OverflowError", "(34, 'Numerical result out of range')"}
	}
	return Float(r), nil
}

// Ellipsis is Python's Ellipsis, the value of ...: the parser reads ...
// as the name Ellipsis, which an embedder of the Python dialect
// predeclares as this value.
var Ellipsis Value = ellipsis{}

type ellipsis struct{}

func (ellipsis) String() string        { return "Ellipsis" }
func (ellipsis) Type() string          { return "ellipsis" }
func (ellipsis) Freeze()               {}
func (ellipsis) Truth() Bool           { return True }
func (ellipsis) Hash() (uint32, error) { return 0x2e2e2e, nil }

// floatPow is x ** y for floats, correctly rounded (as C's pow, which
// CPython calls) where the exponent is an integer or an integer over a
// small power of two (x ** 0.5, x ** -1.5): computed with 256-bit
// mantissas and rounded once. Other exponents take math.Pow, which may
// differ from C's in the last place.
func floatPow(x, y float64) float64 {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) || math.IsInf(y, 0) || math.IsNaN(y) || x == 1 || y == 0 {
		return math.Pow(x, y)
	}
	// y = m / 2**k
	k := 0
	m := y
	for m != math.Trunc(m) && k < 4 {
		m *= 2
		k++
	}
	if m != math.Trunc(m) || math.Abs(m) > 1<<16 || k > 0 && x < 0 {
		return math.Pow(x, y)
	}
	const prec = 256
	n := uint64(math.Abs(m))
	base := new(big.Float).SetPrec(prec).SetFloat64(x)
	r := new(big.Float).SetPrec(prec).SetInt64(1)
	for ; n > 0; n >>= 1 {
		if n&1 != 0 {
			r.Mul(r, base)
		}
		base.Mul(base, base)
	}
	for range k {
		r.Sqrt(r)
	}
	if m < 0 {
		r.Quo(new(big.Float).SetPrec(prec).SetInt64(1), r)
	}
	f, _ := r.Float64()
	return f
}
