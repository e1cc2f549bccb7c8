import Testing

@testable import CloseoutKit

@Suite struct JSONValueTests {
  @Test func rendersNestedDocumentsInKeyOrder() {
    let document = JSONValue.object([
      ("z", .int(1)), ("a", .array([.bool(true), .null, .string("x")])), ("e", .object([])),
      ("l", .array([])),
    ])
    #expect(
      document.rendered() == """
        {
          "z": 1,
          "a": [
            true,
            null,
            "x"
          ],
          "e": {},
          "l": []
        }
        """)
  }

  @Test(arguments: [
    ("plain", #""plain""#),
    ("quote \" and \\", #""quote \" and \\""#),
    ("line\nbreak\ttab\r", #""line\nbreak\ttab\r""#),
    ("\u{1B}[31m", #""\u001b[31m""#),
    ("\u{2028}", #""\u2028""#),
    ("é ✓", #""é ✓""#),
  ])
  func escapesStrings(input: String, expected: String) {
    #expect(JSONValue.quoted(input) == expected)
  }
}
