import CEL

/// One test of the CEL conformance suite, as the JSON files describe it.
public struct ConformanceTest: Sendable {
  /// The file stem, such as `basic`.
  public var file: String
  /// The section name.
  public var section: String
  /// The test name (not always unique within a section).
  public var name: String
  /// The CEL source text.
  public var expression: String
  /// Whether to skip type checking (compile unchecked).
  public var disableCheck: Bool
  /// Whether the test only type-checks.
  public var checkOnly: Bool
  /// Whether the test needs protobuf messages.
  public var needsProto: Bool
  /// Why it needs them, as the suite says.
  public var protoReasons: [String]
  /// Declared identifiers and their types.
  public var variables: [(name: String, type: CELType)]
  /// Whether the test declares functions (which need implementations this runner lacks).
  public var declaresFunctions: Bool
  /// Values for the variables.
  public var bindings: [(name: String, value: Value)]
  /// What evaluation must produce.
  public var expectation: Expectation

  /// The expected outcome of a test.
  public enum Expectation: Sendable {
    /// This value (compared strictly: same kinds, NaN matching NaN, maps in any order).
    case value(Value)
    /// Compilation or evaluation fails; the message is upstream's hint.
    case error(String)
    /// Only a deduced type, or a form this runner does not support (unknown, any_of).
    case unsupported(String)
  }

  /// The key used in the known-failures list: `file / section / name`.
  public var key: String { "\(file) / \(section) / \(name)" }
}
