// netrepl patch: resolving Python's with, import and f-strings
// (syntax.FileOptions.Python).

package resolve

import "go.starlark.net/syntax"

// withImportStmt resolves a with or import statement; it reports
// whether stmt was one.
func (r *resolver) withImportStmt(stmt syntax.Stmt) bool {
	switch stmt := stmt.(type) {
	case *syntax.WithStmt:
		for _, item := range stmt.Items {
			r.expr(item.X)
			if item.Target != nil {
				r.assign(item.Target, false)
			}
		}
		r.stmts(stmt.Body)

	case *syntax.ImportStmt:
		if stmt.Star.IsValid() && r.container().function != nil {
			r.errorf(stmt.Star, "import * only allowed at module level")
		}
		// An import binds as an assignment does: a local in a function.
		for _, name := range stmt.Names {
			r.bind(name.Bound())
		}

	default:
		return false
	}
	return true
}

// fstringExpr resolves an f-string; it reports
// whether e was one.
func (r *resolver) fstringExpr(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.FStringExpr:
		r.fstringParts(e.Parts)
	default:
		return false
	}
	return true
}

func (r *resolver) fstringParts(parts []syntax.FStringPart) {
	for _, part := range parts {
		if f := part.Field; f != nil {
			r.expr(f.X)
			r.fstringParts(f.Spec)
		}
	}
}
