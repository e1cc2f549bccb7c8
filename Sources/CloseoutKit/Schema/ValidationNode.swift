import CEL

/// A schema node prepared for validating many snapshots: immutable, shared by reference, with the
/// admitted value kinds as a bit set, each property's requiredness resolved, and whether anything
/// beyond the kind is to be checked.
final class ValidationNode: Sendable {
  let types: [SchemaType]
  /// The `ValueKind`s the node admits, as bits indexed by `ValueKind.rawValue`.
  let admittedKinds: UInt16
  /// Whether a value of an admitted kind may still fail the node (it has an enum, a format, a
  /// size limit, properties or items): most nodes only name types, and are settled by the kind.
  let constrainsContent: Bool
  let allowedValues: [Value]?
  /// `allowedValues` when they are all strings.
  let allowedStrings: [String]?
  let format: SchemaFormat?
  let maxItems: Int?
  let maxLength: Int?
  let description: String?
  /// The declared properties, in schema order.
  let properties: [ValidationProperty]
  /// Their names, to find them in a map with one pass over its entries.
  let propertyNames: FieldTable
  /// How many of them are required.
  let requiredCount: Int
  let items: ValidationNode?
  /// Whether values of the node are completed with what the schema declares: it declares
  /// properties, or its items do.
  let completes: Bool
  /// The node's `default:`, itself completed, or nil.
  let completedDefault: Value?

  init(_ node: SchemaNode) {
    types = node.types ?? SchemaType.allCases
    var mask: UInt16 = 0
    for kind in ValueKind.allCases where types.contains(where: { $0.admits(kind) }) {
      mask |= 1 << kind.rawValue
    }
    admittedKinds = node.types == nil ? .max : mask
    allowedValues = node.allowedValues
    let strings = node.allowedValues?.compactMap(\.stringValue)
    allowedStrings = strings?.count == node.allowedValues?.count ? strings : nil
    format = node.format
    maxItems = node.maxItems
    maxLength = node.maxLength
    description = node.description
    properties = node.properties.map {
      ValidationProperty(
        field: $0.field, isRequired: node.required.contains($0.name), node: ValidationNode($0.node))
    }
    propertyNames = FieldTable(properties.map(\.field))
    requiredCount = properties.count { $0.isRequired }
    items = node.items.map(ValidationNode.init)
    constrainsContent =
      allowedValues != nil || format != nil || maxItems != nil || maxLength != nil || !properties.isEmpty
      || items != nil
    completes = !properties.isEmpty || items?.completes == true
    completedDefault = node.defaultValue.map { [properties, propertyNames, items] in
      var value = $0
      _ = Self.complete(&value, properties: properties, names: propertyNames, items: items, checking: nil)
      return value
    }
  }

  /// Whether the node admits values of `kind`.
  func admits(_ kind: ValueKind) -> Bool {
    admittedKinds & (1 << kind.rawValue) != 0
  }

  /// Whether the value's kind is one the node admits.
  func admitsKind(of value: Value) -> Bool {
    admits(value.kind)
  }

  /// Whether `value` is one of `allowedValues` (any value is when there are none); when they are
  /// all strings (the usual `enum`), they are compared without going through `same`.
  func allows(_ value: Value) -> Bool {
    if let allowedStrings {
      guard case .string(let text) = value else { return false }
      return allowedStrings.contains(text)
    }
    return allowedValues?.contains { Self.same(value, $0) } ?? true
  }

  /// Whether a value equals an `enum` value: numbers by value, everything else by kind and value.
  private static func same(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.string(let x), .string(let y)): x == y
    case (.int(let x), .int(let y)): x == y
    case (.int(let x), .double(let y)), (.double(let y), .int(let x)): Double(x) == y
    case (.double(let x), .double(let y)): x == y
    case (.bool(let x), .bool(let y)): x == y
    case (.null, .null): true
    default: false
    }
  }
}

/// A declared property of a `ValidationNode`: one reference per property, so that visiting it
/// retains one object rather than its name and its node.
final class ValidationProperty: Sendable {
  /// The property's name, hashed for looking it up in every snapshot.
  let field: FieldName
  let isRequired: Bool
  let node: ValidationNode

  init(field: FieldName, isRequired: Bool, node: ValidationNode) {
    self.field = field
    self.isRequired = isRequired
    self.node = node
  }
}
