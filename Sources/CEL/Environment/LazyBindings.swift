/// Variables computed on first use (a rule's `let`s), prepared once for an environment that
/// extends the environment of the variables an activation already holds.
///
/// `Activation.rebind(to:)` adopts them: the shared first variables keep their values, every
/// later slot is unbound, and each binding's slot gets its program. The names and the programs
/// of the later slots are laid out by slot in advance, in one table, so that adopting them costs
/// one retain rather than one per binding, which matters when one activation serves many rules
/// per check.
public struct LazyBindings: Sendable {
  /// The names of the extended environment's slots, with the programs of the later slots.
  let table: SlotTable
  /// How many leading slots keep their bindings.
  let keptCount: Int
  /// The programs given for kept slots, which replace those slots' bindings on adoption.
  let keptSlotPrograms: [(slot: Int, program: CompiledProgram)]

  /// Bindings of `environment`, which extends an environment of `count` variables, with a
  /// program for each of the given slots.
  public init(environment: Environment, keepingFirst count: Int, programs: [(slot: Int, program: Program)]) {
    let names = environment.variableNames
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
    table = SlotTable(names: names, programs: bySlot)
    keptSlotPrograms = kept
  }
}

/// The variable names of an environment in slot order, with the program that each unbound slot
/// runs on first use, if it has one: what an activation knows of its slots besides their
/// bindings.
final class SlotTable: Sendable {
  let names: [String]
  /// By slot, as many as there are names.
  let programs: [CompiledProgram?]

  init(names: [String], programs: [CompiledProgram?]) {
    self.names = names
    self.programs = programs
  }

  /// The names of `environment`'s variables, with no programs.
  convenience init(_ environment: Environment) {
    let names = environment.variableNames
    self.init(names: names, programs: Array(repeating: nil, count: names.count))
  }
}
