/// A parsed CEL expression node: the only contract between the parser, the checker and the planner.
///
/// Every node has an `id` unique within its parse and the `offset` (in Unicode scalars from the
/// start of the source) where it starts, so that errors can point back into the source text,
/// and from there into the YAML file that carried it.
public struct Expr: Sendable, Hashable {
  /// Identifier unique within one parsed expression; the checker keys its types by it.
  public let id: Int
  /// Offset in Unicode scalars into the source of the character the node is placed at.
  ///
  /// Operators and member accesses are placed at their operator token: `a + b` at `+`, `a ? b : c`
  /// at `?`, `-x` at `-`, `a.f` and `a.f(x)` at the `.`, `a[i]` at `[` (as cel-go does, so that an
  /// error in the operation points at it). Every other node is placed at its first character:
  /// identifiers, global calls, literals (including a folded sign, as in `-1`), lists, maps and
  /// message constructions. Nodes created by macro expansion share the offset of the macro call,
  /// except the presence test of `has(a.f)`, which keeps the offset of its `.`.
  public let offset: Int
  /// What kind of node this is.
  public let kind: Kind

  /// Creates a node.
  public init(id: Int, offset: Int, kind: Kind) {
    self.id = id
    self.offset = offset
    self.kind = kind
  }

  /// The kinds of expression node, as in cel-spec's `syntax.proto`.
  public indirect enum Kind: Sendable, Hashable {
    /// A literal constant.
    case literal(Constant)
    /// A (possibly qualified, dot-separated only after resolution) identifier.
    case ident(String)
    /// Field selection `operand.field`; `testOnly` is true for `has(operand.field)`.
    case select(operand: Expr, field: String, testOnly: Bool)
    /// A function call; `target` is set for receiver-style calls `target.f(args)`.
    /// Operators are calls with the names in `Operator`.
    case call(function: String, target: Expr?, args: [Expr])
    /// A list literal `[a, b]`; the elements at `optionalIndices` were written `?e` (`[?a, b]`):
    /// each is an optional, included only when it has a value.
    case list([Expr], optionalIndices: [Int] = [])
    /// A map literal `{k: v}`.
    case map([MapEntry])
    /// A message construction `Name{field: value}` (parsed; evaluating one is an error without protobuf).
    case message(typeName: String, fields: [FieldInitializer])
    /// A comprehension: the single lowered form of every macro (`all`, `exists`, `map`, ...).
    case comprehension(Comprehension)
  }
}

/// One `key: value` entry of a map literal.
public struct MapEntry: Sendable, Hashable {
  /// The key expression.
  public let key: Expr
  /// The value expression.
  public let value: Expr
  /// Whether the entry was written `?key: value`: the value is an optional, and the entry is
  /// included only when it has a value.
  public let isOptional: Bool
  /// Creates an entry.
  public init(key: Expr, value: Expr, isOptional: Bool = false) {
    self.key = key
    self.value = value
    self.isOptional = isOptional
  }
}

/// One `field: value` initializer of a message construction.
public struct FieldInitializer: Sendable, Hashable {
  /// The field name.
  public let field: String
  /// The value expression.
  public let value: Expr
  /// Offset of the field name in the source.
  public let offset: Int
  /// Whether the initializer was written `?field: value`, with an optional value.
  public let isOptional: Bool
  /// Creates an initializer.
  public init(field: String, value: Expr, offset: Int, isOptional: Bool = false) {
    self.field = field
    self.value = value
    self.offset = offset
    self.isOptional = isOptional
  }
}

/// The loop every macro lowers to, with cel-go's semantics:
///
/// ```
/// accu = accuInit
/// for iterVar in iterRange {            // a list's elements, or a map's keys
///   if !loopCondition(accu) { break }
///   accu = loopStep(accu, iterVar)
/// }
/// return result(accu)
/// ```
///
/// A two-variable comprehension (cel-spec's `iter_var2`) binds `iterVar` to a list's index or a
/// map's key and `iterVar2` to the element or the value.
public struct Comprehension: Sendable, Hashable {
  /// The loop variable's name: the element or key, or with `iterVar2` the index or key.
  public let iterVar: String
  /// The second loop variable's name, bound to the element or value, in a two-variable loop.
  public let iterVar2: String?
  /// What is iterated.
  public let iterRange: Expr
  /// The accumulator's name (`@result` for the standard macros).
  public let accuVar: String
  /// The accumulator's initial value.
  public let accuInit: Expr
  /// Evaluated before each step; the loop stops when it is false.
  public let loopCondition: Expr
  /// The accumulator's next value.
  public let loopStep: Expr
  /// The comprehension's value, computed from the accumulator.
  public let result: Expr
  /// Creates a comprehension.
  public init(
    iterVar: String, iterVar2: String? = nil, iterRange: Expr, accuVar: String, accuInit: Expr,
    loopCondition: Expr, loopStep: Expr, result: Expr
  ) {
    self.iterVar = iterVar
    self.iterVar2 = iterVar2
    self.iterRange = iterRange
    self.accuVar = accuVar
    self.accuInit = accuInit
    self.loopCondition = loopCondition
    self.loopStep = loopStep
    self.result = result
  }
}

/// A literal value as written in source.
public enum Constant: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int64)
  case uint(UInt64)
  case double(Double)
  case string(String)
  case bytes([UInt8])
}

/// Function names that operators are parsed into (cel-go's names).
public enum Operator {
  public static let conditional = "_?_:_"
  public static let logicalAnd = "_&&_"
  public static let logicalOr = "_||_"
  public static let logicalNot = "!_"
  public static let negate = "-_"
  public static let equals = "_==_"
  public static let notEquals = "_!=_"
  public static let less = "_<_"
  public static let lessEquals = "_<=_"
  public static let greater = "_>_"
  public static let greaterEquals = "_>=_"
  public static let add = "_+_"
  public static let subtract = "_-_"
  public static let multiply = "_*_"
  public static let divide = "_/_"
  public static let modulo = "_%_"
  public static let index = "_[_]"
  /// `a.?f`: the field as an optional, none when absent; its second argument is the name as a string.
  public static let optionalSelect = "_?._"
  /// `a[?k]`: the element or entry as an optional, none when absent.
  public static let optionalIndex = "_[?_]"
  public static let `in` = "@in"
  /// Used by the `all`/`exists` macros' loop conditions: false only for `false`, true for errors.
  public static let notStrictlyFalse = "@not_strictly_false"
}
