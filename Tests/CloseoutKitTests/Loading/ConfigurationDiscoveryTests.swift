import Foundation
import Testing

@testable import CloseoutKit

@Suite struct ConfigurationDiscoveryTests {
  /// A new temporary folder with `files` (path → text) in it.
  private func folder(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appending(path: "closeout-config-\(UUID().uuidString)")
    for (name, text) in files {
      let url = root.appending(path: name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return root
  }

  @Test func theFileInTheDirectoryItselfIsFound() throws {
    let root = try folder([".closeout.yaml": "", "a/b/keep": ""])
    #expect(ConfigurationLoader.discover(from: root.path) == ".closeout.yaml")
  }

  @Test func theNearestAncestorWins() throws {
    let root = try folder([".closeout.yaml": "", "a/.closeout.yaml": "", "a/b/c/keep": ""])
    #expect(ConfigurationLoader.discover(from: root.appending(path: "a/b/c").path) == "../../.closeout.yaml")
    #expect(ConfigurationLoader.discover(from: root.appending(path: "a/b").path) == "../.closeout.yaml")
  }

  @Test func aFolderNamedLikeTheFileIsNotAConfiguration() throws {
    let root = try folder(["a/.closeout.yaml/keep": "", ".closeout.yaml": ""])
    #expect(ConfigurationLoader.discover(from: root.appending(path: "a").path) == "../.closeout.yaml")
  }

  @Test func directoriesAreResolvedAgainstTheFilesFolderAndMustExist() throws {
    let root = try folder([
      "team/.closeout.yaml": "rules:\n  - team-rules\n  - missing\n", "team/team-rules/r.yaml": "",
    ])
    let path = root.appending(path: "team/.closeout.yaml").path
    do {
      _ = try ConfigurationLoader.load(path: path)
      Issue.record("a missing rule directory must be an error")
    } catch {
      let base = root.appending(path: "team").path
      #expect(
        error.diagnostics.map(\.summary) == [
          "\(path):3:5: error: rule directory '\(base)/missing' does not exist"
        ])
      #expect(
        error.diagnostics.map(\.hint) == [
          "paths in 'rules' are relative to the folder of the configuration file"
        ])
    }
    let good = try folder([".closeout.yaml": "rules: [team-rules]\n", "team-rules/r.yaml": ""])
    let configuration = try ConfigurationLoader.load(path: good.appending(path: ".closeout.yaml").path)
    #expect(configuration.ruleDirectories.map(\.value) == [good.appending(path: "team-rules").path])
  }

  @Test func anUnreadableFileIsAnError() {
    do {
      _ = try ConfigurationLoader.load(path: "/nonexistent/.closeout.yaml")
      Issue.record("expected an error")
    } catch {
      #expect(
        error.diagnostics.map(\.summary) == [
          "error: cannot read the configuration file '/nonexistent/.closeout.yaml'"
        ])
    }
  }
}
