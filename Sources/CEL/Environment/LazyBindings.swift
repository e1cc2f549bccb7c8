/// Variables computed on first use (a rule's `let`s), prepared once for an environment that
/// extends the environment of the variables an activation already holds.
///
/// `Activation.rebind(to:)` adopts them: the shared first variables keep their values, every
/// later slot is unbound, and each binding's slot gets its program. Preparing the names and
/// programs up front keeps that to one retain per binding, which matters when one activation
/// serves many rules per check.
public struct LazyBindings: Sendable {
  /// The variable names of the extended environment, in slot order.
  let names: [String]
  /// How many leading slots keep their bindings.
  let keptCount: Int
  /// Each binding's slot and compiled program.
  let programs: [(slot: Int, program: CompiledProgram)]

  /// Bindings of `environment`, which extends an environment of `count` variables, with a
  /// program for each of the given slots.
  public init(environment: Environment, keepingFirst count: Int, programs: [(slot: Int, program: Program)]) {
    names = environment.variableNames
    keptCount = count
    self.programs = programs.map { ($0.slot, $0.program.compiled) }
  }
}
