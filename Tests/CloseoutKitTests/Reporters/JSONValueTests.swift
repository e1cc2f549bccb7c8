import CEL
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

@Suite struct TypedValueJSONTests {
  @Test(arguments: [
    (Value.int(-3), #"{"int":"-3"}"#),
    (.uint(3), #"{"uint":"3"}"#),
    (.double(2.5), #"{"double":2.5}"#),
    (.double(.nan), #"{"double":"NaN"}"#),
    (.double(-.infinity), #"{"double":"-Infinity"}"#),
    (.bytes([0, 255, 104, 105]), #"{"bytes_b64":"AP9oaQ=="}"#),
    (.bytes(Array("ab".utf8)), #"{"bytes_b64":"YWI="}"#),
    (.null, #"{"null":true}"#),
    (.list([.string("a")]), #"{"list":[{"string":"a"}]}"#),
  ])
  func writesOneTagPerValue(value: Value, expected: String) {
    let compact = TypedValueJSON.render(value).filter { !$0.isWhitespace }
    #expect(compact == expected)
  }
}
