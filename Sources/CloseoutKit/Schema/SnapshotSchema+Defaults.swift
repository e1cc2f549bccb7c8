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
    validator.complete(&document)
  }
}

extension ValidationNode {
  /// Completes `value`, valid against this node, in place: the walk takes each map and list out
  /// of its enclosing value before changing it, so a document read once is changed without a copy.
  func complete(_ value: inout Value) {
    guard completes else { return }
    Self.complete(&value, properties: properties, names: propertyNames, items: items)
  }

  /// Completes `value` with the declared `properties` (their names in `names`) of an object node
  /// or the `items` of an array node.
  static func complete(
    _ value: inout Value, properties: [ValidationProperty], names: FieldTable, items: ValidationNode?
  ) {
    // Each map or list is taken out of `value`, leaving null in its place, so that it has no
    // other reference and changes in place (a `switch` on `value` would hold a second one).
    if !properties.isEmpty, case .map(var map) = value {
      value = .null
      var found = 0
      map.updateEntries(named: names) { position, field in
        found += 1
        let node = properties[position].node
        // A null with a default is no value, as in protobuf's JSON: `has()` does not see it.
        if case .null = field, let fill = node.completedDefault {
          field = fill
          return true
        }
        node.complete(&field)
        return false
      }
      if found < properties.count {
        map.reserveCapacity(map.count + properties.count - found)
        // A field the map has is left as it is.
        for property in properties {
          map.appendDefault(property.field, property.node.completedDefault ?? .null)
        }
      }
      value = .map(map)
    } else if let items, items.completes, case .list(var list) = value {
      value = .null
      for index in list.indices { items.complete(&list[index]) }
      value = .list(list)
    }
  }
}
