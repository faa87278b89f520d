// netrepl patch: the resolver's errors in the Python dialect
// (FileOptions.Python) in CPython 3.11's words, as its compiler and
// parser report them.

package resolve

import (
	"fmt"
	"regexp"
	"sync"

	"go.starlark.net/syntax"
)

// pyMessageRule rewords one of the resolver's messages.
type pyMessageRule struct {
	re   *regexp.Regexp
	repl string
}

// pyMessages rewords the resolver's messages, in order; the first match
// wins. A message not listed keeps Starlark's words. Compiled when an
// error first needs them, not at every start-up.
var pyMessages = sync.OnceValue(func() []pyMessageRule {
	return []pyMessageRule{
		{regexp.MustCompile(`^return statement not within a function$`), `'return' outside function`},
		{regexp.MustCompile(`^break not in a loop$`), `'break' outside loop`},
		{regexp.MustCompile(`^continue not in a loop$`), `'continue' not properly in loop`},
		{regexp.MustCompile(`^positional argument may not follow named$`), `positional argument follows keyword argument`},
		{regexp.MustCompile(`^positional argument may not follow \*\*kwargs$`), `positional argument follows keyword argument unpacking`},
		{regexp.MustCompile(`^\*args may not follow \*\*kwargs$`), `iterable argument unpacking follows keyword argument unpacking`},
		{regexp.MustCompile(`^keyword argument "(.*)" is repeated$`), `keyword argument repeated: $1`},
		{regexp.MustCompile(`^duplicate parameter: (.*)$`), `duplicate argument '$1' in function definition`},
		{regexp.MustCompile(`^required parameter may not follow optional$`), `non-default argument follows default argument`},
		{regexp.MustCompile(`^(required|optional) parameter may not follow \*\*.*$`), `arguments cannot follow var-keyword argument`},
		{regexp.MustCompile(`^bare \* must be followed by keyword-only parameters$`), `named arguments must follow bare *`},
		{regexp.MustCompile(`^can't use (tuple|list) expression in augmented assignment$`), `'$1' is an illegal expression for augmented assignment`},
	}
})

// pyMessage words a resolver error as CPython does.
func pyMessage(msg string) string {
	for _, m := range pyMessages() {
		if m.re.MatchString(msg) {
			return m.re.ReplaceAllString(msg, m.repl)
		}
	}
	return msg
}

// pyTargetError reports an expression that cannot be assigned to, as
// CPython words it for an assignment (stmt is "="), an augmented
// assignment ("+=") or a loop variable ("for").
func (r *resolver) pyTargetError(lhs syntax.Expr, isAugmented bool) {
	name := pyExprName(lhs)
	switch {
	case isAugmented:
		r.errorf(syntax.Start(lhs), "'%s' is an illegal expression for augmented assignment", name)
	case r.inAssignTargets(lhs) && name != "None" && name != "True" && name != "False":
		r.errorf(syntax.Start(lhs), "cannot assign to %s here. Maybe you meant '==' instead of '='?", name)
	default:
		r.errorf(syntax.Start(lhs), "cannot assign to %s", name)
	}
}

// pyExprName is CPython's name of an expression (_PyPegen_get_expr_name).
func pyExprName(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Ident:
		switch e.Name {
		case "None", "True", "False":
			return e.Name
		}
		return "name"
	case *syntax.Literal:
		return "literal"
	case *syntax.CallExpr:
		return "function call"
	case *syntax.BinaryExpr:
		switch e.Op {
		case syntax.EQL, syntax.NEQ, syntax.LT, syntax.GT, syntax.LE, syntax.GE, syntax.IN, syntax.NOT_IN:
			return "comparison"
		}
		return "expression"
	case *syntax.UnaryExpr:
		return "expression"
	case *syntax.LambdaExpr:
		return "lambda"
	case *syntax.CondExpr:
		return "conditional expression"
	case *syntax.DictExpr:
		return "dict literal"
	case *syntax.TupleExpr:
		return "tuple"
	case *syntax.ListExpr:
		return "list"
	case *syntax.ParenExpr:
		return pyExprName(e.X)
	case *syntax.IndexExpr, *syntax.SliceExpr:
		return "subscript"
	case *syntax.DotExpr:
		return "attribute"
	case *syntax.Comprehension:
		if !e.Curly {
			return "list comprehension"
		}
		if _, ok := e.Body.(*syntax.DictEntry); ok {
			return "dict comprehension"
		}
		return "set comprehension"
	}
	return fmt.Sprintf("%T", e)[len("*syntax."):]
}

// inAssignTargets reports whether e is among the targets of the "="
// statement being resolved (not in a comprehension in its value).
func (r *resolver) inAssignTargets(e syntax.Expr) bool {
	as, ok := r.pyStmt.(*syntax.AssignStmt)
	if !ok || as.Op != syntax.EQ {
		return false
	}
	// the targets (all of them, in a chain) come before the value
	start, rhs := syntax.Start(e), syntax.Start(as.RHS)
	return start.Line < rhs.Line || start.Line == rhs.Line && start.Col < rhs.Col
}
