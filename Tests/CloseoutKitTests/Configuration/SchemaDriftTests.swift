import Foundation
import Testing
import YAML

@testable import CloseoutKit

/// The JSON Schemas in `schema/` that editors use must accept exactly the keys and values the loaders
/// accept: these tests compare them with the loaders' own lists.
@Suite struct SchemaDriftTests {
  private typealias Object = [String: Any]

  private func schema(_ name: String) throws -> Object {
    let data = try Data(contentsOf: Fixtures.repository.appending(path: "schema/\(name).schema.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? Object)
  }

  /// The object at `path` (keys separated by `/`) inside `object`.
  private func object(_ object: Object, _ path: String) throws -> Object {
    var current = object
    for key in path.split(separator: "/") {
      current = try #require(current[String(key)] as? Object, "no object at \(path)")
    }
    return current
  }

  private func keys(_ object: Object, _ path: String) throws -> Set<String> {
    Set(try self.object(object, path + "/properties").keys)
  }

  private func strings(_ object: Object, _ path: String, _ key: String) throws -> [String] {
    try #require(try self.object(object, path)[key] as? [String], "no string list \(key) at \(path)")
  }

  @Test func theRuleFileSchemaHasTheLoadersKeys() throws {
    let rules = try schema("rule-file")
    #expect(rules["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(rules["additionalProperties"] as? Bool == false)
    #expect(Set((rules["properties"] as? Object ?? [:]).keys) == Set(RuleFileDecoder.Keys.file))
    #expect(try keys(rules, "$defs/step") == Set(RuleFileDecoder.Keys.step))
    #expect(try Set(strings(rules, "$defs/step", "required")) == Set(RuleFileDecoder.Keys.stepRequired))
    #expect(try keys(rules, "$defs/rule") == Set(RuleFileDecoder.Keys.rule))
    #expect(try Set(strings(rules, "$defs/rule", "required")) == Set(RuleFileDecoder.Keys.ruleRequired))
    #expect(try object(rules, "$defs/step")["additionalProperties"] as? Bool == false)
    #expect(try object(rules, "$defs/rule")["additionalProperties"] as? Bool == false)
    #expect(try keys(rules, "$defs/rulePatch") == Set(RuleFileDecoder.Keys.rulePatch))
    #expect(try strings(rules, "$defs/rulePatch", "required") == ["patch"])
    #expect(try strings(rules, "$defs/severity", "enum") == Severity.allCases.map(\.rawValue))
  }

  @Test func theSnapshotSchemaSectionHasTheSchemaDecodersKeywords() throws {
    let rules = try schema("rule-file")
    #expect(try keys(rules, "$defs/snapshotSchema") == Set(SchemaDecoder.keywords))
    let types = try #require(try object(rules, "$defs/snapshotType")["enum"] as? [Any])
    #expect(types.compactMap { $0 as? String } == SchemaType.allCases.map(\.rawValue))
    #expect(types.contains { $0 is NSNull }, "an unquoted null names the null type")
    #expect(
      try strings(rules, "$defs/snapshotSchema/properties/format", "enum")
        == SchemaFormat.allCases.map(\.rawValue))
  }

  @Test func theConfigurationSchemaHasTheDecodersKeys() throws {
    let config = try schema("closeout-config")
    #expect(config["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(config["additionalProperties"] as? Bool == false)
    #expect(Set((config["properties"] as? Object ?? [:]).keys) == Set(Configuration.Keys.all))
    #expect(try strings(config, "$defs/severity", "enum") == Severity.allCases.map(\.rawValue))
    #expect(try strings(config, "properties/fail_on", "enum") == FailurePolicy.allCases.map(\.rawValue))
    #expect(try strings(config, "properties/format", "enum") == ReportFormat.allCases.map(\.rawValue))
  }

  @Test func idPatternsAgreeWithTheLoader() throws {
    let pattern = try #require(try object(schema("rule-file"), "$defs/id")["pattern"] as? String)
    #expect(try object(schema("closeout-config"), "$defs/id")["pattern"] as? String == pattern)
    let regex = try Regex(pattern)
    var reader = NodeReader(file: "t.yaml")
    for id in ["a", "offer-handover", "r.1_x", "-a", "a b", "_a", "é", "9"] {
      let node = try #require(try? YAML.YAMLReader.parse("'\(id)'", file: "t.yaml"))
      let accepted = reader.identifier(node, "an id") != nil
      #expect((id.wholeMatch(of: regex) != nil) == accepted, "\(id)")
    }
  }

  @Test func everyRuleFileNamesTheSchemaOnItsFirstLine() throws {
    let folder = Fixtures.repository.appending(path: "rules")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".yaml")
    }
    #expect(!names.isEmpty)
    for name in names {
      let text = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
      #expect(
        text.hasPrefix("# yaml-language-server: $schema=../schema/rule-file.schema.json\n"),
        "rules/\(name) must start with the yaml-language-server line")
    }
  }
}
