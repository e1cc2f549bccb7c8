import CEL

extension SnapshotSchema {
  /// Every way `document` does not match the schema, in schema order. Fields the schema does not
  /// declare are not checked: snapshots may carry more than the schema describes.
  func problems(in document: Value) -> [SchemaProblem] {
    problems(in: document, keepingAtMost: .max).kept
  }

  /// The first `limit` problems of `document` in schema order, and how many there are in all: a
  /// hostile snapshot with a million wrong items costs a count, not a million messages. Most
  /// snapshots are valid and settled by `completeIfValid` in the walk that completes them: this
  /// walk, which keeps every problem with its path, is for the others.
  func problems(in document: Value, keepingAtMost limit: Int) -> (kept: [SchemaProblem], count: Int) {
    guard case .map = document else { return ([.notAMapping(document)], 1) }
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

extension ValidationNode {
  /// Whether `value` matches this node, settled at the first problem without recording any.
  func matches(_ value: Value) -> Bool {
    var validation = Validation(records: false)
    return validation.check(value, against: self)
  }
}

extension SchemaNode {
  /// Every way `value`, placed at `path`, does not match this node: how a schema's own `default:`
  /// values are checked.
  func problems(in value: Value, at path: [SchemaProblem.Step]) -> [SchemaProblem] {
    var validation = Validation(records: true)
    validation.path = path
    validation.check(value, against: ValidationNode(self))
    return validation.problems
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

  /// Whether `value` matches `node`, recording its problems if `records`. A node that only names
  /// types is settled here by the value's kind, without a call.
  @discardableResult
  @inline(__always)
  mutating func check(_ value: Value, against node: ValidationNode) -> Bool {
    guard node.admitsKind(of: value) else {
      if keepsProblem() { problems.append(.wrongType(value, node.types, at: path, hint: node.description)) }
      return false
    }
    return !node.constrainsContent || checkContent(of: value, against: node)
  }

  /// Whether `value`, of a kind `node` admits, matches the node's other constraints.
  private mutating func checkContent(of value: Value, against node: ValidationNode) -> Bool {
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
      return checkProperties(of: map, against: node)
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

  /// Whether `map` matches `node`'s properties: recording, the problems of each in schema order;
  /// not recording, up to the first problem.
  private mutating func checkProperties(of map: MapValue, against node: ValidationNode) -> Bool {
    var matches = true
    for property in node.properties {
      if let field = map[property.field] {
        if records { path.append(.key(property.field.name)) }
        matches = check(field, against: property.node) && matches
        if records { path.removeLast() }
        if !matches && !records { return false }
      } else if property.isRequired {
        if keepsProblem() { problems.append(.missing(property.field.name, at: path)) }
        if !records { return false }
        matches = false
      }
    }
    return matches
  }
}
