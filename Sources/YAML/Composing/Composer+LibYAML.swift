/// Composing from libyaml's events.
extension Composer {
  /// Reads every event of `parser` and returns the root's output.
  @inlinable
  mutating func read(_ parser: LibYAMLParser) throws(YAMLError) -> Output {
    while true {
      switch try parser.advance() {
      case .scalar:
        if expectsKey {
          let (scalar, info) = try parser.scalar(
            recordingLayout: Builder.recordsBlockLayouts, keepingTypedText: true)
          try key(scalar, info: info, hash: parser.keyHash(of: scalar))
        } else {
          let (scalar, info) = try parser.scalar(
            recordingLayout: Builder.recordsBlockLayouts, keepingTypedText: Builder.needsTextOfTypedScalars)
          try value(scalar, info: info)
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
