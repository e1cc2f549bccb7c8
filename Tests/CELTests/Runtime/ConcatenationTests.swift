import CEL
import Testing

/// A chain of `+` runs as one node that builds a string result at once: it must mean exactly
/// what the nested binary `+` calls mean, values, errors and their locations included.
@Suite("Concatenation chains")
struct ConcatenationTests {
  let environment = Environment(variables: [
    ("s", .dyn), ("long", .dyn), ("empty", .dyn), ("n", .dyn), ("l", .dyn), ("zero", .dyn), ("none", .dyn),
  ])

  /// Operands of every kind a chain meets: strings (short, long, empty, constant), other kinds
  /// that `+` accepts or rejects next to a string, and one whose evaluation fails.
  static let operands = [
    "s", "long", "empty", "' ('", "n", "l", "none", "(1 / zero)", "[2]", "'é'",
  ]

  func activation() -> Activation {
    let activation = Activation(environment: environment)
    activation.set("s", .string("Ada"))
    activation.set("long", .string("a string too long to be stored inline, in its own buffer"))
    activation.set("empty", .string(""))
    activation.set("n", .int(1))
    activation.set("l", .list([.int(1)]))
    activation.set("zero", .int(0))
    activation.set("none", .null)
    return activation
  }

  /// The value of `source`, or its error's message and the operator it points at (the
  /// character at the error's offset and how many of that character come before it), which
  /// stays the same when `dyn(...)` is wrapped around operands.
  func outcome(_ source: String) throws -> String {
    let program = try environment.compile(source, options: CompileOptions(checksDeclarations: false))
    do {
      return try program.evaluate(activation()).debugText
    } catch {
      guard let offset = error.offset else { return "error: \(error.message)" }
      let scalars = Array(source.unicodeScalars)
      let ordinal = scalars[..<offset].filter { $0 == scalars[offset] }.count
      return "error: \(error.message) at \(scalars[offset]) #\(ordinal)"
    }
  }

  /// Whether an operand is a literal: a chain starting with two is folded (or fails) when
  /// planned, which `dyn(...)` around them would defer to run time.
  static func isLiteral(_ operand: String) -> Bool { operand.hasPrefix("'") || operand.hasPrefix("[") }

  @Test func chainsOfThreeMeanNestedBinaryCalls() throws {
    for a in Self.operands {
      for b in Self.operands where !(Self.isLiteral(a) && Self.isLiteral(b)) {
        for c in Self.operands {
          // `dyn(...)` around the left operand keeps each `+` a binary call of its own.
          let nested = try outcome("dyn(\(a) + \(b)) + \(c)")
          #expect(try outcome("\(a) + \(b) + \(c)") == nested, "\(a) + \(b) + \(c)")
        }
      }
    }
  }

  @Test(arguments: [
    ("s + ' (' + long + ')' + empty", "dyn(dyn(dyn(s + ' (') + long) + ')') + empty"),
    ("s + ' ' + n + s + (1 / zero)", "dyn(dyn(dyn(s + ' ') + n) + s) + (1 / zero)"),
    ("s + s + s + (1 / zero) + n", "dyn(dyn(dyn(s + s) + s) + (1 / zero)) + n"),
    ("l + [2] + l + [3] + l", "dyn(dyn(dyn(l + [2]) + l) + [3]) + l"),
    ("n + n + n + n", "dyn(dyn(n + n) + n) + n"),
    ("' (' + s + ')' + ' ' + s", "dyn(dyn(dyn(' (' + s) + ')') + ' ') + s"),
    ("'é' + long + 'ü' + long", "dyn(dyn('é' + long) + 'ü') + long"),
  ])
  func longerChainsMeanNestedBinaryCalls(_ chain: String, _ nested: String) throws {
    #expect(try outcome(chain) == outcome(nested))
  }

  @Test func buildsTheStringOfItsOperands() throws {
    #expect(
      try outcome("s + ' (' + long + ')'")
        == "'Ada (a string too long to be stored inline, in its own buffer)'")
    #expect(try outcome("empty + empty + empty") == "''")
    // The second `+` fails, as its binary call would.
    #expect(try outcome("s + ' ' + n") == "error: no such overload: +(string, int) at + #1")
  }
}
