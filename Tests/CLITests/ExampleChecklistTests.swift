import Foundation
import Testing

/// Every example snapshot prints the checklist written beside it (`NAME.checklist.txt`): the
/// README's promise of what each example shows, kept true by the real binary.
@Suite struct ExampleChecklistTests {
  static let examples = CommandRunner.repository.appending(path: "examples")

  /// The example snapshots that have an expected checklist, by file name.
  static var cases: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
    return names.filter { $0.hasSuffix(".checklist.txt") }.sorted()
  }

  @Test func everyExampleHasAnExpectedChecklist() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path)
    let snapshots = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }
    #expect(snapshots.count >= 7)
    for snapshot in snapshots {
      let stem = snapshot.split(separator: ".").dropLast().joined(separator: ".")
      #expect(names.contains(stem + ".checklist.txt"), "\(snapshot) has no \(stem).checklist.txt")
    }
  }

  @Test(arguments: cases)
  func theCheckPrintsTheExpectedChecklist(_ expectedFile: String) throws {
    let expected = try String(contentsOf: Self.examples.appending(path: expectedFile), encoding: .utf8)
    let stem = String(expectedFile.dropLast(".checklist.txt".count))
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path)
    let snapshot = try #require(names.first { $0 == stem + ".yaml" || $0 == stem + ".json" })
    let output = try CommandRunner.run(["check", "--color", "never", "examples/" + snapshot])
    #expect(output.stdout == expected, "run `closeout check --color never examples/\(snapshot)` and compare")
  }
}
