import CEL
import Testing

/// Deep or long input fails with an error instead of exhausting the stack.
@Suite struct LimitTests {
  static let recursionLimit = "expression recursion limit exceeded"

  func nested(_ count: Int, _ open: String, _ inner: String, _ close: String) -> String {
    String(repeating: open, count: count) + inner + String(repeating: close, count: count)
  }

  @Test func parenthesesUpToTheLimitParse() {
    #expect(render(nested(99, "(", "x", ")")) == "x")
    #expect(
      syntaxErrors(nested(100, "(", "x", ")")) == [
        CELSyntaxError(offset: 100, message: Self.recursionLimit)
      ])
  }

  @Test(arguments: [
    ("(", "x", ")"),
    ("[", "x", "]"),
    ("{1: ", "x", "}"),
    ("f(", "x", ")"),
    ("a[", "x", "]"),
    ("x.f(", "x", ")"),
    ("-(", "x", ")"),
    ("a ? b : ", "c", ""),
    ("[1].all(x, ", "x", ")"),
  ])
  func tenThousandLevelsFailCleanly(_ example: (open: String, inner: String, close: String)) {
    // Ten thousand levels, or as many as fit in the length limit.
    let count = min(10_000, 90_000 / example.open.unicodeScalars.count)
    let errors = syntaxErrors(nested(count, example.open, example.inner, example.close))
    #expect(errors.map(\.message) == [Self.recursionLimit])
  }

  @Test func longChainsOfOneOperatorAreLimitedByTreeHeight() {
    // 99 additions make a tree 100 nodes tall; the 100th addition is one too many.
    let allowed = "1" + String(repeating: " + 1", count: 99)
    #expect(syntaxErrors(allowed).isEmpty)
    #expect(
      syntaxErrors(allowed + " + 1") == [
        CELSyntaxError(offset: allowed.unicodeScalars.count + 1, message: Self.recursionLimit)
      ])
    for chain in [
      "a" + String(repeating: ".b", count: 10_000),
      "a" + String(repeating: "[0]", count: 10_000),
      "a" + String(repeating: ".f()", count: 10_000),
      "a" + String(repeating: " == a", count: 10_000),
      "a" + String(repeating: " * a", count: 10_000),
    ] {
      #expect(syntaxErrors(chain).map(\.message) == [Self.recursionLimit])
    }
  }

  @Test func longLogicalChainsAreBalancedSoTheyParse() {
    #expect(parsedRoot("a" + String(repeating: " || a", count: 10_000)) != nil)
    #expect(parsedRoot("a" + String(repeating: " && a", count: 10_000)) != nil)
  }

  @Test func tenThousandUnaryOperatorsCancelInPairs() {
    #expect(render(String(repeating: "-", count: 10_000) + "1") == "1")
    #expect(render(String(repeating: "-", count: 10_001) + "x") == "-_(x)")
    #expect(render(String(repeating: "!", count: 10_000) + "x") == "x")
  }

  @Test func theDepthLimitIsConfigurable() {
    let options = ParserOptions(maxDepth: 5)
    #expect(render("((((x))))", options: options) == "x")
    #expect(syntaxErrors("(((((x)))))", options: options).map(\.message) == [Self.recursionLimit])
    #expect(syntaxErrors("a.b.c.d.e", options: options).isEmpty)
    #expect(syntaxErrors("a.b.c.d.e.f", options: options).map(\.message) == [Self.recursionLimit])
  }

  /// The parser uses roughly 600 bytes of stack per level in debug builds; test threads have 512 KiB.
  @Test func fiveTimesTheDefaultDepthStillFitsATestThreadStack() {
    let options = ParserOptions(maxDepth: 501)
    #expect(render(nested(500, "(", "x", ")"), options: options) == "x")
  }

  @Test func theLengthIsLimited() {
    #expect(syntaxErrors(String(repeating: "a", count: 100_000)).isEmpty)
    #expect(
      syntaxErrors(String(repeating: "a", count: 100_001)) == [
        CELSyntaxError(offset: 0, message: "expression is too long: 100001 characters, the limit is 100000")
      ])
    #expect(
      syntaxErrors("'ééééé'", options: ParserOptions(maxLength: 6)) == [
        CELSyntaxError(offset: 0, message: "expression is too long: 7 characters, the limit is 6")
      ])
  }

  @Test func atMostAHundredErrorsAreReported() {
    let source = Array(repeating: #"'\q'"#, count: 500).joined(separator: " + ")
    #expect(syntaxErrors(source).count == 100)
  }
}
