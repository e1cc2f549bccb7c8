import Foundation
import Testing

@testable import CloseoutKit

/// What a `check` command line names, one snapshot at a time: files, directories walked for
/// snapshot files, NDJSON streams line by line.
@Suite struct SnapshotInputsTests {
  private func scratch(_ files: [String: String]) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    for (name, text) in files {
      let url = directory.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return directory.path
  }

  private func describe(_ inputs: SnapshotInputs, relativeTo root: String) -> [String] {
    inputs.map { input in
      switch input {
      case .file(let path): "file " + path.replacingOccurrences(of: root, with: "")
      case .line(let stream, let number, let bytes):
        "line \(stream.replacingOccurrences(of: root, with: "")):\(number) \(String(decoding: bytes, as: UTF8.self))"
      case .unusable(let name, let problem):
        "unusable \(name.replacingOccurrences(of: root, with: "")): \(problem.message)"
      }
    }
  }

  @Test func aDirectoryGivesItsSnapshotFilesAtAnyDepthInPathOrder() throws {
    let root = try scratch([
      "b.yaml": "", "a.json": "", "sub/c.yml": "", "notes.txt": "", "sub/deeper/d.YAML": "",
      "folder.json/e.yaml": "",
    ])
    #expect(
      describe(SnapshotInputs(arguments: [root, "x.yaml"]), relativeTo: root) == [
        // A directory named like a snapshot (`folder.json`) is walked, not read.
        "file /a.json", "file /b.yaml", "file /folder.json/e.yaml", "file /sub/c.yml",
        "file /sub/deeper/d.YAML",
        "file x.yaml",
      ])
  }

  @Test func aDirectoryWithoutSnapshotsIsOneUnusableInput() throws {
    let root = try scratch(["notes.txt": ""])
    #expect(
      describe(SnapshotInputs(arguments: [root]), relativeTo: root) == [
        "unusable : '\(root)' holds no snapshot file (*.yaml, *.yml, *.json, *.ndjson)"
      ])
  }

  @Test func anNDJSONStreamGivesOneInputPerNonBlankLine() throws {
    let root = try scratch(["s.ndjson": "{\"a\": 1}\n\n  \n{\"b\": 2}\r\n{\"c\": 3}", "plain.json": "{}"])
    #expect(
      describe(SnapshotInputs(arguments: [root + "/s.ndjson", root + "/plain.json"]), relativeTo: root) == [
        "line /s.ndjson:1 {\"a\": 1}", "line /s.ndjson:4 {\"b\": 2}", "line /s.ndjson:5 {\"c\": 3}",
        "file /plain.json",
      ])
    // With `ndjson`, every file is a stream.
    #expect(
      describe(SnapshotInputs(arguments: [root + "/plain.json"], ndjson: true), relativeTo: root) == [
        "line /plain.json:1 {}"
      ])
  }

  @Test func aLineOverTheLimitIsSkippedWithoutKeepingIt() throws {
    let root = try scratch(["s.ndjson": "{}\n" + String(repeating: "x", count: 100) + "\n{\"after\": 1}\n"])
    let handle = try #require(FileHandle(forReadingAtPath: root + "/s.ndjson"))
    var lines = NDJSONLines(handle, limit: 20)
    var seen: [String] = []
    while let line = lines.next() {
      switch line {
      case .text(let number, let bytes): seen.append("\(number): \(String(decoding: bytes, as: UTF8.self))")
      case .tooLong(let number): seen.append("\(number): too long")
      case .unreadable(let number): seen.append("\(number): unreadable")
      }
    }
    #expect(seen == ["1: {}", "2: too long", "3: {\"after\": 1}"])
  }
}
