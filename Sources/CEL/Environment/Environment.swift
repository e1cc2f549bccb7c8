/// What expressions may refer to: variables in slot order and the functions (the standard
/// library plus any declared here). Compile each expression once, then evaluate the program
/// as often as needed.
public struct Environment: Sendable {
  /// The declared variables; a variable's slot is its position here.
  public private(set) var variables: [(name: String, type: CELType)]
  /// The variables' names in slot order, shared by every activation.
  private(set) var variableNames: [String]
  private var slots: [String: Int]
  /// Names whose values are known when expressions compile: the planner folds them, and
  /// specialised overloads can prepare their arguments once.
  public let constants: [String: Value]
  let registry: FunctionRegistry

  /// An environment with these variables and constants and the standard library plus
  /// `functions`; a function whose name the library already has adds overloads to it.
  public init(
    variables: [(name: String, type: CELType)], constants: [String: Value] = [:],
    functions: [FunctionDecl] = []
  ) {
    self.init(
      variables: variables, constants: constants,
      registry: FunctionRegistry(StandardLibrary.declarations + functions))
  }

  private init(
    variables: [(name: String, type: CELType)], constants: [String: Value], registry: FunctionRegistry
  ) {
    self.variables = variables
    self.constants = constants
    variableNames = variables.map(\.name)
    var slots: [String: Int] = [:]
    for (slot, variable) in variables.enumerated() { slots[variable.name] = slot }
    self.slots = slots
    self.registry = registry
  }

  /// This environment with more variables after the existing ones (which keep their slots); a
  /// new variable with an existing name hides the old one. The functions are shared.
  public func extending(variables more: [(name: String, type: CELType)]) -> Environment {
    Environment(variables: variables + more, constants: constants, registry: registry)
  }

  /// Adds one variable after the existing ones, in place; a new variable with an existing name
  /// hides the old one. Declaring n variables one by one takes O(n) time as long as no copy of
  /// this environment is kept meanwhile (compiling an expression keeps none).
  public mutating func declare(_ name: String, type: CELType) {
    slots[name] = variables.count
    variables.append((name, type))
    variableNames.append(name)
  }

  /// The slot of a variable, or nil when it is not declared.
  public func slot(of name: String) -> Int? { slots[name] }

  /// Parses and compiles an expression; a syntax error is reported at its offset.
  public func compile(_ source: String, options: CompileOptions = CompileOptions()) throws(CompileError)
    -> Program
  {
    try compile(try Self.parse(source, options), options: options)
  }

  /// The type the checker deduces for an expression (`dyn` where it depends on run-time values).
  public func deducedType(
    of source: String, options: CompileOptions = CompileOptions()
  ) throws(CompileError) -> CELType {
    var checker = Checker(environment: self)
    return try checker.check(try Self.parse(source, options))
  }

  private static func parse(_ source: String, _ options: CompileOptions) throws(CompileError) -> Expr {
    do {
      return try Parser(options: options.parser).parse(source).root
    } catch {
      let first = error.errors.first
      throw CompileError(offset: first?.offset ?? 0, message: first?.message ?? "syntax error", kind: .syntax)
    }
  }

  /// Compiles a parsed expression into a program.
  public func compile(_ expr: Expr, options: CompileOptions = CompileOptions()) throws(CompileError)
    -> Program
  {
    var type = CELType.dyn
    if options.checksDeclarations {
      var checker = Checker(environment: self)
      type = try checker.check(expr)
    }
    var planner = Planner(environment: self, options: options)
    let root = try planner.plan(expr)
    return Program(root: root, localCount: planner.localCount, resultType: type, cost: planner.cost)
  }
}

/// How strictly an expression is compiled.
public struct CompileOptions: Sendable {
  /// When true (the default), a reference to an undeclared variable or function, a call with no
  /// overload of that shape, or an invalid constant argument is a compile error. When false,
  /// they compile to code that fails only if evaluated, as CEL does for unchecked expressions.
  public var checksDeclarations: Bool
  /// The parser's limits and switches.
  public var parser: ParserOptions

  /// Creates options.
  public init(checksDeclarations: Bool = true, parser: ParserOptions = ParserOptions()) {
    self.checksDeclarations = checksDeclarations
    self.parser = parser
  }
}

extension Environment {
  /// The most an expression may cost on values within the sizes `hints` gives, in the units the
  /// run-time meter charges (see `EvaluationLimits`); `known` gives the estimates of variables
  /// bound to earlier expressions (`let`s), by name.
  public func estimateCost(
    of source: String, hints: SizeHints, known: [String: CostEstimate] = [:],
    options: CompileOptions = CompileOptions()
  ) throws(CompileError) -> CostEstimate {
    estimateCost(of: try Self.parse(source, options), hints: hints, known: known)
  }

  /// The estimate of an expression already parsed (see `estimateCost(of:hints:known:options:)`).
  public func estimateCost(of expr: Expr, hints: SizeHints, known: [String: CostEstimate] = [:])
    -> CostEstimate
  {
    var estimator = CostEstimator(environment: self, hints: hints, known: known)
    return estimator.estimate(expr)
  }
}
