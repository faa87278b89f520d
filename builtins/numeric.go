package builtins

import (
	"math"
	"math/big"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

// Python's numeric builtins that Starlark lacks: round, hex, oct, bin,
// pow (two arguments: starlark.Pow, which ** runs too) and divmod, with CPython 3.11's values
// and errors (testdata/numeric.json).

func radix(name, prefix string, base int) *starlark.Builtin {
	return doc.Func(name, name+`(x)
The int x in base `+map[int]string{16: "16", 8: "8", 2: "2"}[base]+`, as a str with the prefix `+prefix+`: `+name+`(255) is "`+map[int]string{16: "0xff", 8: "0o377", 2: "0b11111111"}[base]+`".`,
		func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var x starlark.Value
			if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &x); err != nil {
				return nil, err
			}
			n, err := pyerr.Index(x)
			if err != nil {
				return nil, err
			}
			sign := ""
			if n.Sign() < 0 {
				sign = "-"
			}
			return starlark.String(sign + prefix + new(big.Int).Abs(n).Text(base)), nil
		})
}

var (
	hexFn = radix("hex", "0x", 16)
	octFn = radix("oct", "0o", 8)
	binFn = radix("bin", "0b", 2)
)

var roundFn = doc.Func("round", `round(number, ndigits=None)
number rounded to ndigits decimal digits, ties to even (round(2.5) is 2):
an int without ndigits, else the type of number.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, nd starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs("round", args, kwargs, "number", &x, "ndigits?", &nd); err != nil {
		return nil, err
	}
	var digits *big.Int
	if nd != starlark.None {
		var err error
		if digits, err = pyerr.Index(nd); err != nil {
			return nil, err
		}
	}
	switch x := x.(type) {
	case starlark.Int, starlark.Bool:
		n, _ := pyerr.Index(x)
		if digits == nil || digits.Sign() >= 0 {
			return starlark.MakeBigInt(n), nil
		}
		// Round to a multiple of 10**-ndigits, ties to even.
		unit := new(big.Int).Exp(big.NewInt(10), new(big.Int).Neg(digits), nil)
		return starlark.MakeBigInt(new(big.Int).Mul(roundRat(new(big.Rat).SetFrac(n, unit)), unit)), nil
	case starlark.Float:
		f := float64(x)
		if digits == nil {
			switch {
			case math.IsInf(f, 0):
				return nil, pyerr.New("OverflowError", "cannot convert float infinity to integer")
			case math.IsNaN(f):
				return nil, pyerr.New("ValueError", "cannot convert float NaN to integer")
			}
			return starlark.MakeBigInt(roundRat(new(big.Rat).SetFloat64(f))), nil
		}
		// CPython's double_round: the exact decimal rounding of the
		// binary value (round(2.675, 2) is 2.67), within its limits.
		const ndigitsMax, ndigitsMin = 323, -308
		switch {
		case math.IsNaN(f):
			return starlark.Float(math.Float64frombits(0x7ff8000000000000)), nil // Python's NaN
		case math.IsInf(f, 0) || f == 0:
			return x, nil
		case digits.Cmp(big.NewInt(ndigitsMax)) > 0:
			return x, nil
		case digits.Cmp(big.NewInt(ndigitsMin)) < 0:
			return starlark.Float(0 * f), nil
		}
		nd := digits.Int64()
		scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(nd)), nil))
		r := new(big.Rat).SetFloat64(f)
		if nd >= 0 {
			r.Mul(r, scale)
		} else {
			r.Quo(r, scale)
		}
		r.SetInt(roundRat(r))
		if nd >= 0 {
			r.Quo(r, scale)
		} else {
			r.Mul(r, scale)
		}
		out, _ := r.Float64()
		if math.IsInf(out, 0) {
			return nil, pyerr.New("OverflowError", "rounded value too large to represent")
		}
		return starlark.Float(math.Copysign(out, f)), nil
	}
	return nil, pyerr.New("TypeError", "type %s doesn't define __round__ method", pyerr.TypeName(x))
})

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// roundRat rounds r to an integer, ties to even.
func roundRat(r *big.Rat) *big.Int {
	q, m := new(big.Int).DivMod(r.Num(), r.Denom(), new(big.Int)) // floor, 0 <= m < denom
	switch new(big.Int).Lsh(m, 1).Cmp(r.Denom()) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

var powFn = doc.Func("pow", `pow(base, exp, mod=None)
base to the power exp (base ** exp);
with mod, (base ** exp) % mod computed for ints at once.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var base, exp, mod starlark.Value = nil, nil, starlark.None
	if err := starlark.UnpackArgs("pow", args, kwargs, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return nil, err
	}
	bi, bok := asInt(base)
	ei, eok := asInt(exp)
	if mod != starlark.None {
		mi, mok := asInt(mod)
		if !bok || !eok || !mok {
			return nil, pyerr.New("TypeError", "pow() 3rd argument not allowed unless all arguments are integers")
		}
		if mi.Sign() == 0 {
			return nil, pyerr.New("ValueError", "pow() 3rd argument cannot be 0")
		}
		m := new(big.Int).Abs(mi)
		x := new(big.Int).Mod(bi, m)
		e := ei
		if e.Sign() < 0 {
			if x.ModInverse(x, m) == nil {
				return nil, pyerr.New("ValueError", "base is not invertible for the given modulus")
			}
			e = new(big.Int).Neg(e)
		}
		r := new(big.Int).Exp(x, e, m)
		if mi.Sign() < 0 && r.Sign() != 0 {
			r.Add(r, mi) // Python's result has the sign of mod
		}
		return starlark.MakeBigInt(r), nil
	}
	return starlark.Pow(base, exp) // base ** exp, the interpreter's
})

