package structs

import (
	"math"
	"math/big"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// The float codes 'e', 'f' and 'd', as CPython 3.11's PyFloat_Pack2/4/8
// and PyFloat_Unpack2/4/8 do them on an IEEE 754 machine.

// asDouble is PyFloat_AsDouble as the float codes use it: a float, an int
// (correctly rounded; too large is an error) or a bool. Every failure is
// the same struct.error.
func asDouble(v starlark.Value) (float64, error) {
	switch v := v.(type) {
	case starlark.Float:
		return float64(v), nil
	case starlark.Int:
		if x, ok := v.Int64(); ok {
			return float64(x), nil // the conversion rounds half to even
		}
		// big.Float with the int's own precision holds it exactly;
		// Float64 then rounds half to even, as CPython's int -> float.
		f, _ := new(big.Float).SetInt(v.BigInt()).Float64()
		if math.IsInf(f, 0) {
			break
		}
		return f, nil
	case starlark.Bool:
		return float64(boolInt(v)), nil
	}
	return 0, structErr("required argument is not a float")
}

// overflow is the error of a float code whose value does not fit: an
// OverflowError, except that s_pack_internal rewords an OverflowError
// raised for an int argument as "int too large to convert".
func overflow(v starlark.Value, code string) error {
	if _, ok := v.(starlark.Int); ok {
		return errIntTooLarge()
	}
	return &pyerr.Error{Type: "OverflowError", Message: "float too large to pack with " + code + " format"}
}

// packDouble is np_double/bp_double/lp_double: the bits as they are.
func packDouble(p []byte, v starlark.Value, e *formatDef) error {
	x, err := asDouble(v)
	if err != nil {
		return err
	}
	bits := math.Float64bits(x)
	// Starlark's float("nan") is Go's math.NaN(), whose payload is 1;
	// Python's float('nan') has payload 0. Pack the Python bits so that
	// pack('d', float('nan')) gives the same bytes in both.
	if bits&^(1<<63) == goNaNBits {
		bits &^= 1
	}
	putUint(p, bits, 8, e.little)
	return nil
}

var goNaNBits = math.Float64bits(math.NaN())

// packNativeFloat is np_float: a plain C cast, so too large a value
// becomes an infinity instead of an error.
func packNativeFloat(p []byte, v starlark.Value, e *formatDef) error {
	x, err := asDouble(v)
	if err != nil {
		return err
	}
	putUint(p, uint64(math.Float32bits(float32(x))), 4, e.little)
	return nil
}

// packStdFloat is lp_float/bp_float (PyFloat_Pack4): the cast rounds to
// nearest even; a finite value that rounds to infinity is an overflow.
func packStdFloat(p []byte, v starlark.Value, e *formatDef) error {
	x, err := asDouble(v)
	if err != nil {
		return err
	}
	y := float32(x)
	if math.IsInf(float64(y), 0) && !math.IsInf(x, 0) {
		return overflow(v, "f")
	}
	putUint(p, uint64(math.Float32bits(y)), 4, e.little)
	return nil
}

// packHalf is PyFloat_Pack2, for every table.
func packHalf(p []byte, v starlark.Value, e *formatDef) error {
	x, err := asDouble(v)
	if err != nil {
		return err
	}
	bits, ok := halfBits(x)
	if !ok {
		return overflow(v, "e")
	}
	putUint(p, uint64(bits), 2, e.little)
	return nil
}

// halfBits is PyFloat_Pack2's conversion, step for step: it rounds the
// double once, half to even (converting through float32 would round
// twice). ok is false when x is finite but too large.
func halfBits(x float64) (bits uint16, ok bool) {
	var sign uint16
	var exp int
	switch {
	case x == 0:
		if math.Signbit(x) {
			sign = 1
		}
	case math.IsInf(x, 0):
		if x < 0 {
			sign = 1
		}
		exp = 0x1f
	case math.IsNaN(x):
		// 3.11 keeps only the sign: the quiet NaN 0x7e00 or 0xfe00.
		if math.Signbit(x) {
			sign = 1
		}
		exp, bits = 0x1f, 512
	default:
		if x < 0 {
			sign, x = 1, -x
		}
		f, e := math.Frexp(x) // f in [0.5, 1)
		f *= 2                // normalize to [1, 2)
		e--
		switch {
		case e >= 16:
			return 0, false
		case e < -25: // |x| < 2**-25: underflow to zero
			f, e = 0, 0
		case e < -14: // gradual underflow
			f, e = math.Ldexp(f, 14+e), 0
		default:
			e += 15
			f -= 1 // the implicit leading 1
		}
		f *= 1024
		bits = uint16(f) // truncates
		if rest := f - float64(bits); rest > 0.5 || (rest == 0.5 && bits%2 == 1) {
			bits++
			if bits == 1024 { // the carry ran out of the fraction
				bits = 0
				e++
				if e == 31 {
					return 0, false
				}
			}
		}
		exp = e
	}
	return bits | uint16(exp)<<10 | sign<<15, true
}

func unpackDouble(s string, e *formatDef) starlark.Value {
	return starlark.Float(math.Float64frombits(getUint(s, 8, e.little)))
}

// unpackFloat widens the float32 as C does (a signalling NaN comes back
// quiet, as on the x86 and ARM conversions CPython relies on).
func unpackFloat(s string, e *formatDef) starlark.Value {
	return starlark.Float(float64(math.Float32frombits(uint32(getUint(s, 4, e.little)))))
}

// unpackHalf is PyFloat_Unpack2: NaNs come back as the standard quiet NaN
// with the sign of the half, whatever their payload.
func unpackHalf(s string, e *formatDef) starlark.Value {
	h := uint16(getUint(s, 2, e.little))
	sign := h >> 15
	exp := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	if exp == 0x1f {
		if frac == 0 {
			if sign == 1 {
				return starlark.Float(math.Inf(-1))
			}
			return starlark.Float(math.Inf(1))
		}
		return starlark.Float(math.Float64frombits(uint64(sign)<<63 | 0x7ff8000000000000))
	}
	x := frac / 1024
	if exp == 0 {
		exp = -14
	} else {
		x++
		exp -= 15
	}
	x = math.Ldexp(x, exp)
	if sign == 1 {
		x = -x
	}
	return starlark.Float(x)
}
