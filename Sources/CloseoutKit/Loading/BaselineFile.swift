import YAML

/// Reads and writes baseline files (`--baseline FILE`): a JSON document (read as YAML, so a
/// hand-edited file may be YAML too) with the format's `version`, when it was written
/// (`generated_at`) and the known `findings`, each with its `fingerprint`, `contract`, `rule` and
/// `severity`, sorted by contract, rule and fingerprint so that the file diffs well in git.
///
/// ```json
/// {
///   "version": 1,
///   "generated_at": "2026-11-20T09:30:00Z",
///   "findings": [
///     {
///       "fingerprint": "142e99373953c3f4",
///       "contract": "ct-1042",
///       "rule": "client-agreement",
///       "severity": "blocker"
///     }
///   ]
/// }
/// ```
///
/// Only the fingerprint matches findings; the other fields are for the people reading the file.
public enum BaselineFile {
  /// The keys of the document and of a finding, in the order they are written.
  static let keys = ["version", "generated_at", "findings"]
  static let findingKeys = ["fingerprint", "contract", "rule", "severity"]

  /// The baseline in the file at `path`.
  public static func load(path: String) throws(FileLoadError) -> Baseline {
    try decode(SideFile.read(path: path, "the baseline file"), file: path)
  }

  /// The baseline in `bytes`, read as the file `file`; every problem is reported, located.
  public static func load(_ bytes: [UInt8], file: String) throws(FileLoadError) -> Baseline {
    try decode(SideFile.parse(bytes, file: file), file: file)
  }

  private static func decode(_ read: (root: Node, source: String), file: String) throws(FileLoadError)
    -> Baseline
  {
    let (root, source) = read
    var reader = NodeReader(file: file)
    let baseline = decode(root, with: &reader)
    guard let baseline, reader.problems.isEmpty else {
      throw FileLoadError(diagnostics: reader.problems.sortedByLocation(), sources: [file: source])
    }
    return baseline
  }

  /// The text of the file that holds `baseline`.
  public static func document(_ baseline: Baseline) -> String {
    let findings = baseline.entries.map { entry -> JSONValue in
      .object([
        ("fingerprint", .string(entry.fingerprint.description)),
        ("contract", .string(entry.contract)),
        ("rule", .string(entry.rule)),
        ("severity", .string(entry.severity.rawValue)),
      ])
    }
    return JSONValue.object([
      ("version", .int(Baseline.version)),
      ("generated_at", .string(baseline.generatedAt)),
      ("findings", .array(findings)),
    ]).rendered() + "\n"
  }

  /// The baseline of the document `root`; nil, with problems in `reader`, when it is not one.
  private static func decode(_ root: Node, with reader: inout NodeReader) -> Baseline? {
    guard let keys = reader.mapping(root, "a baseline file", allowed: Self.keys, required: Self.keys) else {
      return nil
    }
    if let version = keys["version"], version.scalar?.text != String(Baseline.version) {
      reader.report(
        version, "unsupported baseline version '\(version.scalar?.text ?? "")'",
        hint:
          "this closeout reads version \(Baseline.version); write the baseline again with --update-baseline")
    }
    let generatedAt = keys["generated_at"].flatMap { reader.string($0, "'generated_at'") }
    let items = keys["findings"].flatMap { reader.sequence($0, "'findings'") } ?? []
    let entries = items.compactMap { entry($0, with: &reader) }
    guard let generatedAt else { return nil }
    return Baseline(entries: entries, generatedAt: generatedAt.value)
  }

  /// One finding of the file; nil, with its problems reported, when it is not a valid one.
  private static func entry(_ node: Node, with reader: inout NodeReader) -> Baseline.Entry? {
    guard let keys = reader.mapping(node, "a baseline finding", allowed: findingKeys, required: findingKeys)
    else { return nil }
    var fingerprint: FindingFingerprint?
    if let node = keys["fingerprint"], let text = reader.string(node, "'fingerprint'") {
      fingerprint = FindingFingerprint(text.value)
      if fingerprint == nil {
        reader.report(node, "'fingerprint' must be 16 lower-case hexadecimal digits, not '\(text.value)'")
      }
    }
    let contract = keys["contract"].flatMap { reader.string($0, "'contract'") }
    let rule = keys["rule"].flatMap { reader.string($0, "'rule'") }
    let severity = keys["severity"].flatMap { reader.oneOf($0, "severity", Severity.self) }
    guard let fingerprint, let contract, let rule, let severity else { return nil }
    return Baseline.Entry(
      fingerprint: fingerprint, contract: contract.value, rule: rule.value, severity: severity)
  }
}
