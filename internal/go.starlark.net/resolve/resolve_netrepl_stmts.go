// netrepl patch: name resolution for Python 3.11's statements
// (FileOptions.Python): global and nonlocal declarations, del, assert,
// chained assignment and starred targets, for/while ... else.

package resolve

import (
	"go.starlark.net/syntax"
)

// pythonStmt resolves the statements only Python has.
func (r *resolver) pythonStmt(stmt syntax.Stmt) {
	switch stmt := stmt.(type) {
	case *syntax.AssertStmt:
		r.expr(stmt.Cond)
		if stmt.Msg != nil {
			r.expr(stmt.Msg)
		}

	case *syntax.GlobalStmt:
		r.declare(stmt)

	case *syntax.DelStmt:
		for _, x := range stmt.Targets {
			r.del(x)
		}
	}
}

// declare records a global or nonlocal declaration in the current
// function, with Python's rules: a declaration comes before any use or
// assignment of the name in the function, and not for a parameter. At
// module level, global is allowed and does nothing; nonlocal is an error.
func (r *resolver) declare(stmt *syntax.GlobalStmt) {
	kind := "global"
	if stmt.Token == syntax.NONLOCAL {
		kind = "nonlocal"
	}
	b := r.env
	if b.function == nil {
		if stmt.Token == syntax.NONLOCAL {
			r.errorf(stmt.TokenPos, "nonlocal declaration not allowed at module level")
		}
		return
	}
	for _, id := range stmt.Names {
		name := id.Name
		if prev, ok := b.decls[name]; ok {
			if prev != stmt.Token {
				r.errorf(stmt.TokenPos, "name '%s' is nonlocal and global", name)
			}
			continue
		}
		if isParam(b.function, name) {
			r.errorf(stmt.TokenPos, "name '%s' is parameter and %s", name, kind)
			continue
		}
		// After these errors, the declaration still holds (as in
		// CPython), so that the name gets no further errors.
		if _, ok := b.bindings[name]; ok {
			r.errorf(stmt.TokenPos, "name '%s' is assigned to before %s declaration", name, kind)
		} else if used(b, name) {
			r.errorf(stmt.TokenPos, "name '%s' is used prior to %s declaration", name, kind)
		}
		if b.decls == nil {
			b.decls = make(map[string]syntax.Token)
		}
		b.decls[name] = stmt.Token
		if stmt.Token == syntax.GLOBAL {
			bind := r.globalBinding(id)
			b.bind(name, bind)
			id.Binding = bind
		} else {
			b.nonlocals = append(b.nonlocals, nonlocalDecl{stmt.TokenPos, id})
		}
	}
}

// bindDeclared binds id, the target of an assignment in a function that
// declared it global or nonlocal, and reports whether it did.
func (r *resolver) bindDeclared(id *syntax.Ident) bool {
	tok, ok := r.env.decls[id.Name]
	if !ok || r.env.function == nil {
		return false
	}
	if tok == syntax.GLOBAL {
		id.Binding = r.env.bindings[id.Name]
	} else {
		r.use(id) // resolved at the end, as a free variable
	}
	return true
}

// globalBinding returns the module's binding of id's name, creating one
// if no statement at top level binds it (yet): a global declared in a
// function may be first assigned there.
func (r *resolver) globalBinding(id *syntax.Ident) *Binding {
	if bind, ok := r.globals[id.Name]; ok {
		return bind
	}
	bind := &Binding{First: id, Scope: Global, Index: len(r.moduleGlobals)}
	r.globals[id.Name] = bind
	r.moduleGlobals = append(r.moduleGlobals, bind)
	if r.declaredOnly == nil {
		r.declaredOnly = make(map[*Binding]bool)
	}
	r.declaredOnly[bind] = true
	return bind
}

// checkNonlocals reports the nonlocal declarations of block b that name
// no variable of an enclosing function. Called once every function's
// own bindings are known.
func (r *resolver) checkNonlocals(b *block) {
	for _, d := range b.nonlocals {
		if !r.enclosingBinds(b.parent, d.id.Name) {
			r.errorf(d.pos, "no binding for nonlocal '%s' found", d.id.Name)
			b.bind(d.id.Name, &Binding{Scope: Undefined}) // no further errors
		}
	}
}

