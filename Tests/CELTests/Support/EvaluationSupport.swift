import CEL
import CELConformance
import Testing

/// Compiles and evaluates expressions for the runtime's tests.
enum Evaluation {
  /// Variables every table test may use.
  static let variables: [(name: String, type: CELType)] = [
    ("x", .dyn), ("name", .string), ("items", .list(.dyn)), ("record", .map(.string, .dyn)),
  ]

  static let environment = Environment(variables: variables)

  /// The values bound to `variables`.
  static let bindings: [Value] = [
    .int(7),
    .string("Ada"),
    .list([.int(1), .int(2), .int(3)]),
    .map(
      MapValue(stringKeyed: [
        ("a", .int(1)), ("b", .string("two")), ("nested", .map(MapValue(stringKeyed: [("c", .bool(true))]))),
      ])),
  ]

  /// The value of `source`, or the compile or evaluation error.
  static func run(_ source: String, checked: Bool = true) -> Result<Value, Error> {
    do {
      let program = try environment.compile(source, options: CompileOptions(checksDeclarations: checked))
      let activation = Activation(environment: environment)
      for (slot, value) in bindings.enumerated() { activation.set(slot, value) }
      return .success(try program.evaluate(activation))
    } catch {
      return .failure(error)
    }
  }

  /// Expects `source` to evaluate to exactly `expected` (same kinds, NaN matching NaN).
  static func expect(
    _ source: String, _ expected: Value, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    switch run(source) {
    case .success(let actual):
      #expect(
        ConformanceSuite.strictlyEqual(expected, actual),
        "\(source) = \(actual.debugText), expected \(expected.debugText)",
        sourceLocation: sourceLocation)
    case .failure(let error):
      Issue.record(
        "\(source) failed: \(error), expected \(expected.debugText)", sourceLocation: sourceLocation)
    }
  }

  /// Expects `source` to fail (to compile or evaluate) with a message containing `message`.
  static func expectError(
    _ source: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    switch run(source, checked: false) {
    case .success(let actual):
      Issue.record(
        "\(source) = \(actual.debugText), expected an error '\(message)'", sourceLocation: sourceLocation)
    case .failure(let error):
      #expect("\(error)".contains(message), "\(source): \(error)", sourceLocation: sourceLocation)
    }
  }
}
