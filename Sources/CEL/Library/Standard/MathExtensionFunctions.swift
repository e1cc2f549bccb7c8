/// The math extension (cel-go's `ext.Math`): `math.greatest` and `math.least` over numbers of any
/// kinds (each argument, or one list of them), `math.ceil`, `floor`, `round` (half away from
/// zero), `trunc`, `abs`, `sign`, `isNaN`, `isInf`, `isFinite`, and the bit functions
/// `math.bitAnd`, `bitOr`, `bitXor`, `bitNot`, `bitShiftLeft` and `bitShiftRight` on int and
/// uint. Overflow and a negative shift are errors, as CEL's arithmetic is.
enum MathExtensionFunctions {
  /// The most arguments `math.greatest` and `math.least` take one by one (a list takes any number).
  static let maxArguments = 16

  static var declarations: [FunctionDecl] {
    [extreme("math.greatest", keeping: 1), extreme("math.least", keeping: -1)] + rounding + signs + bits
  }

  /// `math.greatest` or `math.least`: the argument whose order against the others is `keeping`
  /// (1 for the greatest), keeping its own kind.
  private static func extreme(_ name: String, keeping order: Int) -> FunctionDecl {
    let single: [Overload] = [CELType.int, .uint, .double].map { type in
      Overload("\(name)_\(type)", type, type) { (value: Value) throws(EvalError) in value }
    }
    let list = Overload("\(name)_list", .list(.dyn), .dyn) { (list: Value) throws(EvalError) in
      try pick(list.asList(name), keeping: order, name)
    }
    let spread = (2...maxArguments).map { count in
      Overload(
        "\(name)_\(count)_args", Array(repeating: CELType.dyn, count: count), .dyn,
        .variadic { (arguments: [Value]) throws(EvalError) in
          try pick(arguments, keeping: order, name)
        })
    }
    return FunctionDecl(name, isPure: true, single + [list] + spread)
  }

  /// The number among `values` that is ordered `order` against all the others.
  private static func pick(_ values: [Value], keeping order: Int, _ name: String) throws(EvalError) -> Value {
    guard var best = values.first else { throw EvalError("\(name)(): the list is empty") }
    for value in values {
      guard let comparison = Value.compareNumbers(value, best) else {
        throw EvalError.noSuchOverload(name, values)
      }
      if comparison == order { best = value }
    }
    return best
  }

  private static var rounding: [FunctionDecl] {
    let rules: [(String, FloatingPointRoundingRule)] = [
      ("math.ceil", .up), ("math.floor", .down), ("math.round", .toNearestOrAwayFromZero),
      ("math.trunc", .towardZero),
    ]
    return rules.map { name, rule in
      FunctionDecl(
        name, isPure: true,
        [
          Overload("\(name)_double", .double, .double) { (x: Value) throws(EvalError) in
            .double(try x.asDouble(name).rounded(rule))
          }
        ])
    }
  }

  private static var signs: [FunctionDecl] {
    [
      FunctionDecl(
        "math.abs", isPure: true,
        [
          Overload("math.abs_int", .int, .int) { (x: Value) throws(EvalError) in
            let value = try x.asInt("math.abs")
            guard value != .min else { throw EvalError.integerOverflow }
            return .int(Swift.abs(value))
          },
          Overload("math.abs_uint", .uint, .uint) { (x: Value) throws(EvalError) in x },
          Overload("math.abs_double", .double, .double) { (x: Value) throws(EvalError) in
            .double(Swift.abs(try x.asDouble("math.abs")))
          },
        ]),
      FunctionDecl(
        "math.sign", isPure: true,
        [
          Overload("math.sign_int", .int, .int) { (x: Value) throws(EvalError) in
            .int(try x.asInt("math.sign").signum())
          },
          Overload("math.sign_uint", .uint, .uint) { (x: Value) throws(EvalError) in
            .uint(try x.asUInt("math.sign") == 0 ? 0 : 1)
          },
          Overload("math.sign_double", .double, .double) { (x: Value) throws(EvalError) in
            let value = try x.asDouble("math.sign")
            return .double(value.isNaN || value == 0 ? value : (value < 0 ? -1 : 1))
          },
        ]),
      test("math.isNaN") { $0.isNaN }, test("math.isInf") { $0.isInfinite },
      test("math.isFinite") { $0.isFinite },
    ]
  }

  private static func test(_ name: String, _ body: @escaping @Sendable (Double) -> Bool) -> FunctionDecl {
    FunctionDecl(
      name, isPure: true,
      [
        Overload("\(name)_double", .double, .bool) { (x: Value) throws(EvalError) in
          .bool(body(try x.asDouble(name)))
        }
      ])
  }

  private static var bits: [FunctionDecl] {
    [
      bitwise("math.bitAnd", { $0 & $1 }, { $0 & $1 }), bitwise("math.bitOr", { $0 | $1 }, { $0 | $1 }),
      bitwise("math.bitXor", { $0 ^ $1 }, { $0 ^ $1 }),
      FunctionDecl(
        "math.bitNot", isPure: true,
        [
          Overload("math.bitNot_int", .int, .int) { (x: Value) throws(EvalError) in
            .int(~(try x.asInt("math.bitNot")))
          },
          Overload("math.bitNot_uint", .uint, .uint) { (x: Value) throws(EvalError) in
            .uint(~(try x.asUInt("math.bitNot")))
          },
        ]),
      shift("math.bitShiftLeft") { $0 << $1 }, shift("math.bitShiftRight") { $0 >> $1 },
    ]
  }

  private static func bitwise(
    _ name: String, _ ints: @escaping @Sendable (Int64, Int64) -> Int64,
    _ uints: @escaping @Sendable (UInt64, UInt64) -> UInt64
  ) -> FunctionDecl {
    FunctionDecl(
      name, isPure: true,
      [
        Overload("\(name)_int_int", .int, .int, .int) { (a: Value, b: Value) throws(EvalError) in
          .int(ints(try a.asInt(name), try b.asInt(name)))
        },
        Overload("\(name)_uint_uint", .uint, .uint, .uint) { (a: Value, b: Value) throws(EvalError) in
          .uint(uints(try a.asUInt(name), try b.asUInt(name)))
        },
      ])
  }

  /// A shift of the 64 bits of an int or uint (an int's as unsigned, so a right shift brings in
  /// zeros); 64 places or more leave 0, a negative offset is an error.
  private static func shift(_ name: String, _ body: @escaping @Sendable (UInt64, UInt64) -> UInt64)
    -> FunctionDecl
  {
    return FunctionDecl(
      name, isPure: true,
      [
        Overload("\(name)_int_int", .int, .int, .int) { (a: Value, b: Value) throws(EvalError) in
          let bits = UInt64(bitPattern: try a.asInt(name))
          return .int(Int64(bitPattern: try offset(b, name).map { body(bits, $0) } ?? 0))
        },
        Overload("\(name)_uint_int", .uint, .int, .uint) { (a: Value, b: Value) throws(EvalError) in
          let bits = try a.asUInt(name)
          return .uint(try offset(b, name).map { body(bits, $0) } ?? 0)
        },
      ])
  }

  /// The places of a shift, nil for 64 or more; a negative offset is an error.
  private static func offset(_ value: Value, _ name: String) throws(EvalError) -> UInt64? {
    let places = try value.asInt(name)
    guard places >= 0 else { throw EvalError("\(name)(): negative offset \(places)") }
    return places < 64 ? UInt64(places) : nil
  }
}
