import CEL

extension SnapshotSchema {
  /// `document`, valid against the schema, completed with what the schema declares: every
  /// declared field that is absent reads as its `default:` (null when there is none), and one
  /// written as null reads as its default when there is one. Filled-in entries are marked, so
  /// `has()` still tells whether the snapshot wrote a field; the values rules see (and `eval`
  /// and `explain` print) include the defaults.
  func completed(_ document: Value) -> Value {
    var document = document
    validator.complete(&document)
    return document
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
    switch value {
    case .map(var map) where !properties.isEmpty:
      value = .null
      map.updateEntries(named: names) { position, field in
        let node = properties[position].node
        if case .null = field, let fill = node.completedDefault {
          field = fill
        } else {
          node.complete(&field)
        }
      }
      // A field the map has is left as it is.
      for property in properties {
        map.appendDefault(property.field, property.node.completedDefault ?? .null)
      }
      value = .map(map)
    case .list(var list) where items?.completes == true:
      guard let items else { return }
      value = .null
      for index in list.indices { items.complete(&list[index]) }
      value = .list(list)
    default:
      return
    }
  }
}
