import Testing
import YAML

@testable import CloseoutKit

@Suite struct SnapshotSchemaWalkTests {
  private static let schema: SnapshotSchema? = try? RuleSetLoader.loadDefault().schema

  /// Whether the walk that lists problems finds the document built from `text` valid, and whether
  /// loading it (which validates in the walk that completes it) succeeds. The completing walk must
  /// agree with the listing one, and complete a valid document as `complete` alone does.
  private func verdicts(_ text: String) throws -> (walk: Bool, load: Bool) {
    let schema = try #require(Self.schema)
    var builder = SnapshotValueBuilder()
    let document = try YAMLReader.compose(Array(text.utf8), file: "s.yaml", into: &builder)
    let loads = (try? SnapshotLoader.load(Array(text.utf8), file: "s.yaml", schema: schema)) != nil
    let valid = schema.problems(in: document).isEmpty
    var checked = document
    #expect(schema.completeIfValid(&checked) == valid)
    if valid {
      var completed = document
      schema.complete(&completed)
      #expect(checked.debugText == completed.debugText)
    }
    return (valid, loads)
  }

  @Test(arguments: [
    "",
    "notes: anything\nmessages: [{from: client, at: null, mood: happy, topics: [scope]}]\n",
    "tasks:\n  - {id: t-1, status: open, must_finish_before_end: true}\n  - {id: t-2, status: done}\n",
    "milestones: [{id: m-1, status: funded, amount: 500}]\nhourly: {weekly_limit: 20.5, manual_hours: 1}\n",
    "tasks: null\nhourly: ~\nextra: {nested: [{status: whatever}]}\n",
  ])
  func validSnapshotsPass(extra: String) throws {
    let verdicts = try verdicts(Fixtures.minimalSnapshot(extra))
    #expect(verdicts.walk)
    #expect(verdicts.load)
  }

  @Test(arguments: [
    "tasks: [{id: t-1, status: opne}]\n",
    "tasks: {id: t-1}\n",
    "tasks: [{id: t-1, status: open}, 7]\n",
    "tasks: [{status: open, id: 7}]\n",
    "messages: [{from: client, at: yesterday}]\n",
    "messages: [{from: client, topics: [scope, gossip]}]\n",
    "hourly: {manual_hours: two}\n",
    "handover: {documentation_shared: 'yes'}\n",
  ])
  func invalidSnapshotsFail(extra: String) throws {
    let verdicts = try verdicts(Fixtures.minimalSnapshot(extra))
    #expect(!verdicts.walk)
    #expect(!verdicts.load)
  }

  @Test(arguments: [
    "snapshot_version: 2\nas_of: 2026-11-20T10:00:00Z\ncontract: {id: c, kind: hourly, status: ended}\n",
    "snapshot_version: 1\nas_of: 2026-11-20T10:00:00Z\ncontract: {id: c, kind: hourly}\n",
    "snapshot_version: 1\ncontract: {id: c, kind: hourly, status: ended}\n",
    "contract: {status: ended, note: x, id: c}\nas_of: 2026-11-20T10:00:00Z\nsnapshot_version: 1\n",
    "snapshot_version: 1\nas_of: 2026-11-20T10:00:00Z\ncontract: [c]\n",
    "- snapshot_version: 1\n",
    "just text\n",
  ])
  func documentsWithoutTheRequiredSectionsFail(text: String) throws {
    let verdicts = try verdicts(text)
    #expect(!verdicts.walk)
    #expect(!verdicts.load)
  }

  @Test(arguments: [
    ("extra: &x {id: t-1, status: open}\ntasks: [*x]\n", true),
    ("extra: &x {id: t-1, status: opne}\ntasks: [*x]\n", false),
    ("extra: &x [1]\ntasks: *x\n", false),
    ("1: one\ntasks: []\n", true),
  ])
  func aliasedCollectionsAndKeysThatAreNotStringsAreValidatedWhereTheyAreUsed(extra: String, valid: Bool)
    throws
  {
    let verdicts = try verdicts(Fixtures.minimalSnapshot(extra))
    #expect(verdicts.walk == valid)
    #expect(verdicts.load == valid)
  }
}
