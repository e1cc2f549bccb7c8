import Foundation
@testable import YAML

/// Reads bytes as a YAML document and renders the error when there is one.
enum YAMLFuzz {
  static func run(_ bytes: [UInt8]) {
    do {
      _ = try YAMLReader.parse(bytes, file: "fuzz.yaml")
    } catch {
      _ = error.rendered(source: String(decoding: bytes, as: UTF8.self))
    }
  }
}

/// Reads bytes through the JSON fast path and, when libyaml reads them too, requires the same tree.
///
/// The fast path promises the tree, marks and errors libyaml would give; it also reads some JSON
/// that libyaml 0.2.5 rejects, so only inputs both read are compared.
enum JSONFuzz {
  static func run(_ bytes: [UInt8]) {
    let fast: Result<Node, YAMLError>
    do {
      fast = .success(try YAMLReader.parse(bytes, file: "fuzz.json"))
    } catch {
      _ = error.rendered(source: String(decoding: bytes, as: UTF8.self))
      fast = .failure(error)
    }
    guard case .success(let a) = fast, let b = try? libYAMLTree(bytes) else { return }
    if a != b {
      FileHandle.standardError.write(Data("JSON fast path: \(a)\nlibyaml:        \(b)\n".utf8))
      preconditionFailure("the JSON fast path and libyaml read different trees")
    }
  }

  /// The tree libyaml reads from `bytes` when they look like JSON, else nil.
  static func libYAMLTree(_ bytes: [UInt8]) throws(YAMLError) -> Node? {
    try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) -> Node? in
      let input = try Input(UnsafeRawBufferPointer(buffer), file: "fuzz.json", limits: .default)
      guard input.looksLikeJSON else { return nil }
      var builder = NodeBuilder()
      return try YAMLReader.composeWithLibYAML(input, file: "fuzz.json", limits: .default, into: &builder)
    }
  }
}
