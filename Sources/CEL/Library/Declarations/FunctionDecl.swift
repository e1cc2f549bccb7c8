/// A function an expression may call: a name and its overloads.
///
/// The standard library is a list of these; an environment's own declarations are added to it,
/// and a declaration whose name the library already has contributes further overloads.
public struct FunctionDecl: Sendable {
  /// The name as written in expressions (`size`, `startsWith`), or the operator's internal
  /// name (`_+_`, `@in`); a qualified name like `strings.quote` is called as written.
  public var name: String
  /// The overloads; they may mix global and receiver-style ones.
  public var overloads: [Overload]
  /// Whether calls with constant arguments may be evaluated once at compile time: true for the
  /// standard library, whose functions are pure.
  public var isPure: Bool

  /// Creates a declaration.
  public init(_ name: String, isPure: Bool = false, _ overloads: [Overload]) {
    self.name = name
    self.overloads = overloads
    self.isPure = isPure
  }
}
