import CEL
import Testing

@Suite("Source spans of nodes")
struct SpanTests {
  /// The text of every node, root first then children in source order.
  private func texts(_ source: String) throws -> [String] {
    let parsed = try Parser().parse(source)
    var found: [String] = []
    func visit(_ expr: Expr) {
      found.append(parsed.text(of: expr) ?? "?")
      if case .comprehension = expr.kind { return }
      for child in expr.children { visit(child) }
    }
    visit(parsed.root)
    return found
  }

  @Test func coversOperatorsAndTheirOperands() throws {
    #expect(try texts("a + b * c") == ["a + b * c", "a", "b * c", "b", "c"])
    #expect(try texts("!(x || y)") == ["!(x || y)", "(x || y)", "x", "y"])
    #expect(try texts("c ? 'yes' : 2") == ["c ? 'yes' : 2", "c", "'yes'", "2"])
  }

  @Test func keepsTheParenthesesOfAnOperand() throws {
    #expect(
      try texts("(size(a) + 2) * 3 > 0")
        == ["(size(a) + 2) * 3 > 0", "(size(a) + 2) * 3", "(size(a) + 2)", "size(a)", "a", "2", "3", "0"])
    #expect(try texts("((a))") == ["((a))"])
  }

  @Test func coversCallsSelectionsAndIndexes() throws {
    #expect(try texts("open.size() > 0") == ["open.size() > 0", "open.size()", "open", "0"])
    #expect(try texts("a.b[1]") == ["a.b[1]", "a.b", "a", "1"])
    #expect(try texts("f(x, [1, 2])") == ["f(x, [1, 2])", "x", "[1, 2]", "1", "2"])
  }

  @Test func coversMacroCalls() throws {
    #expect(try texts("tasks.exists(t, t.done)").first == "tasks.exists(t, t.done)")
    #expect(try texts("has(a.b) && a.b") == ["has(a.b) && a.b", "has(a.b)", "a", "a.b", "a"])
  }
}
