import Foundation
import YAML

/// Loads rule sets: reads every `*.yaml` file of one or more directories, decodes, merges, checks
/// and compiles them, and reports all problems at once.
public enum RuleSetLoader {
  /// The built-in default rule set, compiled into the binary from the repository's `rules/`.
  public static func loadDefault() throws(RuleSetLoadError) -> RuleSet {
    try load(layers: [defaultSources])
  }

  /// The rule set of `directories` layered after the built-in rules when `includingDefaultRules`,
  /// later ones adding rules, steps and lists and changing or overriding earlier ones by id. A path
  /// may also name a single rule file. `RuleSelection.load` is the public way in.
  static func load(directories: [String], includingDefaultRules: Bool) throws(RuleSetLoadError) -> RuleSet {
    var layers: [[RuleSource]] = includingDefaultRules ? [defaultSources] : []
    var problems: [Diagnostic] = []
    for directory in directories {
      switch RuleSource.read(directory) {
      case .success(let sources): layers.append(sources)
      case .failure(let problem): problems.append(problem)
      }
    }
    guard problems.isEmpty else { throw RuleSetLoadError(diagnostics: problems, sources: [:]) }
    return try load(layers: layers)
  }

  /// The built-in rule files.
  private static var defaultSources: [RuleSource] {
    DefaultRules.files.map { RuleSource(name: $0.name, bytes: Array($0.text.utf8)) }
  }

  /// The rule set of in-memory layers of files (each layer a directory's files in name order).
  static func load(layers: [[RuleSource]]) throws(RuleSetLoadError) -> RuleSet {
    var sources: [String: String] = [:]
    var problems: [Diagnostic] = []
    var merger = RuleSetMerger()
    for layer in layers {
      var files: [RuleFile] = []
      for source in layer {
        sources[source.name] = source.text
        do {
          let root = try YAMLReader.parse(source.bytes, file: source.name)
          var decoder = RuleFileDecoder(file: source.name)
          let decoded = decoder.decode(root)
          problems += decoded.problems
          files.append(decoded.file)
        } catch {
          problems.append(Diagnostic(yamlError: error))
        }
      }
      problems += merger.add(layer: files)
    }
    let merged = merger.result()
    problems += merged.problems
    let compiler = RuleCompiler(lists: merged.lists, lets: merged.lets, schema: merged.schema)
    problems += compiler.sharedProblems
    let compiled = compiler.compile(merged.rules)
    problems += compiled.problems
    let steps = compiler.compile(steps: merged.steps)
    problems += steps.problems
    problems += compiler.problems(in: merger.partialRules)
    guard problems.isEmpty else {
      throw RuleSetLoadError(diagnostics: problems.sortedByLocation().cappedPerFile(), sources: sources)
    }
    return RuleSet(
      steps: steps.steps, lets: compiler.sharedLets, rules: compiled.rules,
      lists: Dictionary(merged.lists.map { ($0.name.value, $0.words) }, uniquingKeysWith: { _, b in b }),
      listOrigins: merged.lists.map(\.origin), files: layers.flatMap { $0.map(\.name) }, sources: sources,
      schema: merged.schema)
  }
}

extension [Diagnostic] {
  /// Sorted by file, line and column; diagnostics without a place first, otherwise in their order.
  func sortedByLocation() -> [Diagnostic] {
    enumerated().sorted { a, b in
      switch (a.element.location, b.element.location) {
      case (nil, nil): return a.offset < b.offset
      case (nil, _): return true
      case (_, nil): return false
      case (let x?, let y?): return x == y ? a.offset < b.offset : x < y
      }
    }.map(\.element)
  }
}
