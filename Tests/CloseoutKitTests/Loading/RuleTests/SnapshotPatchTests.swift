import CEL
import Testing
import YAML

@testable import CloseoutKit

/// `patch:` replaces, adds and appends values at dotted paths.
@Suite struct SnapshotPatchTests {
  /// `base` (YAML) with `patches` (YAML mapping of paths to values) applied, as a CEL literal or an error.
  private func patched(_ base: String, _ patches: String) throws -> String {
    var root = try YAMLReader.parse(base, file: "base.yaml")
    let pairs = try #require(try YAMLReader.parse(patches, file: "t.yaml").mapping)
    for pair in pairs {
      let path = try #require(pair.key.scalar?.text)
      let patch = SnapshotPatch(
        path: Located(path, at: SourceLocation(file: "t.yaml", line: 1, column: 1)),
        segments: try #require(SnapshotPatch.segments(of: path)), value: pair.value)
      switch patch.apply(to: root) {
      case .success(let node): root = node
      case .failure(let error): return "error: \(error.message)"
      }
    }
    var builder = SnapshotValueBuilder()
    return try PatchedSnapshot.replay(root, into: &builder).debugText
  }

  @Test(arguments: [
    ("{a: 1}", "{a: 2}", "{'a': 2}"),
    ("{a: 1}", "{b: x}", "{'a': 1, 'b': 'x'}"),
    ("{a: {b: 1}}", "{a.b: null}", "{'a': {'b': null}}"),
    ("{a: {b: 1}}", "{a.c.d: true}", "{'a': {'b': 1, 'c': {'d': true}}}"),
    ("{a: null}", "{a.b: 1}", "{'a': {'b': 1}}"),
    ("{l: [{s: open}, {s: open}]}", "{l.1.s: done}", "{'l': [{'s': 'open'}, {'s': 'done'}]}"),
    ("{l: [1]}", "{l.1: 2}", "{'l': [1, 2]}"),
    ("{l: [1]}", "{l: [3, 4]}", "{'l': [3, 4]}"),
    ("{a: 1}", "{a: 2, b: 3}", "{'a': 2, 'b': 3}"),
    ("{l: [1]}", "{l.2: 2}", "error: index 2 is out of range: 'l' has 1 item"),
    ("{l: [1]}", "{l.x: 2}", "error: 'l' is a list, so 'x' must be an index such as 0"),
    ("{a: text}", "{a.b: 2}", "error: 'a' is the scalar 'text', which has no 'b'"),
  ])
  func patches(base: String, patches: String, expected: String) throws {
    #expect(try patched(base, patches) == expected)
  }

  @Test func emptyPartsAreRejected() {
    #expect(SnapshotPatch.segments(of: "a.b") == ["a", "b"])
    #expect(SnapshotPatch.segments(of: "a..b") == nil)
    #expect(SnapshotPatch.segments(of: ".a") == nil)
    #expect(SnapshotPatch.segments(of: "") == nil)
  }

  @Test func aPatchedCaseSeesThePatchedSnapshot() throws {
    let results = try RuleTestSupport.run(
      """
      snapshot: snapshots/s.yaml
      cases:
        - {name: open, fires: [open-tasks]}
        - {name: done, patch: {tasks.0.status: done}, silent: [open-tasks]}
        - {name: added, patch: {tasks.1: {title: Notes, status: open}}, messages: {open-tasks: "2 open: Export, Notes"}}
        - {name: thanked, patch: {messages: []}, silent: [say-thanks]}
      """)
    #expect(results.map(\.passed) == [true, true, true, true])
  }
}
