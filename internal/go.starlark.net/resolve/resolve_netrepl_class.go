// netrepl patch: name resolution for Python's class statement
// (FileOptions.Python).

package resolve

import "go.starlark.net/syntax"

// classStmt resolves a class statement and reports whether stmt was one:
// the bases in the enclosing scope, the body as a function (its locals
// are the class's attributes), the name bound in the enclosing scope.
func (r *resolver) classStmt(stmt syntax.Stmt) bool {
	c, ok := stmt.(*syntax.ClassStmt)
	if !ok {
		return false
	}
	for _, b := range c.Bases {
		r.expr(b)
	}
	r.bind(c.Name)
	fn := &Function{Name: c.Name.Name, Pos: c.Class, Body: c.Body, Class: true}
	c.Function = fn
	r.function(fn, c.Class)
	return true
}

// classScope: as in Python, a name a class body binds is not visible in
// the functions defined in it (self.x or C.x reach it): a method's use of
// such a name that resolves outside the class to a global, predeclared
// or universal name is bound to that, and classScope reports true. (A
// name of a function around the class is still found in the class body
// first: capturing it past the class body is not done yet.)
func (r *resolver) classScope(use use, env *block) bool {
	parent := env.parent
	if env.function == nil || parent == nil || parent.function == nil || !parent.function.Class {
		return false
	}
	if _, own := parent.bindings[use.id.Name]; !own {
		return false
	}
	bind := r.lookupLexical(use, parent.parent)
	switch bind.Scope {
	case Global, Predeclared, Universal, Undefined:
		env.bind(use.id.Name, bind)
		return true
	}
	return false
}
