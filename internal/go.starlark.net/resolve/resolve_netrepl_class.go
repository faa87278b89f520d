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