// asFloat is v as a float: a float, an int or a bool.
func asFloat(v starlark.Value) (float64, bool) {
	if b, ok := v.(starlark.Bool); ok {
		if b {
			return 1, true
		}
		return 0, true
	}
	return starlark.AsFloat(v)
}

func asInt(v starlark.Value) (*big.Int, bool) {
	n, err := pyerr.Index(v)
	return n, err == nil
}

var divmodFn = doc.Func("divmod", `divmod(a, b)
(a // b, a % b): the floor quotient and the remainder, with b's sign.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, y starlark.Value
	if err := starlark.UnpackPositionalArgs("divmod", args, kwargs, 2, &x, &y); err != nil {
		return nil, err
	}
	xf, ok1 := asFloat(x)
	yf, ok2 := asFloat(y)
	if !ok1 || !ok2 {
		return nil, pyerr.New("TypeError", "unsupported operand type(s) for divmod(): '%s' and '%s'", pyerr.TypeName(x), pyerr.TypeName(y))
	}
	_, xInt := asInt(x)
	_, yInt := asInt(y)
	if yf == 0 {
		if xInt && yInt {
			return nil, pyerr.New("ZeroDivisionError", "integer division or modulo by zero")
		}
		return nil, pyerr.New("ZeroDivisionError", "float divmod()")
	}
	if xInt && yInt {
		xi, _ := asInt(x)
		yi, _ := asInt(y)
		q, m := floorDivMod(xi, yi)
		return starlark.Tuple{starlark.MakeBigInt(q), starlark.MakeBigInt(m)}, nil
	}
	q, err := starlark.Binary(syntax.SLASHSLASH, starlark.Float(xf), starlark.Float(yf))
	if err != nil {
		return nil, err
	}
	m, err := starlark.Binary(syntax.PERCENT, starlark.Float(xf), starlark.Float(yf))
	if err != nil {
		return nil, err
	}
	return starlark.Tuple{q, m}, nil
})

// floorDivMod is Python's // and % of ints.
func floorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(x, y, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, y)
	}
	return q, m
}
