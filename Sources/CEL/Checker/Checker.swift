/// Deduces the type of every node of an expression from the environment's declarations, and
/// reports calls that no overload accepts given the argument types known statically.
///
/// Values whose type is not known statically (`dyn` variables, map values of type `dyn`) are
/// checked at run time instead. Object types (records described by a schema) make field
/// selection checked: a field they do not declare is an error with a did-you-mean.
/// Equality of different types is accepted (it is well defined at run time) except between two
/// different primitive types that cannot be equal, such as a string and a number; `?:` with
/// different branch types and heterogeneous list literals are accepted, where cel-go's checker
/// is stricter.
public struct Checker {
  let environment: Environment
  /// The deduced types, by node id.
  private(set) var types: [Int: CELType] = [:]
  /// Comprehension variables in scope, innermost last.
  var scopes: [(name: String, type: CELType)] = []

  /// A checker for expressions of `environment`.
  public init(environment: Environment) {
    self.environment = environment
  }

  /// The type of `expr`, after checking all of it; the deduced type of every node is in
  /// `types` afterwards.
  public mutating func check(_ expr: Expr) throws(CompileError) -> CELType {
    let type = try deduce(expr)
    types[expr.id] = type
    return type
  }

  private mutating func deduce(_ expr: Expr) throws(CompileError) -> CELType {
    switch expr.kind {
    case .literal(let constant):
      return Value(constant).runtimeType
    case .ident, .select(_, _, testOnly: false):
      return try name(expr)
    case .select(let operand, let field, testOnly: true):
      // `has(a.f)` of a field an object type does not declare can never be true: an error too.
      _ = try selecting(field, from: try check(operand), at: expr)
      return .bool
    case .call(let function, let target, let args):
      return try call(expr, function: function, target: target, args: args)
    case .list(let elements, let optionalIndices):
      var element: CELType?
      for (position, item) in elements.enumerated() {
        var type = try check(item)
        if optionalIndices.contains(position) { type = try optionalEntry(type, at: item) }
        element = element.map { TypeBindings.join($0, type) } ?? type
      }
      return .list(element ?? .dyn)
    case .map(let entries):
      var key: CELType?
      var value: CELType?
      // CEL makes a map literal with repeated keys an error: with constant keys it is known now.
      var constantKeys = Set<MapKey>()
      for entry in entries {
        if case .literal(let constant) = entry.key.kind {
          let written = Value(constant)
          if let stored = MapKey(storing: written), !constantKeys.insert(stored).inserted {
            throw CompileError.repeatedMapKey(written, at: entry.key.offset)
          }
        }
        let k = try check(entry.key)
        var v = try check(entry.value)
        if entry.isOptional { v = try optionalEntry(v, at: entry.value) }
        key = key.map { TypeBindings.join($0, k) } ?? k
        value = value.map { TypeBindings.join($0, v) } ?? v
      }
      return .map(key ?? .dyn, value ?? .dyn)
    case .message(let typeName, let fields):
      for field in fields { _ = try check(field.value) }
      return .named(typeName, [])
    case .comprehension(let loop):
      return try comprehension(loop)
    }
  }

  private mutating func comprehension(_ loop: Comprehension) throws(CompileError) -> CELType {
    let range = try check(loop.iterRange)
    // One variable is a list's element or a map's key; two are the index and the element, or
    // the key and the value.
    let (element, second): (CELType, CELType) =
      switch (range, loop.iterVar2) {
      case (.list(let element), nil): (element, .dyn)
      case (.list(let element), _): (.int, element)
      case (.map(let key, let value), _): (key, value)
      case (.object, .some): (.string, .dyn)
      default: (.dyn, .dyn)
      }
    var accumulator = try check(loop.accuInit)
    // A list built up from `[]` (`filter`, `map`) takes its element type from what is added, a
    // map built up from `{}` (`transformMap`) its key and value types.
    if case .list(let items, _) = loop.accuInit.kind, items.isEmpty { accumulator = .list(TypeBindings.free) }
    if case .map(let entries) = loop.accuInit.kind, entries.isEmpty {
      accumulator = .map(TypeBindings.free, TypeBindings.free)
    }
    scopes.append((loop.accuVar, accumulator))
    scopes.append((loop.iterVar, element))
    if let name = loop.iterVar2 { scopes.append((name, second)) }
    _ = try check(loop.loopCondition)
    let step = try check(loop.loopStep)
    scopes.removeLast(loop.iterVar2 == nil ? 1 : 2)
    // The accumulator's type is what the init and the step agree on.
    scopes[scopes.count - 1].type = TypeBindings.closed(TypeBindings.join(accumulator, step))
    let result = try check(loop.result)
    scopes.removeLast()
    return TypeBindings.closed(result)
  }

  /// An identifier or `a.b.c` chain, resolved as the planner does (longest declared prefix).
  private mutating func name(_ expr: Expr) throws(CompileError) -> CELType {
    guard let chain = expr.nameChain else {
      guard case .select(let operand, let field, _) = expr.kind else { return .dyn }
      return try selecting(field, from: try check(operand), at: expr)
    }
    let parts = chain.map(\.part)
    var resolved: (type: CELType, used: Int)?
    if let local = scopes.last(where: { $0.name == parts[0] }) {
      resolved = (local.type, 1)
    } else {
      for length in stride(from: parts.count, through: 1, by: -1) {
        let name = parts[..<length].joined(separator: ".")
        if let slot = environment.slot(of: name) {
          resolved = (environment.variables[slot].type, length)
          break
        }
        if environment.constants[name] != nil {
          resolved = (.dyn, length)
          break
        }
        if let type = CELType.denoted(by: name) {
          resolved = (.type(type), length)
          break
        }
      }
    }
    guard var (type, used) = resolved else { return .dyn }  // undeclared: the planner reports it
    types[chain[used - 1].expr.id] = type
    while used < chain.count {
      type = try selecting(chain[used].part, from: type, at: chain[used].expr)
      types[chain[used].expr.id] = type
      used += 1
    }
    return type
  }

  /// The type of `field` selected from a value of type `operand`; from an optional, an optional
  /// (`a.?b.c` stays optional). `fieldOffset` is where the field name is, by default after the `.`.
  func selecting(_ field: String, from operand: CELType, at expr: Expr, fieldOffset: Int? = nil)
    throws(CompileError) -> CELType
  {
    if let wrapped = operand.optionalWrapped {
      return .optional(try selecting(field, from: wrapped, at: expr, fieldOffset: fieldOffset))
    }
    switch operand {
    case .map(_, let value): return value
    case .object(let object):
      if let type = object.fields[field] { return type }
      throw CompileError.unknownField(field, on: object, at: fieldOffset ?? expr.offset + 1)
    case .dyn, .error, .parameter, .named: return .dyn
    default:
      throw CompileError(
        offset: expr.offset, message: "type '\(operand)' does not support field selection ('\(field)')",
        kind: .typeMismatch)
    }
  }
}
