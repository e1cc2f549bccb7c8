import CEL
import Foundation

/// Reads the conformance suite's JSON files (format: the suite's README).
public enum ConformanceLoader {
  /// The tests of one file.
  public static func load(file url: URL) throws -> [ConformanceTest] {
    let data = try Data(contentsOf: url)
    guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw LoadError("\(url.lastPathComponent): not a JSON object")
    }
    let stem = (root["file"] as? String) ?? url.deletingPathExtension().lastPathComponent
    var tests: [ConformanceTest] = []
    for section in (root["sections"] as? [[String: Any]]) ?? [] {
      let sectionName = (section["name"] as? String) ?? ""
      for test in (section["tests"] as? [[String: Any]]) ?? [] {
        tests.append(try decodeTest(test, file: stem, section: sectionName))
      }
    }
    return tests
  }

  /// The `*.json` files of a directory, sorted by name.
  public static func files(in directory: URL) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "json" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }

  private static func decodeTest(_ json: [String: Any], file: String, section: String) throws
    -> ConformanceTest
  {
    var variables: [(name: String, type: CELType)] = []
    var declaresFunctions = false
    for declaration in (json["type_env"] as? [[String: Any]]) ?? [] {
      guard let name = declaration["name"] as? String else { continue }
      if (declaration["kind"] as? String) == "function" {
        declaresFunctions = true
      } else {
        variables.append((name, TypeText.parse((declaration["type"] as? String) ?? "dyn")))
      }
    }
    var bindings: [(name: String, value: Value)] = []
    // A binding this runner cannot build (a protobuf message) skips its test, not the whole run.
    var unsupportedBinding: String?
    for (name, value) in (json["bindings"] as? [String: Any]) ?? [:] {
      do {
        bindings.append((name, try TypedValue.decode(value)))
      } catch {
        unsupportedBinding = "binding '\(name)': \(error)"
      }
    }
    return ConformanceTest(
      file: file, section: section, name: (json["name"] as? String) ?? "",
      expression: (json["expr"] as? String) ?? "",
      disableCheck: (json["disable_check"] as? Bool) ?? false,
      checkOnly: (json["check_only"] as? Bool) ?? false,
      needsProto: (json["needs_proto"] as? Bool) ?? false,
      protoReasons: (json["needs_proto_reasons"] as? [String]) ?? [],
      variables: variables, declaresFunctions: declaresFunctions,
      bindings: bindings.sorted { $0.name < $1.name },
      expectation: try unsupportedBinding.map { .unsupported($0) }
        ?? decodeExpectation((json["expect"] as? [String: Any]) ?? [:]))
  }

  private static func decodeExpectation(_ json: [String: Any]) throws -> ConformanceTest.Expectation {
    if let value = json["value"] {
      do {
        return .value(try TypedValue.decode(value))
      } catch {
        return .unsupported("expected value: \(error)")
      }
    }
    if let message = json["error"] as? String { return .error(message) }
    if let messages = json["errors"] as? [String] { return .error(messages.joined(separator: "; ")) }
    if json["deduced_type"] != nil { return .unsupported("deduced type only (no checker)") }
    return .unsupported("expectation \(json.keys.sorted())")
  }

  /// A malformed file.
  public struct LoadError: Error, CustomStringConvertible {
    /// What is wrong.
    public var description: String
    init(_ description: String) { self.description = description }
  }
}
