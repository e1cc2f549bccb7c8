import CEL
import Foundation
import Testing

/// Every expression of the cel-spec conformance suite (as JSON in `../shared/conformance/cel`,
/// next to the package) parses. Skipped when that folder is absent, except on CI.
@Suite struct ConformanceParseTests {
  static let directory: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent()  // Syntax
    .deletingLastPathComponent()  // CELTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .appendingPathComponent("../shared/conformance/cel").standardizedFileURL

  static var isAvailable: Bool { FileManager.default.fileExists(atPath: directory.path) }
  static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

  struct File: Decodable {
    struct Section: Decodable {
      let name: String
      let tests: [Case]
    }
    struct Case: Decodable {
      struct Expectation: Decodable {
        let error: String?
      }
      let name: String
      let expr: String
      let disable_macros: Bool?
      let expect: Expectation
    }
    let sections: [Section]
  }

  @Test(
    .enabled(
      if: isAvailable || isCI,
      "the conformance data (../shared/conformance/cel) is absent; set CI to make this a failure"))
  func everyConformanceExpressionParses() throws {
    let urls = try FileManager.default.contentsOfDirectory(
      at: Self.directory, includingPropertiesForKeys: nil
    )
    .filter { $0.pathExtension == "json" }
    .sorted { $0.lastPathComponent < $1.lastPathComponent }
    try #require(!urls.isEmpty, "no conformance files in \(Self.directory.path)")
    var parsed = 0
    for url in urls {
      let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
      for section in file.sections {
        for test in section.tests {
          // A test that expects a parse error would not be expected to parse.
          if let error = test.expect.error, error.localizedCaseInsensitiveContains("syntax") { continue }
          let options = ParserOptions(expandsMacros: test.disable_macros != true)
          let errors = syntaxErrors(test.expr, options: options)
          #expect(
            errors.isEmpty,
            "\(url.lastPathComponent) \(section.name)/\(test.name): \(test.expr) → \(errors)")
          parsed += 1
        }
      }
    }
    #expect(parsed > 1_000)
  }
}
