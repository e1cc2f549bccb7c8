import CEL

extension SnapshotSchema {
  /// Completes `document` in place with what the schema declares: every
  /// declared field that is absent reads as its `default:` (null when there is none), and one
  /// written as null reads as its default when there is one. Filled-in entries are marked, so
  /// `has()` still tells whether the snapshot wrote a value (a null replaced by a default is none,
  /// as in protobuf's JSON); the values rules see (and `eval`
  /// and `explain` print) include the defaults. A document that does not match the schema is
  /// completed where its shape allows (`--no-validate`).
  ///
  /// In place, so that a document read once is completed without copying it: a copy kept by the
  /// caller would make every map in it shared, and each would be copied whole.
  func complete(_ document: inout Value) {
    _ = validator.complete(&document, checking: false)
  }

  /// Completes `document` in place, as `complete` does, and checks it against the schema in the
  /// same walk: true when it matches. Each value is checked as written before a default replaces
  /// it. At the first problem the walk stops and returns false, leaving the document partly
  /// completed: `problems(in:)` needs the document as it was read.
  func completeIfValid(_ document: inout Value) -> Bool {
    guard case .map = document else { return false }
    return validator.complete(&document, checking: true)
  }
}

extension ValidationNode {
  /// Completes `value` in place: the walk takes each map and list out of its enclosing value
  /// before changing it, so a document read once is changed without a copy. When `checking`, it
  /// also checks every value against its node on the way, and stops at the first problem with
  /// false; otherwise it returns true.
  func complete(_ value: inout Value, checking: Bool) -> Bool {
    if checking {
      guard admitsKind(of: value) else { return false }
      // A node that completes nothing is checked whole, by the one validator.
      guard completes else { return !constrainsContent || matches(value) }
      guard allowedValues == nil || allows(value) else { return false }
    } else if !completes {
      return true
    }
    return Self.complete(
      &value, properties: properties, names: propertyNames, items: items, checking: checking ? self : nil)
  }

  /// Completes `value` with the declared `properties` (their names in `names`) of an object node
  /// or the `items` of an array node, checking it against `node` on the way when there is one:
  /// the walk of `complete(_:checking:)`, made static so that a node's own `default:` is completed
  /// while the node is being made.
  static func complete(
    _ value: inout Value, properties: [ValidationProperty], names: FieldTable, items: ValidationNode?,
    checking node: ValidationNode?
  ) -> Bool {
    let checking = node != nil
    // Each map or list is taken out of `value`, leaving null in its place, so that it has no
    // other reference and changes in place (a `switch` on `value` would hold a second one).
    if !properties.isEmpty, case .map(var map) = value {
      value = .null
      defer { value = .map(map) }
      var found = 0
      var requiredFound = 0
      var matches = true
      map.updateEntries(named: names) { position, field in
        guard matches else { return false }
        found += 1
        let property = properties[position]
        if property.isRequired { requiredFound += 1 }
        guard property.node.complete(&field, checking: checking) else {
          matches = false
          return false
        }
        // A null with a default is no value, as in protobuf's JSON: `has()` does not see it.
        if case .null = field, let fill = property.node.completedDefault {
          field = fill
          return true
        }
        return false
      }
      if let node, !matches || requiredFound < node.requiredCount { return false }
      if found < properties.count {
        map.reserveCapacity(map.count + properties.count - found)
        // A field the map has is left as it is.
        for property in properties {
          map.appendDefault(property.field, property.node.completedDefault ?? .null)
        }
      }
      return true
    }
    if let items, case .list(var list) = value {
      if let maxItems = node?.maxItems, list.count > maxItems { return false }
      guard checking || items.completes else { return true }
      value = .null
      defer { value = .list(list) }
      for index in list.indices where !items.complete(&list[index], checking: checking) { return false }
      return true
    }
    // A value of another kind than the node completes (a string where a node with properties
    // also admits strings) is checked whole.
    return node.map { $0.matches(value) } ?? true
  }
}
