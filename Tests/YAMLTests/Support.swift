@testable import YAML

/// The file name every test input is read as.
let testFile = "test.yaml"

/// Reads `text` as the reader's callers do.
func parse(_ text: String, limits: Limits = .default) throws(YAMLError) -> Node {
  try YAMLReader.parse(text, file: testFile, limits: limits)
}

/// Reads `bytes` as the reader's callers do.
func parse(bytes: [UInt8], limits: Limits = .default) throws(YAMLError) -> Node {
  try YAMLReader.parse(bytes, file: testFile, limits: limits)
}

/// The error reading `text` throws, or `nil` if it reads.
func readError(_ text: String, limits: Limits = .default) -> YAMLError? {
  do {
    _ = try parse(text, limits: limits)
    return nil
  } catch {
    return error
  }
}

/// The error reading `bytes` throws, or `nil` if they read.
func readError(bytes: [UInt8], limits: Limits = .default) -> YAMLError? {
  do {
    _ = try parse(bytes: bytes, limits: limits)
    return nil
  } catch {
    return error
  }
}

/// Reads `text` with libyaml only, bypassing the JSON fast path.
func parseWithLibYAML(_ text: String) throws(YAMLError) -> Node {
  let input = try Input(Array(text.utf8), file: testFile, limits: .default)
  var builder = NodeBuilder()
  return try YAMLReader.composeWithLibYAML(input, file: testFile, limits: .default, into: &builder)
}

/// Reads `text` with the JSON fast path only; `nil` when the fast path gives up.
func parseWithJSONReader(_ text: String) throws(YAMLError) -> Node? {
  let input = try Input(Array(text.utf8), file: testFile, limits: .default)
  var reader = JSONReader(input)
  var composer = Composer(builder: NodeBuilder(), file: testFile, limits: .default)
  return try reader.read(into: &composer)
}

/// A mark written as `line:column@offset`, for compact tables.
func mark(_ line: Int, _ column: Int, _ offset: Int) -> Mark {
  Mark(line: line, column: column, offset: offset)
}

extension Node {
  /// The node at a path of mapping keys and sequence indexes, e.g. `["tasks", 1, "id"]`.
  subscript(path path: [PathStep]) -> Node? {
    var node: Node? = self
    for step in path {
      switch step {
      case .key(let key): node = node?[key]
      case .index(let index): node = node?[index]
      }
    }
    return node
  }
}

/// One step of a path into a node tree.
enum PathStep: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, Sendable {
  case key(String)
  case index(Int)

  init(stringLiteral value: String) { self = .key(value) }
  init(integerLiteral value: Int) { self = .index(value) }
}

/// The offset, in Unicode scalars, of the first occurrence of `needle` in `text`.
func scalarOffset(of needle: String, in text: String) -> Int? {
  let haystack = Array(text.unicodeScalars)
  let pattern = Array(needle.unicodeScalars)
  guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
  return (0...(haystack.count - pattern.count)).first { start in
    haystack[start..<start + pattern.count].elementsEqual(pattern)
  }
}