// enclosingBinds reports whether a function enclosing env (or env)
// has a local variable name, as nonlocal requires.
func (r *resolver) enclosingBinds(env *block, name string) bool {
	for e := env; e != nil && e != r.file; e = e.parent {
		if e.function == nil {
			continue // comprehension
		}
		if tok, ok := e.decls[name]; ok {
			return tok == syntax.NONLOCAL
		}
		if bind, ok := e.bindings[name]; ok {
			switch bind.Scope {
			case Local, Cell, Free:
				return true
			}
			return false
		}
	}
	return false
}

// A nonlocalDecl is one name of a nonlocal statement at pos.
type nonlocalDecl struct {
	pos syntax.Position
	id  *syntax.Ident
}

func isParam(fn *Function, name string) bool {
	for _, p := range fn.Params {
		switch p := p.(type) {
		case *syntax.BinaryExpr:
			if p.X.(*syntax.Ident).Name == name {
				return true
			}
		case *syntax.UnaryExpr:
			if id, ok := p.X.(*syntax.Ident); ok && id.Name == name {
				return true
			}
		case *syntax.Ident:
			if p.Name == name {
				return true
			}
		}
	}
	return false
}

// used reports whether the function block b has used name so far.
func used(b *block, name string) bool {
	for _, u := range b.uses {
		if u.id.Name == name {
			return true
		}
	}
	return false
}

// del resolves a target of del, with CPython's errors for what cannot
// be deleted. A name deleted in a function is local there, as in Python.
func (r *resolver) del(x syntax.Expr) {
	switch x := x.(type) {
	case *syntax.Ident:
		if isConstName(x.Name) {
			r.errorf(x.NamePos, "cannot delete %s", x.Name)
			break
		}
		r.bind(x)
	case *syntax.IndexExpr:
		r.expr(x.X)
		r.expr(x.Y)
	case *syntax.SliceExpr:
		r.expr(x)
	case *syntax.DotExpr:
		r.expr(x.X)
	case *syntax.ParenExpr:
		r.del(x.X)
	case *syntax.TupleExpr:
		for _, y := range x.List {
			r.del(y)
		}
	case *syntax.ListExpr:
		for _, y := range x.List {
			r.del(y)
		}
	default:
		r.errorf(syntax.Start(x), "cannot delete %s", describe(x))
	}
}

// describe names an expression that is no target, as CPython's
// "cannot delete ..." and "cannot assign to ..." do.
func describe(x syntax.Expr) string {
	switch x := x.(type) {
	case *syntax.CallExpr:
		return "function call"
	case *syntax.Literal:
		return "literal"
	case *syntax.UnaryExpr:
		if x.Op == syntax.STAR {
			return "starred"
		}
	case *syntax.BinaryExpr:
		switch x.Op {
		case syntax.EQL, syntax.NEQ, syntax.LT, syntax.GT, syntax.LE, syntax.GE, syntax.IN, syntax.NOT_IN:
			return "comparison"
		}
	case *syntax.CondExpr:
		return "conditional expression"
	case *syntax.LambdaExpr:
		return "lambda"
	case *syntax.DictExpr:
		return "dict literal"
	case *syntax.Comprehension:
		if x.Curly {
			return "dict comprehension"
		}
		return "list comprehension"
	}
	return "expression"
}

// assignStarred resolves the elements of a tuple or list of assignment
// targets, one of which may be starred (a, *b = xs).
func (r *resolver) assignStarred(list []syntax.Expr, isAugmented bool) {
	starred := 0
	for _, elem := range list {
		if u, ok := elem.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR {
			starred++
			if starred == 2 {
				r.errorf(syntax.Start(list[0]), "multiple starred expressions in assignment")
			}
			r.assign(u.X, isAugmented)
			continue
		}
		r.assign(elem, isAugmented)
	}
}

// displayElems resolves the elements of a tuple or list display, where
// Python allows starred ones: [*a, b], x = *a, b.
func (r *resolver) displayElems(list []syntax.Expr) {
	for _, x := range list {
		if u, ok := x.(*syntax.UnaryExpr); ok && u.Op == syntax.STAR && r.options.Python {
			r.expr(u.X)
			continue
		}
		r.expr(x)
	}
}

// isConstName reports whether name is one of Python's keywords None,
// True and False, which are names in Starlark but no assignment target
// in Python.
func isConstName(name string) bool {
	return name == "None" || name == "True" || name == "False"
}

// constTarget reports an assignment to None, True or False, as CPython.
func (r *resolver) constTarget(id *syntax.Ident, isAugmented bool) {
	if isAugmented {
		r.errorf(id.NamePos, "'%s' is an illegal expression for augmented assignment", id.Name)
		return
	}
	r.errorf(id.NamePos, "cannot assign to %s", id.Name)
}
