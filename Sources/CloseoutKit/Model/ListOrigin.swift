/// Where a named list of a rule set comes from: the declaration in force, the earlier ones it
/// replaced and the later layers' `add:`/`remove:` changes made to it, for `closeout rules list`.
public struct ListOrigin: Sendable, Equatable {
  /// The list's name, as in `lists.NAME`.
  public var name: String
  /// Where the list in force is declared with its entries.
  public var declared: SourceLocation
  /// Earlier declarations of the same name that a later layer's declaration replaced, oldest first.
  public var replaced: [SourceLocation] = []
  /// The changes later layers made to it, in layering order.
  public var edits: [Edit] = []

  /// One `add:`/`remove:` change, its entries by language code (the empty code for a list that is
  /// not by language).
  public struct Edit: Sendable, Equatable {
    /// Where the change is written.
    public var location: SourceLocation
    /// The entries it adds, by language code.
    public var added: [String: [String]]
    /// The entries it removes, by language code.
    public var removed: [String: [String]]
  }

  /// The origin of a list first declared at `declared`.
  init(name: String, declared: SourceLocation) {
    self.name = name
    self.declared = declared
  }

  /// This origin for a declaration at `location` that replaces the list.
  func replaced(by location: SourceLocation) -> ListOrigin {
    var origin = ListOrigin(name: name, declared: location)
    origin.replaced = replaced + [declared]
    return origin
  }
}
