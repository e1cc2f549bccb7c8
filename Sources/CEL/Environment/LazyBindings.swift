/// Variables computed on first use (a rule's `let`s), prepared once for an environment that
/// extends the environment of the variables an activation already holds.
///
/// `Activation.rebind(to:)` adopts them: the shared first variables keep their values, every
/// later slot is unbound, and each binding's slot gets its program. The programs of the later
/// slots are laid out by slot in advance, so that adopting them costs one retain of that table
/// rather than one per binding, which matters when one activation serves many rules per check.
public struct LazyBindings: Sendable {
  /// The variable names of the extended environment, in slot order.
  let names: [String]
  /// How many leading slots keep their bindings.
  let keptCount: Int
  /// By slot, the program that an unbound slot after the kept ones runs on first use.
  let programs: [CompiledProgram?]
  /// The programs given for kept slots, which replace those slots' bindings on adoption.
  let keptSlotPrograms: [(slot: Int, program: CompiledProgram)]

  /// Bindings of `environment`, which extends an environment of `count` variables, with a
  /// program for each of the given slots.
  public init(environment: Environment, keepingFirst count: Int, programs: [(slot: Int, program: Program)]) {
    names = environment.variableNames
    keptCount = count
    var bySlot = [CompiledProgram?](repeating: nil, count: names.count)
    var kept: [(slot: Int, program: CompiledProgram)] = []
    for (slot, program) in programs where slot >= 0 && slot < names.count {
      if slot < count {
        kept.append((slot, program.compiled))
      } else {
        bySlot[slot] = program.compiled
      }
    }
    self.programs = bySlot
    keptSlotPrograms = kept
  }
}
