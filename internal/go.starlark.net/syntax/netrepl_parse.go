// netrepl patch: Python 3.11's expression syntax, for FileOptions.Python.
//
// The hooks in parse.go call these functions only when p.options.Python
// is set; the trees they build are upstream's nodes, plus SetExpr:
//
//   - x ** y: BinaryExpr{Op: STARSTAR}, right-associative, binding tighter
//     than a unary operator on its left (-2 ** 2 is -(2 ** 2)) and looser
//     than one on its right (2 ** -1);
//   - x is y, x is not y: BinaryExpr{Op: IS or IS_NOT}, a comparison;
//   - a < b < c: comparisons chain, as BinaryExpr{X: BinaryExpr{a < b},
//     Op: <, Y: c}. A comparison whose X is an unparenthesized comparison
//     is a chain (a parenthesized one is a ParenExpr): the compiler
//     evaluates b once and stops at the first false link;
//   - {1, 2}: SetExpr; {x for x in y}: a Comprehension with Curly set and
//     a body that is not a DictEntry;
//   - (x for x in y) and f(x for x in y): a list Comprehension (netrepl
//     evaluates generator expressions eagerly);
//   - x := y: BinaryExpr{Op: WALRUS, X: *Ident}, where Python allows it
//     unparenthesized (if, elif and while conditions, call arguments,
//     display items) and in parentheses;
//   - ...: the name Ellipsis (an embedder predeclares it as
//     starlark.Ellipsis);
//   - "a" "b": one Literal (parseStrings, netrepl_fstring.go);
//   - [*a, b], (*a, b), {*a, b}: a UnaryExpr{Op: STAR} element of a
//     ListExpr, TupleExpr or SetExpr; {**a, k: v}: a UnaryExpr{Op:
//     STARSTAR} entry of a DictExpr, beside its DictEntry ones.

package syntax

// A SetExpr represents a set display: {x, y}.
type SetExpr struct {
	commentsRef
	Lbrace Position
	List   []Expr // len(List) > 0
	Rbrace Position
}

func (x *SetExpr) Span() (start, end Position) {
	return x.Lbrace, x.Rbrace.add("}")
}

func (*SetExpr) expr() {}

// power = primary_with_suffix ['**' factor], where factor is a power,
// possibly after unary operators (see the unary case of parsePrimary).
func (p *parser) parsePower() Expr {
	p.enter()
	defer p.leave()

	x := p.parsePrimaryWithSuffix()
	if p.tok == STARSTAR {
		pos := p.nextToken()
		y := p.parsePower()
		x = &BinaryExpr{OpPos: pos, Op: STARSTAR, X: x, Y: y}
	}
	return x
}

// parseParenPython parses what follows '(' (not ')'): a parenthesized
// expression, a tuple, or a generator expression.
func (p *parser) parseParenPython(lparen Position) Expr {
	x := p.parseStarOrTest()
	if p.tok == FOR {
		p.notStarred(x, "iterable unpacking cannot be used in comprehension")
		clauses := p.parseCompClausesPython(RPAREN)
		rparen := p.consume(RPAREN)
		return &Comprehension{Lbrack: lparen, Body: x, Clauses: clauses, Rbrack: rparen}
	}
	e := x
	if p.tok == COMMA {
		e = &TupleExpr{List: p.parseDisplayItems(x, RPAREN)}
	} else {
		p.notStarred(x, "cannot use starred expression here")
	}
	rparen := p.consume(RPAREN)
	return &ParenExpr{Lparen: lparen, X: e, Rparen: rparen}
}

// parseListPython parses what follows '[' (not ']'): a list display,
// starred items included, or a list comprehension.
func (p *parser) parseListPython(lbrack Position) Expr {
	x := p.parseStarOrTest()
	if p.tok == FOR {
		p.notStarred(x, "iterable unpacking cannot be used in comprehension")
		return p.parseComprehensionSuffix(lbrack, x, RBRACK)
	}
	list := p.parseDisplayItems(x, RBRACK)
	rbrack := p.consume(RBRACK)
	return &ListExpr{Lbrack: lbrack, List: list, Rbrack: rbrack}
}

// parseStarOrTest parses an item of a display: *x or an expression
// (x := y included).
func (p *parser) parseStarOrTest() Expr {
	if p.tok != STAR {
		return p.parseNamedTest()
	}
	pos := p.nextToken()
	x := p.parseTestPrec(int(precedence[PIPE]))
	return &UnaryExpr{OpPos: pos, Op: STAR, X: x}
}

// parseCondition parses the condition of an if, elif or while statement:
// in Python, x := y may be one.
func (p *parser) parseCondition() Expr {
	if p.options.Python {
		return p.parseNamedTest()
	}
	return p.parseTest()
}

// parseNamedTest parses an expression or an assignment expression, x := y.
func (p *parser) parseNamedTest() Expr {
	x := p.parseTest()
	if p.tok == WALRUS {
		x = p.parseWalrus(x)
	}
	return x
}

// parseWalrus parses the value of x := value, x parsed.
func (p *parser) parseWalrus(x Expr) Expr {
	if _, ok := x.(*Ident); !ok {
		start, _ := x.Span()
		p.in.error(start, "cannot use assignment expressions with this expression: assign to a name")
	}
	pos := p.nextToken()
	y := p.parseTest()
	return &BinaryExpr{OpPos: pos, Op: WALRUS, X: x, Y: y}
}

