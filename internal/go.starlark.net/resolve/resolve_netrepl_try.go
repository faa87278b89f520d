// netrepl patch: name resolution for Python's try and raise statements
// (FileOptions.Python).

package resolve

import "go.starlark.net/syntax"

// tryStmt resolves a try or raise statement and reports whether stmt
// was one.
func (r *resolver) tryStmt(stmt syntax.Stmt) bool {
	switch stmt := stmt.(type) {
	case *syntax.TryStmt:
		r.stmts(stmt.Body)
		for _, h := range stmt.Handlers {
			if h.Type != nil {
				r.expr(h.Type)
			}
			if h.Name != nil {
				r.assign(h.Name, false)
			}
			r.stmts(h.Body)
		}
		r.stmts(stmt.Else)
		r.stmts(stmt.Finally)
		return true
	case *syntax.RaiseStmt:
		if stmt.X != nil {
			r.expr(stmt.X)
		}
		if stmt.Cause != nil {
			r.expr(stmt.Cause)
		}
		return true
	}
	return false
}
