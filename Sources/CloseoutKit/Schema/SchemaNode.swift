import CEL

/// What the value at one place of a snapshot may be: one node of the snapshot schema, a subset
/// of JSON Schema (`type`, `properties`, `required`, `items`, `enum`, `format`, `description`,
/// `maxItems`, `maxLength`, `default`).
struct SchemaNode: Sendable {
  /// The types allowed; nil allows any value.
  var types: [SchemaType]?
  /// The declared properties of an object, in declaration order.
  var properties: [SchemaProperty] = []
  /// The properties an object must have (a required property may still be null if its type allows).
  var required: [String] = []
  /// The schema of an array's items, as zero or one element (a struct cannot hold itself).
  var itemList: [SchemaNode] = []
  /// The only values allowed, when restricted.
  var allowedValues: [Value]?
  /// A format that strings must have.
  var format: SchemaFormat?
  /// The most items an array may have.
  var maxItems: Int?
  /// The longest a string may be, in characters (JSON Schema counts code points; the cost
  /// estimate reads it as bytes, up to four per character).
  var maxLength: Int?
  /// What the value means, shown as a hint when a snapshot gets it wrong.
  var description: String?
  /// What the field reads as when a snapshot leaves it out or writes null.
  var defaultValue: Value?
  /// Where the node is written; nil for the built-in schema.
  var location: SourceLocation?

  /// The schema of an array's items, if declared.
  var items: SchemaNode? {
    get { itemList.first }
    set { itemList = newValue.map { [$0] } ?? [] }
  }

  /// The declared property `name`.
  func property(_ name: String) -> SchemaNode? {
    properties.first { $0.name == name }?.node
  }

  /// Whether the value is allowed to be null.
  var allowsNull: Bool { types?.contains(.null) ?? true }
}

/// A declared property of an object schema.
struct SchemaProperty: Sendable {
  /// The property's name.
  var name: String
  /// The name, hashed once for looking it up in every snapshot.
  var field: FieldName
  /// Its schema.
  var node: SchemaNode

  init(name: String, node: SchemaNode) {
    self.name = name
    field = FieldName(name)
    self.node = node
  }
}

/// The JSON Schema type names a schema may use.
enum SchemaType: String, Sendable, CaseIterable {
  case object, array, string, integer, number, boolean, null

  /// The type in messages: "a mapping", "an integer".
  var phrase: String {
    switch self {
    case .object: "a mapping"
    case .array: "a list"
    case .string: "a string"
    case .integer: "an integer"
    case .number: "a number"
    case .boolean: "a boolean"
    case .null: "null"
    }
  }

  /// Whether `value` is of this type: integers are CEL ints (or uints), numbers any of those or
  /// doubles.
  func admits(_ value: Value) -> Bool { admits(value.kind) }

  /// Whether values of `kind` are of this type.
  func admits(_ kind: ValueKind) -> Bool {
    switch (self, kind) {
    case (.object, .map), (.array, .list), (.string, .string), (.boolean, .bool), (.null, .null),
      (.integer, .int), (.integer, .uint), (.number, .int), (.number, .uint), (.number, .double):
      true
    default: false
    }
  }
}

/// The string formats a schema may require.
enum SchemaFormat: String, Sendable, CaseIterable {
  /// An RFC 3339 timestamp such as `2026-11-20T10:00:00Z`.
  case dateTime = "date-time"

  /// The years a `date-time` may fall in: rules add and subtract days and weeks to dates, which
  /// must stay within CEL's timestamps (years 1 to 9999).
  static let years = 1900...9000

  /// Whether `text` has the format.
  func admits(_ text: String) -> Bool {
    switch self {
    case .dateTime:
      guard Timestamp(rfc3339: text) != nil else { return false }
      return Self.years.contains(Self.year(of: text))
    }
  }

  /// The year a valid RFC 3339 timestamp starts with: its first four bytes, which are digits.
  private static func year(of timestamp: String) -> Int {
    let bytes = timestamp.utf8.span
    var year = 0
    for position in 0..<4 { year = year * 10 + Int(bytes[position] &- UInt8(ascii: "0")) }
    return year
  }
}
