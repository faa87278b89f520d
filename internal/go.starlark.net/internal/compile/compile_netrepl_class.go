// netrepl patch: Python's class statement (FileOptions.Python).

package compile

import (
	"go.starlark.net/resolve"
	"go.starlark.net/syntax"
)

// classStmt compiles a class statement and reports whether stmt was
// one: the name, the bases, the body as a function that returns its
// locals (CLASSLOCALS), then MAKECLASS calls it and makes the class.
func (fcomp *fcomp) classStmt(stmt syntax.Stmt) bool {
	c, ok := stmt.(*syntax.ClassStmt)
	if !ok {
		return false
	}
	fcomp.string(c.Name.Name)
	for _, b := range c.Bases {
		fcomp.expr(b)
	}
	fcomp.function(c.Function.(*resolve.Function))
	fcomp.setPos(c.Class)
	fcomp.emit1(MAKECLASS, uint32(len(c.Bases)))
	fcomp.set(c.Name)
	return true
}
