// netrepl patch: call arguments in Python's orders, for
// FileOptions.Python.

package resolve

import "go.starlark.net/syntax"

// pythonCallArgs resolves a call's arguments, which Python allows in any
// order the parser accepted (syntax.checkArgsPython reports the others):
// f(a, *b, c, k=1, *d, **e, j=2, **g).
func (r *resolver) pythonCallArgs(e *syntax.CallExpr) {
	for _, arg := range e.Args {
		r.expr(unstar(arg))
	}
}

// unstar is the operand of *x or **x, the value of k=v, else x: what a
// call argument, a display item or a dict entry refers to (a starred
// expression stands only there).
func unstar(x syntax.Expr) syntax.Expr {
	switch u := x.(type) {
	case *syntax.UnaryExpr:
		if u.Op == syntax.STAR || u.Op == syntax.STARSTAR {
			return u.X
		}
	case *syntax.BinaryExpr:
		if u.Op == syntax.EQ {
			return u.Y // k=v: k is not a reference
		}
	}
	return x
}
