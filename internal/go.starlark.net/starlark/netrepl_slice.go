// netrepl patch: Python's slice assignment, x[lo:hi:step] = v, for
// bytearray and list (the SETSLICE instruction).

package starlark

import "fmt"

// A HasSetSlice is a sequence whose slices can be assigned.
type HasSetSlice interface {
	Sliceable
	// SetSlice replaces x[start:end:step], the indices as Slice takes
	// them, with the elements of v.
	SetSlice(start, end, step int, v Value) error
}

var (
	_ HasSetSlice = (*List)(nil)
	_ HasSetSlice = (*Bytearray)(nil)
)

// setSlice is x[lo:hi:step] = v; lo, hi and step are None where absent.
func setSlice(x, lo, hi, step_, v Value) error {
	s, ok := x.(HasSetSlice)
	if !ok {
		return &PyError{"TypeError", fmt.Sprintf("'%s' object does not support item assignment", pyTypeName(x))}
	}
	start, end, step, err := sliceIndices(s.Len(), lo, hi, step_)
	if err != nil {
		return err
	}
	return s.SetSlice(start, end, step, v)
}

// sliceIndices are the start, end and step of x[lo:hi:step] for a
// sequence of n elements, as slice computes them for Sliceable.Slice.
func sliceIndices(n int, lo, hi, step_ Value) (start, end, step int, err error) {
	step = 1
	if step_ != None {
		if step, err = AsInt32(step_); err != nil {
			return 0, 0, 0, fmt.Errorf("invalid slice step: %s", err)
		}
		if step == 0 {
			return 0, 0, 0, &PyError{"ValueError", "slice step cannot be zero"}
		}
	}
	if step > 0 {
		if start, end, err = indices(lo, hi, n); err != nil {
			return 0, 0, 0, err
		}
		if end < start {
			end = start
		}
		return start, end, step, nil
	}
	start = n - 1
	if err := asIndex(lo, n, &start); err != nil {
		return 0, 0, 0, fmt.Errorf("invalid start index: %s", err)
	}
	if start >= n {
		start = n - 1
	}
	end = -1
	if err := asIndex(hi, n, &end); err != nil {
		return 0, 0, 0, fmt.Errorf("invalid end index: %s", err)
	}
	if end < -1 {
		end = -1
	}
	if start < end {
		start = end
	}
	return start, end, step, nil
}

// SetSlice is l[start:end:step] = v, v any iterable; an extended slice
// takes as many elements as it has.
func (l *List) SetSlice(start, end, step int, v Value) error {
	if err := l.checkMutable("assign to slice of"); err != nil {
		return err
	}
	it, ok := pyIterable(v)
	if !ok {
		if step == 1 {
			return &PyError{"TypeError", "can only assign an iterable"}
		}
		return &PyError{"TypeError", "must assign iterable to extended slice"}
	}
	if step == 1 {
		var vals []Value
		if it == Iterable(l) {
			vals = append(vals, l.elems...)
		} else {
			for x := range Elements(it) {
				vals = append(vals, x)
			}
		}
		out := make([]Value, 0, len(l.elems)-(end-start)+len(vals))
		out = append(out, l.elems[:start]...)
		out = append(out, vals...)
		out = append(out, l.elems[end:]...)
		l.elems = out
		return nil
	}
	var vals []Value
	for x := range Elements(it) {
		vals = append(vals, x)
	}
	var idx []int
	sign := signum(step)
	for i := start; signum(end-i) == sign; i += step {
		idx = append(idx, i)
	}
	if len(idx) != len(vals) {
		return &PyError{"ValueError", fmt.Sprintf("attempt to assign sequence of size %d to extended slice of size %d", len(vals), len(idx))}
	}
	for k, i := range idx {
		l.elems[i] = vals[k]
	}
	return nil
}
