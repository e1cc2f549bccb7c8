import CEL
import Testing

@Suite struct PrecedenceTests {
  @Test(arguments: [
    // Multiplicative binds tighter than additive, both left-associative.
    ("a + b * c", "_+_(a, _*_(b, c))"),
    ("a * b + c", "_+_(_*_(a, b), c)"),
    ("a - b - c", "_-_(_-_(a, b), c)"),
    ("a / b % c * d", "_*_(_%_(_/_(a, b), c), d)"),
    ("(a + b) * c", "_*_(_+_(a, b), c)"),
    ("1 -1", "_-_(1, 1)"),
    ("a - -b", "_-_(a, -_(b))"),
    ("1 + -2 * 3", "_+_(1, _*_(-2, 3))"),
    // Relations sit below arithmetic and chain to the left.
    ("a + b == c * d", "_==_(_+_(a, b), _*_(c, d))"),
    ("a < b == c", "_==_(_<_(a, b), c)"),
    ("a == b != c", "_!=_(_==_(a, b), c)"),
    ("a <= b >= c > d", "_>_(_>=_(_<=_(a, b), c), d)"),
    ("a in b == c", "_==_(@in(a, b), c)"),
    ("a in [1, 2]", "@in(a, [1, 2])"),
    // Logical operators sit below relations; && binds tighter than ||.
    ("a && b == c", "_&&_(a, _==_(b, c))"),
    ("a || b && c", "_||_(a, _&&_(b, c))"),
    ("a && b || c && d", "_||_(_&&_(a, b), _&&_(c, d))"),
    ("x < 1 || x > 2 && y", "_||_(_<_(x, 1), _&&_(_>_(x, 2), y))"),
    // Chains of the same logical operator are balanced, as in cel-go.
    ("a || b || c", "_||_(_||_(a, b), c)"),
    ("a && b && c && d", "_&&_(_&&_(a, b), _&&_(c, d))"),
    ("a || b || c || d || e", "_||_(_||_(_||_(a, b), c), _||_(d, e))"),
    // The conditional is lowest and right-associative.
    ("a ? b : c", "_?_:_(a, b, c)"),
    ("a ? b : c ? d : e", "_?_:_(a, b, _?_:_(c, d, e))"),
    ("a || b ? c : d", "_?_:_(_||_(a, b), c, d)"),
    ("a ? b : c || d", "_?_:_(a, b, _||_(c, d))"),
    ("a ? (b ? c : d) : e", "_?_:_(a, _?_:_(b, c, d), e)"),
    // Unary operators bind tighter than binary ones and looser than member access.
    ("!a && b", "_&&_(!_(a), b)"),
    ("-a * b", "_*_(-_(a), b)"),
    ("-a.b", "-_(a.b)"),
    ("!a.f()", "!_(a.f())"),
    ("-a[0]", "-_(_[_](a, 0))"),
    ("-x + 1", "_+_(-_(x), 1)"),
    ("-(1)", "-_(1)"),
    // Repeated unary operators cancel in pairs, as in cel-go.
    ("!!a", "a"),
    ("!!!a", "!_(a)"),
    ("--a", "a"),
    ("---a", "-_(a)"),
    ("--1", "1"),
    ("---1", "-_(1)"),
    // A single minus before a number is part of the literal.
    ("-1", "-1"),
    ("-1.5", "-1.5"),
    ("- 1", "-1"),
    ("-2.abs()", "-2.abs()"),
    ("-1u", "-_(1u)"),
    ("a - -1", "_-_(a, -1)"),
  ])
  func precedence(_ example: (source: String, tree: String)) {
    #expect(render(example.source) == example.tree)
  }
}