// parseDisplayItems parses the items after the first, x, of a list,
// tuple or set display, up to end (not consumed); a trailing comma is
// allowed.
func (p *parser) parseDisplayItems(x Expr, end Token) []Expr {
	list := []Expr{x}
	for p.tok == COMMA {
		p.nextToken()
		if p.tok == end {
			break
		}
		list = append(list, p.parseStarOrTest())
	}
	return list
}

func (p *parser) notStarred(x Expr, msg string) {
	if u, ok := x.(*UnaryExpr); ok && (u.Op == STAR || u.Op == STARSTAR) {
		p.in.error(u.OpPos, msg)
	}
}

// parseDictItemPython parses k: v or **mapping.
func (p *parser) parseDictItemPython() Expr {
	if p.tok == STARSTAR {
		pos := p.nextToken()
		x := p.parseTestPrec(int(precedence[PIPE]))
		return &UnaryExpr{OpPos: pos, Op: STARSTAR, X: x}
	}
	return p.parseDictEntry()
}

// parseGenexpArg parses the clauses of a generator expression that is a
// call's argument, body already parsed: it must be the only argument
// (CPython's error otherwise). The closing ')' is left to the call.
func (p *parser) parseGenexpArg(body Expr, afterArgs bool) Expr {
	start, _ := body.Span()
	if afterArgs {
		p.in.error(start, "Generator expression must be parenthesized")
	}
	clauses := p.parseCompClausesPython(RPAREN)
	if p.tok != RPAREN {
		p.in.error(start, "Generator expression must be parenthesized")
	}
	return &Comprehension{Lbrack: start, Body: body, Clauses: clauses, Rbrack: p.tokval.pos}
}

// checkArgsPython reports CPython's SyntaxErrors for a call's arguments,
// which Python allows in any order but these: a positional argument after
// a keyword argument or after **kwargs, *args after **kwargs, a keyword
// given twice.
func (p *parser) checkArgsPython(args []Expr) {
	var seenKwargs bool
	var seenName map[string]bool
	for _, arg := range args {
		pos, _ := arg.Span()
		if unop, ok := arg.(*UnaryExpr); ok && unop.Op == STARSTAR {
			seenKwargs = true
		} else if ok && unop.Op == STAR {
			if seenKwargs {
				p.in.error(pos, "iterable argument unpacking follows keyword argument unpacking")
			}
		} else if binop, ok := arg.(*BinaryExpr); ok && binop.Op == EQ {
			name := binop.X.(*Ident).Name
			if seenName[name] {
				p.in.errorf(pos, "keyword argument repeated: %s", name)
			}
			if seenName == nil {
				seenName = make(map[string]bool)
			}
			seenName[name] = true
		} else if _, end := arg.Span(); seenKwargs {
			// (CPython points after the argument)
			p.in.error(end, "positional argument follows keyword argument unpacking")
		} else if len(seenName) > 0 {
			p.in.error(end, "positional argument follows keyword argument")
		}
	}
}

// parseCompClausesPython parses the for and if clauses of a comprehension
// up to end (not consumed); a comma there ends a generator expression
// that is one argument among others.
func (p *parser) parseCompClausesPython(end Token) []Node {
	var clauses []Node
	for p.tok != end {
		switch p.tok {
		case FOR:
			pos := p.nextToken()
			vars := p.parseForLoopVariables()
			in := p.consume(IN)
			x := p.parseTestPrec(0)
			clauses = append(clauses, &ForClause{For: pos, Vars: vars, In: in, X: x})
		case IF:
			pos := p.nextToken()
			cond := p.parseTestNoCond()
			clauses = append(clauses, &IfClause{If: pos, Cond: cond})
		case COMMA:
			if end == RPAREN {
				return clauses // the caller reports it
			}
			fallthrough
		default:
			p.in.errorf(p.in.pos, "got %#v, want '%s', for, or if", p.tok, end)
		}
	}
	return clauses
}

// parseBracePython parses what follows '{' (not '}'): a dict or set
// display, or a dict or set comprehension.
func (p *parser) parseBracePython(lbrace Position) Expr {
	var x Expr
	if p.tok == STARSTAR {
		x = p.parseDictItemPython()
	} else {
		x = p.parseStarOrTest()
	}
	if p.tok == COLON || isStarStar(x) {
		first := x
		if !isStarStar(x) {
			p.notStarred(x, "invalid syntax")
			colon := p.nextToken()
			v := p.parseTest()
			first = &DictEntry{Key: x, Colon: colon, Value: v}
		}
		if p.tok == FOR {
			p.notStarred(first, "dict unpacking cannot be used in dict comprehension")
			return p.parseComprehensionSuffix(lbrace, first, RBRACE)
		}
		entries := []Expr{first}
		for p.tok == COMMA {
			p.nextToken()
			if p.tok == RBRACE {
				break
			}
			entries = append(entries, p.parseDictItemPython())
		}
		rbrace := p.consume(RBRACE)
		return &DictExpr{Lbrace: lbrace, List: entries, Rbrace: rbrace}
	}
	if p.tok == FOR {
		p.notStarred(x, "iterable unpacking cannot be used in comprehension")
		return p.parseComprehensionSuffix(lbrace, x, RBRACE) // {x for ...}
	}
	elems := p.parseDisplayItems(x, RBRACE)
	rbrace := p.consume(RBRACE)
	return &SetExpr{Lbrace: lbrace, List: elems, Rbrace: rbrace}
}

func isStarStar(x Expr) bool {
	u, ok := x.(*UnaryExpr)
	return ok && u.Op == STARSTAR
}
