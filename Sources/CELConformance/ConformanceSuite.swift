import CEL
import Foundation

/// Runs the CEL conformance tests that need no protobuf; shared by the `cel-conformance`
/// command and the test target.
public struct ConformanceSuite {
  /// The folder of `*.json` files.
  public var directory: URL

  /// A suite reading `directory`.
  public init(directory: URL) {
    self.directory = directory
  }

  /// Runs every file whose tests match `filter` (a substring of `file / section / name` or of
  /// the expression), in file-name order.
  public func run(filter: String? = nil) throws -> [ConformanceFileResult] {
    try ConformanceLoader.files(in: directory).map { url in
      let tests = try ConformanceLoader.load(file: url).filter { test in
        guard let filter else { return true }
        return test.key.contains(filter) || test.expression.contains(filter)
      }
      let stem = url.deletingPathExtension().lastPathComponent
      return ConformanceFileResult(file: stem, results: tests.map { ($0, Self.run($0)) })
    }
  }

  /// Runs one test.
  public static func run(_ test: ConformanceTest) -> ConformanceOutcome {
    if test.needsProto {
      let reasons = test.protoReasons.isEmpty ? "" : " (" + test.protoReasons.joined(separator: "; ") + ")"
      return .skipped(reason: "needs protobuf" + reasons)
    }
    if test.checkOnly { return .skipped(reason: "check only (no type checker)") }
    if test.declaresFunctions { return .skipped(reason: "declares functions without implementations") }
    if case .unsupported(let reason) = test.expectation { return .skipped(reason: reason) }

    var variables = test.variables
    if test.disableCheck {
      for binding in test.bindings where !variables.contains(where: { $0.name == binding.name }) {
        variables.append((binding.name, .dyn))
      }
    }
    let environment = Environment(variables: variables)
    let result: Result<Value, Error>
    do {
      let program = try environment.compile(
        test.expression, options: CompileOptions(checksDeclarations: !test.disableCheck))
      let activation = Activation(environment: environment)
      for binding in test.bindings { activation.set(binding.name, binding.value) }
      result = .success(try program.evaluate(activation))
    } catch {
      result = .failure(error)
    }

    switch (test.expectation, result) {
    case (.value(let expected), .success(let actual)):
      return strictlyEqual(expected, actual) ? .passed : .failed(actual: actual.debugText)
    case (.value, .failure(let error)):
      return .failed(actual: "error: \(error)")
    case (.error, .failure):
      return .passed
    case (.error, .success(let actual)):
      return .failed(actual: actual.debugText)
    case (.unsupported(let reason), _):
      return .skipped(reason: reason)
    }
  }

  /// Equality for checking results: the same kinds all the way down (an `int` result does not
  /// match an expected `uint`), NaN matching NaN, map entries in any order.
  public static func strictlyEqual(_ expected: Value, _ actual: Value) -> Bool {
    switch (expected, actual) {
    case (.double(let a), .double(let b)): return a == b || (a.isNaN && b.isNaN)
    case (.list(let a), .list(let b)):
      return a.count == b.count && zip(a, b).allSatisfy(strictlyEqual)
    case (.map(let a), .map(let b)):
      guard a.count == b.count else { return false }
      return a.entries.allSatisfy { entry in
        b.entries.contains { strictlyEqual(entry.key, $0.key) && strictlyEqual(entry.value, $0.value) }
      }
    default:
      return expected.kind == actual.kind && expected.celEquals(actual)
    }
  }
}
