// netrepl patch: Python 3.11's statements (FileOptions.Python): assert,
// global and nonlocal, del. (Chained assignment is AssignStmt.More,
// for/while ... else is ForStmt.Else and WhileStmt.Else, starred targets
// are UnaryExpr{Op: STAR}.)

package syntax

func (*AssertStmt) stmt() {}
func (*GlobalStmt) stmt() {}
func (*DelStmt) stmt()    {}

// An AssertStmt is Python's assert statement: assert Cond [, Msg].
// Msg is evaluated only when Cond is false.
type AssertStmt struct {
	commentsRef
	Assert Position
	Cond   Expr
	Msg    Expr // may be nil
}

func (x *AssertStmt) Span() (start, end Position) {
	last := x.Cond
	if x.Msg != nil {
		last = x.Msg
	}
	_, end = last.Span()
	return x.Assert, end
}

// A GlobalStmt is Python's global or nonlocal declaration:
// global a, b / nonlocal a, b.
type GlobalStmt struct {
	commentsRef
	TokenPos Position
	Token    Token // = GLOBAL | NONLOCAL
	Names    []*Ident
}

func (x *GlobalStmt) Span() (start, end Position) {
	_, end = x.Names[len(x.Names)-1].Span()
	return x.TokenPos, end
}

// A DelStmt is Python's del statement: del a, b[i], c.f, d[lo:hi].
// Each target is an Ident, IndexExpr, SliceExpr, DotExpr, or a
// TupleExpr, ListExpr or ParenExpr of targets.
type DelStmt struct {
	commentsRef
	Del     Position
	Targets []Expr
}

func (x *DelStmt) Span() (start, end Position) {
	_, end = x.Targets[len(x.Targets)-1].Span()
	return x.Del, end
}

// walkPythonStmt is Walk for the statements above.
func walkPythonStmt(n Node, f func(Node) bool) {
	switch n := n.(type) {
	case *AssertStmt:
		Walk(n.Cond, f)
		if n.Msg != nil {
			Walk(n.Msg, f)
		}
	case *GlobalStmt:
		for _, id := range n.Names {
			Walk(id, f)
		}
	case *DelStmt:
		for _, x := range n.Targets {
			Walk(x, f)
		}
	}
}
