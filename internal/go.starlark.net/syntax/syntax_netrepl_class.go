// netrepl patch: Python's class statement (FileOptions.Python).

package syntax

func (*ClassStmt) stmt() {}

// A ClassStmt is Python's class statement:
//
//	class Name(Bases...): Body
//
// The body runs as a function whose locals become the class's attributes.
type ClassStmt struct {
	commentsRef
	Class Position
	Name  *Ident
	Bases []Expr
	Body  []Stmt

	Function any // a *resolve.Function for the body, set by the resolver
}

func (x *ClassStmt) Span() (start, end Position) {
	_, end = x.Body[len(x.Body)-1].Span()
	return x.Class, end
}

func (p *parser) parseClassStmt() Stmt {
	pos := p.nextToken() // consume CLASS
	id := p.parseIdent()
	var bases []Expr
	if p.tok == LPAREN {
		p.nextToken()
		for p.tok != RPAREN && p.tok != EOF {
			bases = append(bases, p.parseTest())
			if p.tok != COMMA {
				break
			}
			p.nextToken()
		}
		p.consume(RPAREN)
	}
	p.consume(COLON)
	body := p.parseSuite()
	return &ClassStmt{Class: pos, Name: id, Bases: bases, Body: body}
}

func walkClassStmt(n *ClassStmt, f func(Node) bool) {
	Walk(n.Name, f)
	for _, b := range n.Bases {
		Walk(b, f)
	}
	walkStmts(n.Body, f)
}
