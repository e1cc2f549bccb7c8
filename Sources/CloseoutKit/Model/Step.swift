/// One step of the checklist, such as "communicate" or "feedback".
public struct Step: Sendable {
  /// Unique id, referenced by rules and by other steps' `after`.
  public var id: Located<String>
  /// What the step is, shown as the checklist line.
  public var title: String
  /// Longer explanation, for generated documentation.
  public var description: String?
  /// Ids of the steps that must be done before this one.
  public var after: [Located<String>]
}
