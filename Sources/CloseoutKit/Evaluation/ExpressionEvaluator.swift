import CEL

/// Evaluates one expression against a snapshot, with a rule set's lists in scope: the quickest way
/// to try a condition (`closeout eval`).
public struct ExpressionEvaluator: Sendable {
  /// The name diagnostics give the expression's text.
  public static let sourceName = "<expression>"

  private let environment: Environment

  /// An evaluator that sees the snapshot variables and `lists` of `ruleSet`.
  public init(ruleSet: RuleSet) {
    environment = SnapshotVariables.environment(lists: ruleSet.listsConstant, schema: ruleSet.schema)
  }

  /// The value of `source` on `snapshot` (every section `null` without one), or where and why it
  /// failed; positions are in the expression's text, named `<expression>`.
  public func evaluate(_ source: String, on snapshot: Snapshot?) -> Result<Value, Diagnostic> {
    let text = Source(source)
    let program: Program
    do {
      program = try environment.compile(source)
    } catch {
      return .failure(diagnostic(error.message, at: error.offset, in: text, hint: error.hint))
    }
    let activation = Activation(environment: environment)
    if let snapshot {
      SnapshotVariables.bind(snapshot, into: activation)
    } else {
      for slot in SnapshotVariables.names.indices { activation.set(slot, .null) }
    }
    do {
      return .success(try program.evaluate(activation))
    } catch {
      return .failure(diagnostic(error.message, at: error.offset ?? 0, in: text))
    }
  }

  private func diagnostic(_ message: String, at offset: Int, in source: Source, hint: String? = nil)
    -> Diagnostic
  {
    let position = source.location(of: offset)
    return Diagnostic(
      at: SourceLocation(file: Self.sourceName, line: position.line, column: position.column), message,
      hint: hint)
  }
}
