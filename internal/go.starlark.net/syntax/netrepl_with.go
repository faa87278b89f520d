// netrepl patch: Python's with and import statements (FileOptions.Python).

package syntax

// A WithStmt is Python's "with ITEM, ...: BODY" (3.10: the items may be
// in parentheses).
type WithStmt struct {
	commentsRef
	With  Position
	Items []*WithItem
	Body  []Stmt
}

// A WithItem is one "X [as Target]" of a with statement.
type WithItem struct {
	commentsRef
	X      Expr
	As     Position // of "as"; zero without a target
	Target Expr     // nil without "as"
}

func (x *WithStmt) Span() (start, end Position) {
	_, end = x.Body[len(x.Body)-1].Span()
	return x.With, end
}

func (x *WithItem) Span() (start, end Position) {
	start, end = x.X.Span()
	if x.Target != nil {
		_, end = x.Target.Span()
	}
	return start, end
}

// An ImportStmt is Python's "import a.b [as c], ..." (From nil) or
// "from [.]a.b import x [as y], ..." or "from a import *" (Star valid).
type ImportStmt struct {
	commentsRef
	Import Position // of "import", or of "from"
	Level  int      // the leading dots of a relative from-import
	From   []*Ident // the dotted module of a from-import
	Names  []*ImportName
	Star   Position // of '*' in "from m import *"
	End    Position
}

// An ImportName is one "a.b [as c]" of an import, or "x [as y]" of a
// from-import (Path has one element).
type ImportName struct {
	commentsRef
	Path []*Ident
	As   *Ident // nil without "as"
}

// Bound is the name an import binds: the "as" name, else the first
// name of the path (import a.b binds a).
func (n *ImportName) Bound() *Ident {
	if n.As != nil {
		return n.As
	}
	return n.Path[0]
}

// Dotted is the path as written, "a.b".
func (n *ImportName) Dotted() string { return dotted(n.Path) }

func dotted(path []*Ident) string {
	s := ""
	for i, id := range path {
		if i > 0 {
			s += "."
		}
		s += id.Name
	}
	return s
}

// Module is the module a from-import names, with its leading dots.
func (x *ImportStmt) Module() string {
	s := ""
	for i := 0; i < x.Level; i++ {
		s += "."
	}
	return s + dotted(x.From)
}

func (x *ImportStmt) Span() (start, end Position) { return x.Import, x.End }

func (x *ImportName) Span() (start, end Position) {
	start, end = x.Path[0].Span()
	_, end = x.Path[len(x.Path)-1].Span()
	if x.As != nil {
		_, end = x.As.Span()
	}
	return start, end
}

func (*WithStmt) stmt()   {}
func (*ImportStmt) stmt() {}

// parseWithStmt parses "with ITEMS: BODY".
func (p *parser) parseWithStmt() Stmt {
	withpos := p.nextToken() // consume WITH
	var items []*WithItem
	if p.tok == LPAREN {
		// with (A as a, B): ... (3.10), or an expression that starts
		// with a parenthesis: with (a, b) as c:, with (f)(x):.
		lparen := p.nextToken()
		var list []*WithItem
		hasAs, comma := false, false
		for p.tok != RPAREN {
			item := p.parseWithItem()
			hasAs = hasAs || item.Target != nil
			list = append(list, item)
			if p.tok != COMMA {
				break
			}
			p.nextToken()
			comma = true
		}
		rparen := p.consume(RPAREN)
		if p.tok == COLON && len(list) > 0 {
			items = list
		} else {
			if hasAs {
				p.in.errorf(p.in.pos, "invalid syntax")
			}
			// The parenthesized expression starts the first item.
			var x Expr
			switch {
			case len(list) == 1 && !comma:
				x = &ParenExpr{Lparen: lparen, X: list[0].X, Rparen: rparen}
			default:
				t := &TupleExpr{Lparen: lparen, Rparen: rparen}
				for _, it := range list {
					t.List = append(t.List, it.X)
				}
				x = t
			}
			p.pendingPrimary = x
			items = append(items, p.parseWithItem())
			for p.tok == COMMA {
				p.nextToken()
				items = append(items, p.parseWithItem())
			}
		}
	} else {
		items = append(items, p.parseWithItem())
		for p.tok == COMMA {
			p.nextToken()
			items = append(items, p.parseWithItem())
		}
	}
	if p.tok != COLON {
		p.in.error(p.tokval.pos, "expected ':'")
	}
	p.nextToken()
	body := p.parseSuite()
	return &WithStmt{With: withpos, Items: items, Body: body}
}

