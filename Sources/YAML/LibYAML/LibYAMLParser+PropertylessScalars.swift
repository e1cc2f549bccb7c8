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
    let bytes = scalarBytes
    guard data.style == YAML_PLAIN_SCALAR_STYLE else { return .string(Self.string(bytes)) }
    switch CoreSchema.resolve(plain: bytes.span) {
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .int(let number): return .int(number)
    case .double(let number): return .double(number)
    case .string: return .string(Self.string(bytes))
    }
  }

  /// The current scalar event as a mapping key, with its `Scalar.keyTextBit` (taken from
  /// libyaml's bytes); `nil` when it has a tag or an anchor or is a block scalar (whose layout a
  /// builder may want), which `scalar(recordingLayout:keepingTypedText:)` reads.
  @usableFromInline
  func keyWithoutProperties() -> (key: MappingKey, textBit: UInt64)? {
    let data = event.pointee.data.scalar
    guard data.tag == nil && data.anchor == nil else { return nil }
    let style: Scalar.Style
    switch data.style {
    case YAML_PLAIN_SCALAR_STYLE: style = .plain
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
    default: return nil
    }
    let bytes = scalarBytes
    let value = style == .plain ? CoreSchema.resolve(plain: bytes.span) : .string
    let scalar = Scalar(text: Self.string(bytes), style: style, value: value)
    let textBit = value == .string ? Scalar.keyTextBit(ofUTF8: bytes.span) : 0
    return (MappingKey(scalar: scalar, info: NodeInfo(mark: mark, endMark: endMark)), textBit)
  }
}
