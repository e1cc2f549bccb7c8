import Testing

@testable import YAML

/// Records which of its two scalar methods the reader calls, for a builder that builds scalars
/// from resolved values.
private struct ResolvedRecorder: YAMLTreeBuilder {
  static var buildsScalarsFromResolvedValues: Bool { true }
  static var needsTextOfTypedScalars: Bool { false }
  static var recordsBlockLayouts: Bool { false }

  /// Each scalar value in document order, with `true` when it came through `scalar(resolved:)`.
  var values: [(resolved: ResolvedScalar, fromResolved: Bool)] = []
  /// The keys of every mapping, as texts with their marks.
  var keys: [(text: String, mark: Mark)] = []

  mutating func scalar(_ scalar: Scalar, info: NodeInfo) -> ResolvedScalar {
    values.append((scalar.resolved, false))
    return scalar.resolved
  }

  mutating func scalar(resolved: ResolvedScalar) -> ResolvedScalar {
    values.append((resolved, true))
    return resolved
  }

  mutating func sequence(_ items: ArraySlice<ResolvedScalar>, info: NodeInfo) -> ResolvedScalar { .null }

  mutating func mapping(_ entries: MappingEntries<ResolvedScalar>, info: NodeInfo) -> ResolvedScalar {
    keys += entries.keys.map { ($0.scalar.text, $0.info.mark) }
    return .null
  }
}

@Suite struct ResolvedScalarBuilderTests {
  private func read(_ text: String) throws -> ResolvedRecorder {
    var builder = ResolvedRecorder()
    _ = try YAMLReader.compose(Array(text.utf8), file: testFile, into: &builder)
    return builder
  }

  private func readError(_ text: String) -> YAMLError? {
    var builder = ResolvedRecorder()
    do {
      _ = try YAMLReader.compose(Array(text.utf8), file: testFile, into: &builder)
      return nil
    } catch {
      return error
    }
  }

  @Test func scalarsWithoutPropertiesComeAsResolvedValues() throws {
    let builder = try read("a: 0x1F\nb: ~\nc: [True, 1.5e3]\nd: 'x'\ne: |\n  line\nf: >-\n  folded\n  text\n")
    #expect(
      builder.values.map(\.resolved) == [
        .int(31), .null, .bool(true), .double(1500), .string("x"), .string("line\n"), .string("folded text"),
      ])
    #expect(builder.values.map(\.fromResolved) == Array(repeating: true, count: 7))
  }

  @Test func taggedAndAnchoredScalarsAndAliasesKeepTheFullPath() throws {
    let builder = try read("a: !!str 1\nb: &n 12\nc: *n\nd: !!int '8'\ne: 2\n")
    #expect(builder.values.map(\.resolved) == [.string("1"), .int(12), .int(12), .int(8), .int(2)])
    #expect(builder.values.map(\.fromResolved) == [false, false, false, false, true])
  }

  @Test func aliasesReplayAnchoredScalarsAsKeysWithTheAliasMark() throws {
    let builder = try read("a: &k name\n*k : 7\n'q': 1\n")
    #expect(builder.keys.map(\.text) == ["a", "name", "q"])
    #expect(builder.keys.map(\.mark.description) == ["1:1", "2:1", "3:1"])
    #expect(builder.values.map(\.resolved) == [.string("name"), .int(7), .int(1)])
  }

  @Test func keysKeepTheirTextAndMarks() throws {
    let builder = try read("top:\n  1: a\n  ~: b\n  \"x y\": c\n  ? |\n    block\n  : d\n")
    #expect(builder.keys.map(\.text) == ["1", "~", "x y", "block\n", "top"])
    #expect(builder.keys.map(\.mark.description) == ["2:3", "3:3", "4:3", "5:5", "1:1"])
  }

  @Test(arguments: [
    ("a: 1\nb: 2\n\"a\": 3\n", "duplicate key 'a' (first defined at line 1, column 1)", "3:1"),
    ("x: 1\n0x1F: 2\n31: 3\n", "duplicate key '31' (first defined at line 2, column 1)", "3:1"),
    ("a: &k v\nb: 1\n*k : 2\nv: 3\n", "duplicate key 'v' (first defined at line 3, column 1)", "4:1"),
    ("a: 1\n!!str 1: 2\n'1': 3\n", "duplicate key '1' (first defined at line 2, column 1)", "3:1"),
    ("{\"a\": 1, \"b\": 2, \"a\": 3}", "duplicate key 'a' (first defined at line 1, column 2)", "1:18"),
  ])
  func duplicateKeysAreReportedAtBothPlaces(source: String, message: String, at mark: String) throws {
    let error = try #require(readError(source), "\(source)")
    #expect(error.kind == .duplicateKey)
    #expect(error.message == message)
    #expect(error.mark.description == mark)
  }

  @Test func manyDistinctKeysAreNotDuplicates() throws {
    // Enough keys that their hash summary bits collide, below and above the index threshold.
    for count in [20, 31, 32, 33, 70] {
      let source = (0..<count).map { "k\($0): \($0)\n" }.joined()
      #expect(try read(source).keys.count == count)
      let error = try #require(readError(source + "k\(count / 2): again\n"))
      #expect(
        error.message == "duplicate key 'k\(count / 2)' (first defined at line \(count / 2 + 1), column 1)")
    }
  }

  @Test func jsonValuesReadTheSame() throws {
    let builder = try read("{\"a\": [1, 2.5, true, null, \"s\"], \"b\": {\"c\": \"d\"}}")
    #expect(
      builder.values.map(\.resolved) == [
        .int(1), .double(2.5), .bool(true), .null, .string("s"), .string("d"),
      ])
    #expect(builder.keys.map(\.text) == ["c", "a", "b"])
  }

  @Test func theDefaultResolvedMethodBuildsThroughTheFullOne() throws {
    struct Forwarding: YAMLTreeBuilder {
      static var buildsScalarsFromResolvedValues: Bool { true }
      var texts: [String] = []
      mutating func scalar(_ scalar: Scalar, info: NodeInfo) -> Int {
        texts.append(scalar.text)
        return 0
      }
      func sequence(_ items: ArraySlice<Int>, info: NodeInfo) -> Int { 0 }
      func mapping(_ entries: MappingEntries<Int>, info: NodeInfo) -> Int { 0 }
    }
    var builder = Forwarding()
    _ = try YAMLReader.compose(Array(#"["word", 12, "q"]"#.utf8), file: testFile, into: &builder)
    _ = try YAMLReader.compose(Array("- word\n- 12\n- 'q'\n".utf8), file: testFile, into: &builder)
    #expect(builder.texts == ["word", "12", "q", "word", "", "q"])
  }
}
