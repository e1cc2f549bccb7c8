/// Composing from libyaml's events.
extension Composer {
  /// Reads every event of `parser` and returns the root's output.
  ///
  /// Scalars without a tag or an anchor, nearly all of them, take a shorter path: a key is read
  /// without its tag and anchor, and a value goes to `scalar(resolved:)` when the builder
  /// `buildsScalarsFromResolvedValues`.
  @inlinable
  mutating func read(_ parser: LibYAMLParser) throws(YAMLError) -> Output {
    while true {
      switch try parser.advance() {
      case .scalar:
        let isKey = expectsKey
        if isKey, let (key, textBit) = parser.keyWithoutProperties() {
          ownNodes &+= 1
          expandedNodes &+= 1
          try placeKey(key, textBit: textBit)
        } else if !isKey, Builder.buildsScalarsFromResolvedValues,
          let resolved = parser.resolvedValueWithoutProperties()
        {
          ownNodes &+= 1
          expandedNodes &+= 1
          deliver(try builder.scalar(resolved: resolved), height: 0)
        } else {
          // Tagged, anchored and block scalars, and every scalar of other builders. A key
          // always keeps its text.
          let (scalar, info) = try parser.scalar(
            recordingLayout: Builder.recordsBlockLayouts,
            keepingTypedText: isKey || Builder.needsTextOfTypedScalars)
          try self.scalar(scalar, info: info)
        }
      case .mappingStart:
        try open(isMapping: true, info: try parser.collectionInfo(isMapping: true))
      case .sequenceStart:
        try open(isMapping: false, info: try parser.collectionInfo(isMapping: false))
      case .collectionEnd:
        try close(endMark: parser.endMark)
      case .alias:
        try alias(parser.aliasName, at: parser.mark, endMark: parser.endMark)
      case .documentStart:
        try documentStart(at: parser.mark)
      case .streamEnd:
        return try finish()
      case .other:
        continue
      }
    }
  }
}
