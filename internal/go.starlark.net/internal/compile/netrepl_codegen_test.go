// netrepl patch: the code of Python's expressions.

package compile

import (
	"testing"

	"go.starlark.net/resolve"
	"go.starlark.net/syntax"
)

func TestPythonCodegen(t *testing.T) {
	opts := &syntax.FileOptions{Python: true, Set: true}
	isPredeclared := func(name string) bool { return true }
	isUniversal := func(name string) bool { return false }
	for _, test := range []struct {
		src, want string
	}{
		{`x ** y`, `predeclared x; predeclared y; pow; return`},
		{`x is not None`, `predeclared x; predeclared None; is; not; return`},
		{`{x, y}`, `predeclared x; predeclared y; makeset<2>; return`},
		// a < b < c: b once, and a jump out at the first false link
		{`a < b < c`, `predeclared a; predeclared b; dup; rot3; lt; dup; cjmp<16>; nop; nop; nop; exch; pop; return; pop; predeclared c; lt; jmp<15>; nop; nop; nop`},
		// Starlark's call for positional then named arguments...
		{`f(x, k=y)`, `predeclared f; predeclared x; constant "k"; predeclared y; call<257>; return`},
		// ... and one list and one dict for * and ** ones
		{`f(*x, k=y)`, `predeclared f; makelist<0>; predeclared x; args_extend; makedict; constant "k"; predeclared y; kwarg_set; call_var_kw<0>; return`},
		{`f(x, *y)`, `predeclared f; makelist<0>; dup; predeclared x; append; predeclared y; args_extend; call_var<0>; return`},
	} {
		expr, err := opts.ParseExpr("in.py", test.src, 0)
		if err != nil {
			t.Errorf("%s: %v", test.src, err)
			continue
		}
		locals, err := resolve.ExprOptions(opts, expr, isPredeclared, isUniversal)
		if err != nil {
			t.Errorf("%s: %v", test.src, err)
			continue
		}
		got := disassemble(Expr(opts, expr, "<expr>", locals).Toplevel)
		if test.want != got {
			t.Errorf("%s generated <<%s>>, want <<%s>>", test.src, got, test.want)
		}
	}
}
