/// The variables of one evaluation context (one snapshot): a value or a lazily evaluated
/// program per declared slot, plus scratch space for comprehension variables.
///
/// Create one per context and reuse it for every program compiled in the same environment (or,
/// after `rebind(to:)`, in an extension of it). An activation is mutable and is
/// not shared across threads.
public final class Activation {
  /// What a declared variable's slot holds.
  enum Binding {
    case unbound
    case value(Value)
    /// A program to run on first use (a rule's `let:` binding).
    case lazy(CompiledProgram)
    /// The lazy program is running: reading the slot again means a cycle.
    case evaluating
    case failed(EvalError)
  }

  /// The slots of the current environment's variables, then slots that an earlier, larger
  /// environment used, kept unbound so that rebinding rarely resizes the storage.
  let bindings: SlotStorage<Binding>
  /// The names of the current environment's slots, and the program that each slot runs on
  /// first use while it is unbound (those of the adopted `LazyBindings`).
  private var table: SlotTable
  /// The number of the current environment's variables.
  private(set) var slotCount: Int
  /// Comprehension variables of the programs running, frame after frame.
  let locals = SlotStorage<Value>(repeating: .null, count: 0)
  /// Errors an accumulator holds instead of a value (a comprehension step that failed).
  let localErrors = SlotStorage<EvalError?>(repeating: nil, count: 0)
  /// Where the running program's frame starts in `locals`.
  var frameBase = 0
  /// Where the next frame would start.
  var frameTop = 0
  /// What evaluation in this activation spends, against its limits.
  public let meter = CostMeter()

  /// An activation with every variable of `environment` unbound.
  public init(environment: Environment) {
    table = SlotTable(environment)
    slotCount = table.names.count
    bindings = SlotStorage(repeating: .unbound, count: slotCount)
  }

  /// Adopts `bindings`: the first `keptCount` slots keep their bindings, every later slot of the
  /// extended environment becomes unbound, and the bindings' slots get their programs, to be
  /// evaluated on first use.
  ///
  /// One activation can so serve programs from several environments that share their first
  /// variables (a context's variables, then each rule's own `let`s) without binding the shared
  /// variables again or allocating a new activation.
  public func rebind(to bindings: LazyBindings) {
    let previousCount = slotCount
    table = bindings.table
    slotCount = table.names.count
    self.bindings.grow(to: slotCount, filling: .unbound)
    // Only the slots the previous environment used can hold anything to forget; the later
    // slots' programs are found by `resolve` when it meets them unbound.
    for slot in min(bindings.keptCount, previousCount)..<previousCount { self.bindings.set(slot, .unbound) }
    for (slot, program) in bindings.keptSlotPrograms { self.bindings.set(slot, .lazy(program)) }
  }

  /// Binds the variable in `slot` to a value.
  public func set(_ slot: Int, _ value: consuming Value) {
    guard slot >= 0 && slot < slotCount else { return }
    bindings.set(slot, .value(value))
  }

  /// Binds the variable in `slot` to a program evaluated on first use and then remembered;
  /// when it fails, its error is thrown wherever the variable is used.
  public func setLazy(_ slot: Int, _ program: Program) {
    guard slot >= 0 && slot < slotCount else { return }
    bindings.set(slot, .lazy(program.compiled))
  }

  /// Binds a variable by name; returns false when the environment has no such variable.
  @discardableResult
  public func set(_ name: String, _ value: Value) -> Bool {
    guard let slot = table.names.firstIndex(of: name) else { return false }
    set(slot, value)
    return true
  }

  /// The value of the variable in `slot`, running its lazy program if needed.
  @inline(__always)
  func value(at slot: Int) throws(EvalError) -> Value {
    guard slot < slotCount else {
      throw EvalError("variable slot \(slot) is not in this activation's environment")
    }
    if case .value(let value) = bindings[slot] { return value }
    return try resolve(slot)
  }

  private func resolve(_ slot: Int) throws(EvalError) -> Value {
    switch bindings[slot] {
    case .value(let value):
      return value
    case .unbound:
      // Held here, so that a `rebind` by a function that the program calls cannot free it.
      guard let program = table.programs[slot] else {
        throw EvalError.unboundVariable(table.names[slot])
      }
      return try evaluate(program, into: slot)
    case .evaluating:
      throw EvalError.cyclicBinding(table.names[slot])
    case .failed(let error):
      throw error
    case .lazy(let program):
      // The binding holds the program only until `evaluate` replaces it: the local keeps it.
      return try evaluate(program, into: slot)
    }
  }

  /// Runs the program of the variable in `slot` and remembers its value, or its error.
  private func evaluate(_ program: CompiledProgram, into slot: Int) throws(EvalError) -> Value {
    bindings.set(slot, .evaluating)
    do throws(EvalError) {
      let value = try program.evaluate(self)
      bindings.set(slot, .value(value))
      return value
    } catch {
      bindings.set(slot, .failed(error))
      throw error
    }
  }

  /// Reserves a frame of `count` comprehension variables; returns the previous frame base.
  func pushFrame(_ count: Int) -> (base: Int, top: Int) {
    let saved = (frameBase, frameTop)
    frameBase = frameTop
    frameTop += count
    locals.grow(to: frameTop, filling: .null)
    localErrors.grow(to: frameTop, filling: nil)
    return saved
  }

  /// Releases the frame reserved by the matching `pushFrame`.
  func popFrame(_ saved: (base: Int, top: Int)) {
    (frameBase, frameTop) = saved
  }
}
