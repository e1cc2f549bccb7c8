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

  @Test func writesADocumentOnOneLine() {
    let document = JSONValue.object([
      ("z", .int(1)), ("a", .array([.bool(true), .null, .string("x\ny")])), ("e", .object([])),
      ("l", .array([])),
    ])
    #expect(document.line() == #"{"z":1,"a":[true,null,"x\ny"],"e":{},"l":[]}"#)
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

@Suite struct JSONStringEscapeTests {
  @Test(arguments: [
    ("\"\u{301}", "\"\\\"\u{301}\""),
    ("a\u{85}b\u{9F}", #""a\u0085b\u009f""#),
    ("\u{A0}©«", "\"\u{A0}©«\""),
    ("— → ✓ \u{2029}x", #""— → ✓ \u2029x""#),
    ("\u{7F}\u{0}", #""\u007f\u0000""#),
    ("tail\\", #""tail\\""#),
  ])
  func escapesOnlyWhatJSONAndTheTerminalNeed(input: String, expected: String) {
    #expect(JSONValue.quoted(input) == expected)
  }

  @Test func agreesWithEscapingScalarByScalar() {
    let pieces = [
      "a", "é", "\u{301}", "\"", "\\", "\n", "\r", "\t", "\u{1B}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}",
      "\u{2027}", "\u{2028}", "\u{2029}", "\u{202A}", "—", "✓", "😀", "\r\n", "日本",
    ]
    for _ in 0..<2000 {
      let text = (0..<Int.random(in: 0...8)).map { _ in pieces[Int.random(in: pieces.indices)] }.joined()
      #expect(JSONValue.quoted(text) == Self.reference(text), "\(Array(text.unicodeScalars))")
    }
  }

  /// The escaping as a walk over scalars, the plain definition the fast path must match.
  private static func reference(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _
      where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
        || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