// parseWithItem parses "X [as TARGET]".
func (p *parser) parseWithItem() *WithItem {
	item := &WithItem{X: p.parseTest()}
	if p.tok == AS {
		item.As = p.nextToken()
		item.Target = p.parsePrimaryWithSuffix()
		switch p.tok {
		case COMMA, RPAREN, COLON:
		default:
			p.in.errorf(p.tokval.pos, "invalid syntax")
		}
	}
	return item
}

// parseImportStmt parses "import a.b [as c], ...".
func (p *parser) parseImportStmt() Stmt {
	stmt := &ImportStmt{Import: p.nextToken()} // consume IMPORT
	for {
		stmt.Names = append(stmt.Names, p.parseImportName(true))
		if p.tok != COMMA {
			break
		}
		p.nextToken()
	}
	stmt.End = End(stmt.Names[len(stmt.Names)-1])
	return stmt
}

// parseFromStmt parses "from [.]a.b import x [as y], ...", the names
// perhaps in parentheses, or "from a import *".
func (p *parser) parseFromStmt() Stmt {
	stmt := &ImportStmt{Import: p.nextToken()} // consume FROM
	for p.tok == DOT {
		stmt.Level++
		p.nextToken()
	}
	if p.tok != IMPORT || stmt.Level == 0 {
		stmt.From = p.parseDotted()
	}
	p.consume(IMPORT)
	switch p.tok {
	case STAR:
		stmt.Star = p.tokval.pos
		stmt.End = p.nextToken().add("*")
		return stmt
	case LPAREN:
		p.nextToken()
		for {
			stmt.Names = append(stmt.Names, p.parseImportName(false))
			if p.tok != COMMA {
				break
			}
			p.nextToken()
			if p.tok == RPAREN {
				break
			}
		}
		stmt.End = p.consume(RPAREN).add(")")
		return stmt
	}
	for {
		stmt.Names = append(stmt.Names, p.parseImportName(false))
		if p.tok != COMMA {
			break
		}
		p.nextToken()
	}
	stmt.End = End(stmt.Names[len(stmt.Names)-1])
	return stmt
}

// parseImportName parses "a.b [as c]" (dotted) or "x [as y]".
func (p *parser) parseImportName(dotted bool) *ImportName {
	n := &ImportName{}
	if dotted {
		n.Path = p.parseDotted()
	} else {
		n.Path = []*Ident{p.importIdent()}
	}
	if p.tok == AS {
		p.nextToken()
		n.As = p.importIdent()
	}
	return n
}

func (p *parser) parseDotted() []*Ident {
	path := []*Ident{p.importIdent()}
	for p.tok == DOT {
		p.nextToken()
		path = append(path, p.importIdent())
	}
	return path
}

// importIdent parses a name of an import statement; anything else is
// CPython's "invalid syntax" at that token.
func (p *parser) importIdent() *Ident {
	if p.tok != IDENT {
		p.in.error(p.tokval.pos, "invalid syntax")
	}
	return p.parseIdent()
}

// walkPython walks the nodes the Python dialect adds.
func walkPython(n Node, f func(Node) bool) bool {
	switch n := n.(type) {
	case *WithStmt:
		for _, item := range n.Items {
			Walk(item, f)
		}
		walkStmts(n.Body, f)
	case *WithItem:
		Walk(n.X, f)
		if n.Target != nil {
			Walk(n.Target, f)
		}
	case *ImportStmt:
		for _, id := range n.From {
			Walk(id, f)
		}
		for _, name := range n.Names {
			Walk(name, f)
		}
	case *ImportName:
		for _, id := range n.Path {
			Walk(id, f)
		}
		if n.As != nil {
			Walk(n.As, f)
		}
	case *FStringExpr:
		for _, part := range n.Parts {
			if part.Field != nil {
				Walk(part.Field, f)
			}
		}
	case *FStringField:
		Walk(n.X, f)
		for _, part := range n.Spec {
			if part.Field != nil {
				Walk(part.Field, f)
			}
		}
	default:
		return false
	}
	return true
}
