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

  /// The current scalar event as a mapping key, with its `Scalar.keyHash` (for a string,
  /// hashed from libyaml's bytes); `nil` when it has a tag or an anchor or is a block scalar
  /// (whose layout a builder may want), which `scalar(recordingLayout:keepingTypedText:)` reads.
  @usableFromInline
  func keyWithoutProperties() -> (key: MappingKey, hash: UInt64)? {
    let data = event.pointee.data.scalar
    guard data.tag == nil && data.anchor == nil else { return nil }
    let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
    let style: Scalar.Style
    let value: Scalar.Value
    switch data.style {
    case YAML_PLAIN_SCALAR_STYLE:
      style = .plain
      value = CoreSchema.resolve(plain: bytes)
    case YAML_SINGLE_QUOTED_SCALAR_STYLE:
      style = .singleQuoted
      value = .string
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
      style = .doubleQuoted
      value = .string
    default:
      return nil
    }
    let scalar = Scalar(text: Self.string(bytes), style: style, value: value)
    let hash = value == .string ? Scalar.fnv1a(bytes) : scalar.keyHash
    return (MappingKey(scalar: scalar, info: NodeInfo(mark: mark, endMark: endMark)), hash)
  }
}
