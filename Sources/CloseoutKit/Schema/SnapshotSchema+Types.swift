import CEL

extension SnapshotSchema {
  /// The type of the whole document, the `snapshot` variable: an object named `snapshot`.
  var documentType: CELType { root.celType(named: "snapshot") }

  /// The type of the top-level section `name`, or nil when the schema does not declare it.
  func sectionType(_ name: String) -> CELType? {
    root.property(name)?.celType(named: name)
  }
}

extension SchemaNode {
  /// The CEL type the checker sees for values of this node; `name` names an object type in
  /// messages (`task` for the items of `tasks`).
  ///
  /// Null in a type list only makes the field nullable (null comparisons always check). An object
  /// with properties is an object type, whose undeclared fields are errors; one without is a map.
  /// A `number` is a `double` (snapshots may hold ints there, which compare with doubles but need
  /// `double()` for arithmetic with them); enums and date-times are strings. A node that allows
  /// several types is `dyn`.
  func celType(named name: String) -> CELType {
    let declared = types ?? (!properties.isEmpty ? [.object] : items != nil ? [.array] : nil)
    guard let declared else { return .dyn }
    let concrete = Set(declared).subtracting([.null])
    if concrete.isEmpty { return .null }
    if concrete == [.integer, .number] { return .double }
    guard concrete.count == 1, let only = concrete.first else { return .dyn }
    switch only {
    case .object:
      guard !properties.isEmpty else { return .map(.string, .dyn) }
      var fields: [String: CELType] = [:]
      for property in properties { fields[property.name] = property.node.celType(named: property.name) }
      return .object(ObjectType(name: name, fields: fields))
    case .array: return .list(items?.celType(named: Self.singular(name)) ?? .dyn)
    case .string: return .string
    case .integer: return .int
    case .number: return .double
    case .boolean: return .bool
    case .null: return .null
    }
  }

  /// What one item of a list called `name` is called: `tasks` → `task`, `entries` → `entry`.
  static func singular(_ name: String) -> String {
    if name.hasSuffix("ies") { return name.dropLast(3) + "y" }
    if name.hasSuffix("s"), !name.hasSuffix("ss") { return String(name.dropLast()) }
    return name + " item"
  }
}
