import CEL

extension SnapshotSchema {
  /// Every way `document` does not match the schema, in schema order. Fields the schema does not
  /// declare are not checked: snapshots may carry more than the schema describes.
  func problems(in document: Value) -> [SchemaProblem] {
    problems(in: document, keepingAtMost: .max).kept
  }

  /// The first `limit` problems of `document` in schema order, and how many there are in all: a
  /// hostile snapshot with a million wrong items costs a count, not a million messages.
  func problems(in document: Value, keepingAtMost limit: Int) -> (kept: [SchemaProblem], count: Int) {
    guard case .map = document else { return ([.notAMapping(document)], 1) }
    // Most snapshots are valid: a walk that only answers yes or no settles them, and only an
    // invalid one is walked again to record its problems and their paths.
    var quick = Validation(records: false)
    if quick.check(document, against: validator) { return ([], 0) }
    var validation = Validation(records: true, limit: limit)
    validation.check(document, against: validator)
    return (validation.problems, validation.count)
  }

  /// The one thing every snapshot must be, validated or not: a mapping.
  static func structuralProblems(in document: Value) -> [SchemaProblem] {
    if case .map = document { return [] }
    return [.notAMapping(document)]
  }
}

/// One walk of a document along its schema. When it records, every problem is kept with its
/// path (a stack); when it does not, it stops at the first problem and keeps no path.
private struct Validation {
  let records: Bool
  /// The most problems kept; the others are only counted.
  let limit: Int
  var problems: [SchemaProblem] = []
  /// Every problem found, kept or not.
  var count = 0
  var path: [SchemaProblem.Step] = []

  init(records: Bool, limit: Int = .max) {
    self.records = records
    self.limit = limit
  }

  /// Counts a problem found and tells whether to keep it: when recording and fewer than `limit`
  /// are kept, so that the others cost no message.
  mutating func keepsProblem() -> Bool {
    guard records else { return false }
    count += 1
    return problems.count < limit
  }

  /// Whether `value` matches `node`, recording its problems if `records`.
  @discardableResult
  mutating func check(_ value: Value, against node: ValidationNode) -> Bool {
    guard node.admitsKind(of: value) else {
      if keepsProblem() { problems.append(.wrongType(value, node.types, at: path, hint: node.description)) }
      return false
    }
    if let allowed = node.allowedValues, !node.allows(value) {
      if keepsProblem() { problems.append(.notAllowed(value, allowed, at: path, hint: node.description)) }
      return false
    }
    switch value {
    case .string(let text):
      if let format = node.format, !format.admits(text) {
        if keepsProblem() { problems.append(.wrongFormat(value, format, at: path, hint: node.description)) }
        return false
      }
      // A string of no more bytes than the limit has no more characters either.
      if let maxLength = node.maxLength, text.utf8.count > maxLength {
        let length = text.unicodeScalars.count
        if length > maxLength {
          if keepsProblem() { problems.append(.tooLong(length, maxLength, at: path)) }
          return false
        }
      }
      return true
    case .map(let map):
      var matches = true
      for index in node.fields.indices {
        if let field = map[node.fields[index]] {
          if records { path.append(.key(node.fields[index].name)) }
          matches = check(field, against: node.propertyNodes[index]) && matches
          if records { path.removeLast() }
        } else if node.requiredProperties[index] {
          if keepsProblem() { problems.append(.missing(node.fields[index].name, at: path)) }
          matches = false
        }
        if !matches && !records { return false }
      }
      return matches
    case .list(let items):
      if let maxItems = node.maxItems, items.count > maxItems {
        if keepsProblem() { problems.append(.tooManyItems(items.count, maxItems, at: path)) }
        if !records { return false }
      }
      guard let itemSchema = node.items else { return true }
      var matches = node.maxItems.map { items.count <= $0 } ?? true
      for (index, item) in items.enumerated() {
        if records { path.append(.index(index)) }
        matches = check(item, against: itemSchema) && matches
        if records { path.removeLast() }
        if !matches && !records { return false }
      }
      return matches
    default:
      return true
    }
  }
}

/// A schema node prepared for validating many snapshots: immutable, shared by reference, with the
/// admitted value kinds as a bit set and each property's requiredness resolved.
final class ValidationNode: Sendable {
  let types: [SchemaType]
  /// The `ValueKind`s the node admits, as bits indexed by `ValueKind.rawValue`.
  let admittedKinds: UInt16
  let allowedValues: [Value]?
  /// `allowedValues` when they are all strings.
  let allowedStrings: [String]?
  let format: SchemaFormat?
  let maxItems: Int?
  let maxLength: Int?
  let description: String?
  /// The properties as parallel arrays (an array of tuples is copied, references retained, at
  /// every visit): each one's name, whether it is required, its node.
  let fields: [FieldName]
  let requiredProperties: [Bool]
  let propertyNodes: [ValidationNode]
  let items: ValidationNode?

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
    fields = node.properties.map(\.field)
    requiredProperties = node.properties.map { node.required.contains($0.name) }
    propertyNodes = node.properties.map { ValidationNode($0.node) }
    items = node.items.map(ValidationNode.init)
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
