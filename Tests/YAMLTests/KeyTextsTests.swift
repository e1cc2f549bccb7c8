import Testing

@testable import YAML

/// `NodeBuilder` with ready-made key texts: its trees must be the reader's usual ones.
private struct KeyTextNodeBuilder: YAMLTreeBuilder {
  var nodes = NodeBuilder()
  let keyTexts: KeyTexts?

  mutating func scalar(_ scalar: Scalar, info: NodeInfo) -> Node { nodes.scalar(scalar, info: info) }
  mutating func sequence(_ items: ArraySlice<Node>, info: NodeInfo) -> Node {
    nodes.sequence(items, info: info)
  }
  mutating func mapping(_ entries: MappingEntries<Node>, info: NodeInfo) -> Node {
    nodes.mapping(entries, info: info)
  }
  mutating func sequence(taking items: UnsafeMutableBufferPointer<Node>, info: NodeInfo) -> Node {
    nodes.sequence(taking: items, info: info)
  }
  mutating func mapping(taking entries: OwnedMappingEntries<Node>, info: NodeInfo) -> Node {
    nodes.mapping(taking: entries, info: info)
  }
}

/// Keys whose text a builder has ready are read exactly as other keys.
@Suite struct KeyTextsTests {
  static let table = KeyTexts(["id", "name", "título", "true", "null", "1", "a_rather_long_field_name", "id"])

  private func lookUp(_ text: String, hash: UInt64? = nil, isPlain: Bool = true) -> String? {
    Array(text.utf8).withUnsafeBufferPointer { bytes in
      Self.table.text(of: bytes, hash: hash ?? Scalar.fnv1a(bytes), isPlain: isPlain)
    }
  }

  private func read(_ text: String, keyTexts: KeyTexts? = table) throws(YAMLError) -> Node {
    var builder = KeyTextNodeBuilder(keyTexts: keyTexts)
    return try YAMLReader.compose(Array(text.utf8), file: testFile, into: &builder)
  }

  @Test func listedTextsAreFoundByTheirBytes() {
    #expect(lookUp("id") == "id")
    #expect(lookUp("título") == "título")
    #expect(lookUp("a_rather_long_field_name") == "a_rather_long_field_name")
    #expect(lookUp("ID") == nil)
    #expect(lookUp("i") == nil)
    #expect(lookUp("") == nil)
  }

  @Test func bytesCompareAtEveryLengthAndPosition() {
    let text = (0..<20).map { UInt8(97 + $0) }
    for count in 0...20 {
      for position in -1..<count {
        var other = text
        if position >= 0 { other[position] ^= 0x20 }
        let same = text.withUnsafeBytes { lhs in
          other.withUnsafeBytes { rhs in KeyTexts.equal(lhs.baseAddress!, rhs.baseAddress!, count: count) }
        }
        #expect(same == (position < 0), "length \(count), byte \(position)")
      }
    }
  }

  @Test func aSharedHashIsNotEnough() {
    // "nam" and "iD" given the hashes of listed texts of their own lengths and others.
    for (key, listed) in [("nam", "id"), ("naMe", "name"), ("iD", "id")] {
      let hash = Array(listed.utf8).withUnsafeBufferPointer(Scalar.fnv1a)
      #expect(lookUp(key, hash: hash) == nil, "\(key) taken for \(listed)")
    }
  }

  @Test func textsThatAreNotStringsWhenPlainAreOnlyUsedQuoted() {
    for text in ["true", "null", "1"] {
      #expect(lookUp(text, isPlain: true) == nil)
      #expect(lookUp(text, isPlain: false) == text)
    }
  }

  static let documents = [
    "id: 1\nname: x\nother: y\n",
    "título: a\ntitulo: b\n'id': 1\n\"name\": 2\n",
    "true: a\nnull: c\n1: e\nm: {'true': b, \"null\": d, '1': f}\n",
    "a_rather_long_field_name: 1\nnested: {id: [x, {name: y}]}\n",
    "? |\n  id\n: block\nid: plain\n",
    "&anchor id: 1\nname: *anchor\n",
    "!!str id: 1\n",
    #"{"id": 1, "name": "x", "título": null}"#,
  ]

  @Test(arguments: documents)
  func treesAreTheUsualOnes(source: String) throws {
    #expect(try read(source) == parse(source))
    #expect(try read(source, keyTexts: nil) == parse(source))
  }

  static let duplicates = [
    "id: 1\nname: x\nid: 2\n",
    "id: 1\n'id': 2\n",
    "título: 1\n\"título\": 2\n",
    "true: 1\nTrue: 2\n",
    "'true': 1\n\"true\": 2\n",
    "true: a\n'true': b\n",
    "null: c\n\"null\": d\n",
    "{id: 1, id: 2}",
    #"{"id": 1, "id": 2}"#,
    "name: x\n" + (0..<40).map { "k\($0): \($0)\n" }.joined() + "'name': y\n",
  ]

  @Test(arguments: duplicates)
  func duplicateKeysFailAlike(source: String) throws {
    let expected = try #require(readError(source))
    #expect(expected.kind == .duplicateKey)
    #expect(throws: expected) { try read(source) }
    do {
      _ = try read(source)
    } catch {
      #expect(error.rendered(source: source) == expected.rendered(source: source))
    }
  }
}
