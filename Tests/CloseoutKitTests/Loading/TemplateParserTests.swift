import Testing

@testable import CloseoutKit

@Suite struct TemplateParserTests {
  @Test(arguments: [
    ("plain text", [TemplateParser.Piece.text("plain text")]),
    ("{{ a }}", [.expression(" a ", offset: 2)]),
    ("n = {{ n }}.", [.text("n = "), .expression(" n ", offset: 6), .text(".")]),
    ("{{a}}{{b}}", [.expression("a", offset: 2), .expression("b", offset: 7)]),
    ("{{ '}}' + x }}", [.expression(" '}}' + x ", offset: 2)]),
    ("{{ {'a': 1} }}", [.expression(" {'a': 1} ", offset: 2)]),
    ("{{ {'a': {'b': 1}} }}", [.expression(" {'a': {'b': 1}} ", offset: 2)]),
    ("é {{ x }}", [.text("é "), .expression(" x ", offset: 4)]),
    ("a } b { c", [.text("a } b { c")]),
  ])
  func splitsTemplates(template: String, expected: [TemplateParser.Piece]) throws {
    #expect(try TemplateParser.parse(template) == expected)
  }

  @Test(arguments: [
    ("see {{ x", TemplateParser.Problem(offset: 4, message: "'{{' is not closed by '}}'")),
    ("{{ 'x }}", TemplateParser.Problem(offset: 0, message: "'{{' is not closed by '}}'")),
    ("a {{  }} b", TemplateParser.Problem(offset: 2, message: "'{{ }}' holds no expression")),
  ])
  func reportsBadBraces(template: String, expected: TemplateParser.Problem) {
    #expect(throws: expected) { try TemplateParser.parse(template) }
  }
}
