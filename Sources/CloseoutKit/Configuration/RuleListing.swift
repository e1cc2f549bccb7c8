/// The effective rule set as `closeout rules list` shows it: the steps in order, under each its
/// rules with severity (and the declared one when the configuration changed it), a `disabled`
/// marker, the `file:line` they were declared at and where later layers patched them; then the
/// lists with where each was declared and changed.
public struct RuleListing: Sendable {
  /// The rule set and what configuration changed.
  public var rules: ConfiguredRuleSet
  /// Where the rules were loaded from.
  public var selection: RuleSelection

  /// Creates a listing.
  public init(rules: ConfiguredRuleSet, selection: RuleSelection) {
    self.rules = rules
    self.selection = selection
  }

  /// One rule as listed.
  struct Entry {
    var rule: Rule
    var change: ConfiguredRuleSet.Change

    /// `blocker`, `blocker (was warning)`, and `, disabled` after either.
    var severityText: String {
      var text = rule.severity.rawValue
      if let original = change.originalSeverity { text += " (was \(original.rawValue))" }
      if change.disabled { text += ", disabled" }
      return text
    }
  }

  /// The loaded rules of each step, in step order, with the configuration's changes applied.
  func steps() -> [(step: Step, entries: [Entry])] {
    let effective = Dictionary(
      rules.effective.rules.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    return rules.loaded.steps.map { step in
      let entries = rules.loaded.rules.filter { $0.step == step.id.value }.map { rule in
        Entry(rule: effective[rule.id.value] ?? rule, change: rules.changes[rule.id.value] ?? .init())
      }
      return (step, entries)
    }
  }

  /// The listing as text: a header naming the sources, a line per step and a line per rule, then
  /// the totals.
  public func text() -> String {
    var lines = ["rules: " + sourceNames().joined(separator: ", ")]
    lines.append("configuration: " + (rules.configuration?.file ?? "none"))
    let steps = steps()
    let all = steps.flatMap(\.entries)
    let idWidth = all.map(\.rule.id.value.count).max() ?? 0
    let severityWidth = all.map(\.severityText.count).max() ?? 0
    for (index, (step, entries)) in steps.enumerated() {
      lines.append("")
      lines.append(
        "\(index + 1). \(step.id.value): \(TerminalText.sanitized(step.title)) (\(Self.place(step.id.location)))"
      )
      for entry in entries {
        let id = entry.rule.id.value.padding(toLength: idWidth, withPad: " ", startingAt: 0)
        let severity = entry.severityText.padding(toLength: severityWidth, withPad: " ", startingAt: 0)
        lines.append("   \(id)  \(severity)  \(Self.place(entry.rule.id.location))")
        lines += entry.rule.patches.map { "     patched at \(Self.place($0))" }
      }
    }
    lines += listLines()
    let disabled = all.filter(\.change.disabled).count
    let changed = all.filter { $0.change.originalSeverity != nil }.count
    lines.append("")
    lines.append(
      "\(all.count) rules: \(all.count - disabled) enabled, \(disabled) disabled, \(changed) with a changed severity"
    )
    return lines.joined(separator: "\n") + "\n"
  }

  /// The listing as JSON (version 1; `patches` and `lists` were added to it).
  public func json() -> String {
    let steps = steps().map { step, entries in
      JSONValue.object([
        ("id", .string(step.id.value)),
        ("title", .string(step.title)),
        ("file", .string(step.id.location.file)),
        ("line", .int(step.id.location.line)),
        ("rules", .array(entries.map(Self.json))),
      ])
    }
    let document = JSONValue.object([
      ("version", .int(1)),
      ("configuration", .optional(rules.configuration?.file)),
      ("default_rules", .bool(selection.includesDefaultRules)),
      ("directories", .array(selection.directories.map(JSONValue.string))),
      ("steps", .array(steps)),
      ("lists", .array(rules.loaded.listOrigins.map(Self.json))),
    ])
    return document.rendered() + "\n"
  }

  private static func json(_ entry: Entry) -> JSONValue {
    .object([
      ("id", .string(entry.rule.id.value)),
      ("title", .string(entry.rule.title)),
      ("severity", .string(entry.rule.severity.rawValue)),
      ("original_severity", .optional(entry.change.originalSeverity?.rawValue)),
      ("disabled", .bool(entry.change.disabled)),
      ("file", .string(entry.rule.id.location.file)),
      ("line", .int(entry.rule.id.location.line)),
      ("patches", .array(entry.rule.patches.map(Self.json))),
    ])
  }

  /// `built-in` (when included) and the directories, in layering order.
  private func sourceNames() -> [String] {
    (selection.includesDefaultRules ? ["built-in"] : []) + selection.directories
  }

  /// `file:line`, sanitised for the terminal.
  static func place(_ location: SourceLocation) -> String {
    TerminalText.sanitized("\(location.file):\(location.line)")
  }
}
