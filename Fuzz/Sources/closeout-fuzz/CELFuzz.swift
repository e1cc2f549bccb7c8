import CEL

/// Compiles bytes as a CEL expression and evaluates it within a small cost budget.
enum CELFuzz {
  /// A few `dyn` variables, so that field selection, indexing and overloads are resolved at run time.
  static let environment = Environment(variables: [
    ("x", .dyn), ("s", .dyn), ("l", .dyn), ("m", .dyn), ("t", .dyn), ("n", .int),
  ])
  /// Small enough that a slow expression stops in milliseconds, not the CLI's seconds.
  static let limits = EvaluationLimits(cost: 100_000, stringBytes: 1 << 16, collectionSize: 10_000)

  static func run(_ bytes: [UInt8]) {
    let source = String(decoding: bytes, as: UTF8.self)
    for checks in [true, false] {
      guard
        let program = try? environment.compile(source, options: CompileOptions(checksDeclarations: checks))
      else { continue }
      let activation = Activation(environment: environment)
      activation.meter.reset(limits: limits)
      _ = activation.set("x", .int(3))
      _ = activation.set("s", .string("Hé\u{301}llo wörld 🎉"))
      _ = activation.set("l", .list([.int(1), .string("a"), .double(2.5), .null]))
      _ = activation.set(
        "m", .map(MapValue(stringKeyed: [("a", .int(1)), ("b", .list([.bool(true)])), ("", .uint(7))])))
      _ = activation.set("t", .timestamp(Timestamp(seconds: 1_767_225_600)))
      _ = activation.set("n", .int(Int64.max))
      _ = try? program.evaluate(activation)
    }
  }
}
