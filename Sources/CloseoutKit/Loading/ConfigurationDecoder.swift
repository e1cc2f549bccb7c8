import CEL
import YAML

/// Decodes a configuration file's YAML tree into a `Configuration`, reporting every problem it finds.
struct ConfigurationDecoder {
  private var reader: NodeReader
  /// Problems the reader does not find itself, such as a rule disabled twice.
  private var problems: [Diagnostic] = []
  /// The configuration file's folder as diagnostics name it (empty for the current directory), which
  /// relative rule directories and the waiver file are resolved against.
  private let baseDirectory: String

  init(file: String, baseDirectory: String) {
    reader = NodeReader(file: file)
    self.baseDirectory = baseDirectory
  }

  /// The configuration and the problems found in it.
  mutating func decode(_ root: Node, source: String) -> (configuration: Configuration, problems: [Diagnostic])
  {
    var result = Configuration(file: reader.file, source: source)
    if root.isNull { return (result, []) }  // an empty file changes nothing
    guard let keys = reader.mapping(root, "a configuration file", allowed: Configuration.Keys.all) else {
      return (result, reader.problems)
    }
    if let node = keys["rules"], let items = reader.sequence(node, "'rules'") {
      result.ruleDirectories = items.compactMap { item in
        reader.string(item, "a rule directory").map { Located(resolve($0.value), at: $0.location) }
      }
    }
    if let node = keys["replace_default_rules"] {
      result.replaceDefaultRules = bool(node, "'replace_default_rules'") ?? false
      if result.replaceDefaultRules, result.ruleDirectories.isEmpty {
        reader.report(
          node, "'replace_default_rules: true' leaves no rules",
          hint: "list the rule directories to use under 'rules'")
      }
    }
    if let node = keys["disable"], let items = reader.sequence(node, "'disable'") {
      result.disabled = uniqueIDs(items.compactMap { reader.identifier($0, "a rule id in 'disable'") })
    }
    if let node = keys["severity"] { result.severities = severities(node) }
    result.failOn = keys["fail_on"].flatMap { node in
      reader.oneOf(node, "'fail_on' value", FailurePolicy.self).map { Located($0, at: reader.location(node)) }
    }
    result.format = keys["format"].flatMap { node in
      reader.oneOf(node, "'format' value", ReportFormat.self).map { Located($0, at: reader.location(node)) }
    }
    // Files the configuration names are relative to its folder.
    result.waivers = keys["waivers"].flatMap { reader.string($0, "'waivers'") }.map(path)
    result.baseline = keys["baseline"].flatMap { reader.string($0, "'baseline'") }.map(path)
    if let node = keys["limits"] { result.limits = limits(node) }
    return (result, (reader.problems + problems).sortedByLocation())
  }

  /// A file named in the configuration, resolved against its folder.
  private func path(_ name: Located<String>) -> Located<String> {
    Located(resolve(name.value), at: name.location)
  }

  /// `limits:` sets some of the evaluation limits; the others keep their defaults.
  private mutating func limits(_ node: Node) -> EvaluationLimits {
    var limits = EvaluationLimits.default
    guard let keys = reader.mapping(node, "'limits'", allowed: Configuration.Keys.limits) else {
      return limits
    }
    for key in Configuration.Keys.limits {
      guard let value = keys[key] else { continue }
      guard case .int(let number)? = value.resolved, number > 0, let count = Int(exactly: number) else {
        reader.report(
          value, "'limits.\(key)' must be a positive integer, not '\(value.scalar?.text ?? "a collection")'")
        continue
      }
      switch key {
      case "cost": limits.cost = count
      case "string_bytes": limits.stringBytes = count
      default: limits.collectionSize = count
      }
    }
    return limits
  }

  /// `path` as seen from the current directory: absolute paths as written, others under the
  /// configuration file's folder.
  private func resolve(_ path: String) -> String {
    if path.hasPrefix("/") || baseDirectory.isEmpty { return path }
    return baseDirectory.hasSuffix("/") ? baseDirectory + path : baseDirectory + "/" + path
  }

  /// `true` or `false`; reports anything else.
  private mutating func bool(_ node: Node, _ what: String) -> Bool? {
    if case .bool(let value)? = node.resolved { return value }
    reader.report(node, "\(what) must be true or false, not '\(node.scalar?.text ?? "a collection")'")
    return nil
  }

  /// `ids` without repeats; a repeat is reported with the first place as a note.
  private mutating func uniqueIDs(_ ids: [Located<String>]) -> [Located<String>] {
    var seen: [String: Located<String>] = [:]
    var unique: [Located<String>] = []
    for id in ids {
      if let first = seen[id.value] {
        problems.append(
          Diagnostic(
            at: id.location, "rule '\(id.value)' is disabled twice",
            notes: [.init(location: first.location, message: "'\(id.value)' is first disabled here")]))
        continue
      }
      seen[id.value] = id
      unique.append(id)
    }
    return unique
  }

  /// `severity:` maps rule ids to severities.
  private mutating func severities(_ node: Node) -> [Configuration.SeverityChange] {
    guard case .mapping(let pairs) = node.kind else {
      reader.report(node, "'severity' must be a mapping of rule ids to severities")
      return []
    }
    return pairs.compactMap { pair in
      guard let rule = reader.identifier(pair.key, "a rule id in 'severity'"),
        let severity = reader.oneOf(pair.value, "severity", Severity.self)
      else { return nil }
      return Configuration.SeverityChange(
        rule: rule, severity: Located(severity, at: reader.location(pair.value)))
    }
  }
}
