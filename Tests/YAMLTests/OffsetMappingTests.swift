import Testing

@testable import YAML

/// Mapping a character offset inside a scalar back to its position in the file.
@Suite struct OffsetMappingTests {
  /// The node for `key` in `source`, and the offset of `needle` in its text.
  func locate(_ needle: String, in key: String, of source: String) throws -> (Node, Int) {
    let node = try #require(try parse(source)[key])
    let text = try #require(node.scalar?.text)
    return (node, try #require(scalarOffset(of: needle, in: text)))
  }

  static let exact: [(String, Mark)] = [
    ("when: tasks.fliter(t, x)\n", mark(1, 13, 12)),
    ("when: !!str tasks.fliter(t, x)\n", mark(1, 19, 18)),
    ("when: &w tasks.fliter(t, x)\n", mark(1, 16, 15)),
    ("when: é.fliter(t, x)\n", mark(1, 9, 8)),
    ("when: 'a == ''x'' && b.fliter()'\n", mark(1, 24, 23)),
    ("when: \"name == \\\"x\\\" && b.fliter()\"\n", mark(1, 27, 26)),
    ("when: \"a \\\\ b.fliter()\"\n", mark(1, 15, 14)),
    ("{\"when\": \"tasks.fliter(t)\"}", mark(1, 17, 16)),
    ("rule:\n  when: |\n    tasks.all(t,\n      t.fliter(x))\n", mark(4, 9, 41)),
    ("rule:\r\n  when: |\r\n    tasks.all(t,\r\n      t.fliter(x))\r\n", mark(4, 9, 44)),
    ("when: |2\n\n    t.fliter(x)\n", mark(3, 7, 16)),
    ("when: |-\n  a\n\n  b.fliter\n", mark(4, 5, 18)),
    ("- x\n- when: |\n    é\n    b.fliter\n", mark(4, 7, 26)),
    ("when: >\n  tasks.fliter(t)\n", mark(2, 9, 16)),
  ]

  @Test(arguments: exact)
  func exactPositions(source: String, expected: Mark) throws {
    let root = try parse(source)
    let node = try #require(root["when"] ?? root[path: ["rule", "when"]] ?? root[path: [1, "when"]])
    let text = try #require(node.scalar?.text)
    let offset = try #require(scalarOffset(of: "fliter", in: text))
    #expect(node.mark(ofCharacterOffset: offset) == expected, "\(source)")
  }

  @Test func unknownEscapesFallBackToTheScalarsStart() throws {
    let (node, offset) = try locate("fliter", in: "when", of: "when: \"a\\tb.fliter()\"\n")
    #expect(node.mark(ofCharacterOffset: offset) == mark(1, 7, 6))
  }

  @Test func multiLineFlowScalarsMapLineByLine() throws {
    let (plain, plainOffset) = try locate("fliter", in: "when", of: "when: a &&\n  b.fliter()\n")
    #expect(plain.mark(ofCharacterOffset: plainOffset) == mark(2, 5, 15))
    let (quoted, quotedOffset) = try locate("fliter", in: "when", of: "when: 'a &&\n  b.fliter()'\n")
    #expect(quoted.mark(ofCharacterOffset: quotedOffset) == mark(2, 5, 16))
    // Trailing spaces and an empty line: "Hi there\ncan we talk about PayPal?".
    let source = "text: \"Hi there   \n\n    can we talk\n    about PayPal?\"\nnext: x\n"
    let (text, offset) = try locate("PayPal", in: "text", of: source)
    #expect(text.scalar?.text == "Hi there\ncan we talk about PayPal?")
    #expect(text.mark(ofCharacterOffset: offset) == mark(4, 11, 46))
    #expect(text.mark(ofCharacterOffset: 0) == mark(1, 8, 7))
  }

  @Test func multiLineScalarsWithEscapesOrPropertiesFallBackToTheirStart() throws {
    let (escaped, escapedOffset) = try locate("fliter", in: "when", of: "when: \"a \\\" &&\n  b.fliter()\"\n")
    #expect(escaped.mark(ofCharacterOffset: escapedOffset) == mark(1, 7, 6))
    let (tagged, taggedOffset) = try locate("fliter", in: "when", of: "when: !!str a &&\n  b.fliter()\n")
    #expect(tagged.mark(ofCharacterOffset: taggedOffset) == mark(1, 7, 6))
  }

  @Test func foldedScalarsMapLineByLine() throws {
    let source = "when: >\n  a &&\n  b.fliter()\n"
    let (node, offset) = try locate("b.", in: "when", of: source)
    // The text is "a && b.fliter()\n": the fold became a space, placed at the end of line 2.
    #expect(node.mark(ofCharacterOffset: 0) == mark(2, 3, 10))
    #expect(node.mark(ofCharacterOffset: 4) == mark(2, 7, 14))
    #expect(node.mark(ofCharacterOffset: offset) == mark(3, 3, 17))
    let (_, word) = try locate("fliter", in: "when", of: source)
    #expect(node.mark(ofCharacterOffset: word) == mark(3, 5, 19))
  }

  @Test func foldedScalarsKeepEmptyAndMoreIndentedLines() throws {
    // Text: "one two\nthree\n  four\nfive": an empty line is a line feed of its own, and a
    // more-indented line keeps the breaks around it.
    let source = "x: >-\n  one\n  two\n\n  three\n    four\n  five\n"
    let node = try #require(try parse(source)["x"])
    let text = try #require(node.scalar?.text)
    #expect(text == "one two\nthree\n  four\nfive")
    for (needle, expected) in [
      ("two", mark(3, 3, 14)), ("three", mark(5, 3, 21)), ("four", mark(6, 5, 31)), ("five", mark(7, 3, 38)),
    ] {
      let offset = try #require(scalarOffset(of: needle, in: text))
      #expect(node.mark(ofCharacterOffset: offset) == expected, "\(needle)")
    }
  }

  @Test func foldedScalarsInNestedMappingsMapLineByLine() throws {
    let source =
      "messages:\n  - text: >-\n      Can we talk? Also, to save the fees, could I pay the\n      rest via PayPal?\n    from: client\n"
    let node = try #require(try parse(source)[path: ["messages", 0, "text"]])
    let text = try #require(node.scalar?.text)
    let offset = try #require(scalarOffset(of: "PayPal", in: text))
    #expect(node.mark(ofCharacterOffset: offset) == mark(4, 16, 97))
  }

  @Test func offsetsAreClamped() throws {
    let node = try #require(try parse("when: abc\n")["when"])
    #expect(node.mark(ofCharacterOffset: -5) == mark(1, 7, 6))
    #expect(node.mark(ofCharacterOffset: 99) == mark(1, 10, 9))
  }

  @Test func collectionsMapToTheirStart() throws {
    let node = try #require(try parse("a: [1, 2]\n")["a"])
    #expect(node.mark(ofCharacterOffset: 3) == mark(1, 4, 3))
  }

  @Test func blankBlockScalarsHaveNoLayout() throws {
    let node = try #require(try parse("a: |\n\nb: 1\n")["a"])
    #expect(node.scalar?.blockIndentation == nil)
    #expect(node.mark(ofCharacterOffset: 0) == node.mark)
  }
}
