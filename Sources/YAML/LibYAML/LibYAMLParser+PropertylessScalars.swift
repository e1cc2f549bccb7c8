import CLibYAML

/// The common scalar events, those without a tag or an anchor, read without making a `Scalar`
/// and its `NodeInfo` where they are not needed.
extension LibYAMLParser {
  /// The current scalar event's value under the core schema, or `nil` when it has a tag or an
  /// anchor (`scalar(recordingLayout:keepingTypedText:)` reads those).
  @usableFromInline
  func resolvedValueWithoutProperties() -> ResolvedScalar? {
    let data = event.pointee.data.scalar
    guard data.tag == nil && data.anchor == nil else { return nil }
    let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
    guard data.style == YAML_PLAIN_SCALAR_STYLE else { return .string(Self.string(bytes)) }
    switch CoreSchema.resolve(plain: bytes) {
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .int(let number): return .int(number)
    case .double(let number): return .double(number)
    case .string: return .string(Self.string(bytes))
    }
  }

  /// Pushes the current scalar event onto `keys` as a mapping key and returns its
  /// `Scalar.keyHash` (for a string, hashed from libyaml's bytes); `nil`, pushing nothing, when
  /// it has a tag or an anchor or is a block scalar (whose layout a builder may want), which
  /// `scalar(recordingLayout:keepingTypedText:)` reads. A key found in `keyTexts` takes its text
  /// from there instead of a new `String`. The key is made where it is pushed, not returned and
  /// then copied there; its parts are consumed into it, since values that outlive the push (which
  /// may allocate) are copied.
  @usableFromInline
  func pushKeyWithoutProperties(onto keys: inout ChildStack<MappingKey>, using keyTexts: KeyTexts?) -> UInt64?
  {
    let data = event.pointee.data.scalar
    guard data.tag == nil && data.anchor == nil else { return nil }
    let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
    let style: Scalar.Style
    switch data.style {
    case YAML_PLAIN_SCALAR_STYLE: style = .plain
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
    default: return nil
    }
    var stringHash: UInt64?
    if let keyTexts {
      let hash = Scalar.fnv1a(bytes)
      if let text = keyTexts.text(of: bytes, hash: hash, isPlain: style == .plain) {
        let scalar = Scalar(text: consume text, style: style, value: .string)
        keys.push(MappingKey(scalar: consume scalar, info: NodeInfo(mark: mark, endMark: endMark)))
        return hash
      }
      stringHash = hash
    }
    let value = style == .plain ? CoreSchema.resolve(plain: bytes) : .string
    let scalar = Scalar(text: Self.string(bytes), style: style, value: value)
    let hash = value == .string ? stringHash ?? Scalar.fnv1a(bytes) : scalar.keyHash
    keys.push(MappingKey(scalar: consume scalar, info: NodeInfo(mark: mark, endMark: endMark)))
    return hash
  }
}
