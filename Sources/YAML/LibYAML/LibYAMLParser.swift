import CLibYAML

/// Owns a libyaml parser over one input and exposes its current event.
///
/// The parser and its event live in one block of memory this class allocates; `deinit` calls
/// `yaml_parser_delete`, and each event is released with `yaml_event_delete` when the next one
/// is parsed or the parser goes away, so no path leaks. The input must outlive the parser.
/// Only this class and its extensions call libyaml.
@usableFromInline
final class LibYAMLParser {
  /// The kinds of event the composer cares about.
  @usableFromInline
  enum EventKind {
    case scalar
    case alias
    case sequenceStart
    case mappingStart
    case collectionEnd
    case documentStart
    case streamEnd
    /// Stream start and document end, which need no action.
    case other
  }

  let parser: UnsafeMutablePointer<yaml_parser_t>
  let event: UnsafeMutablePointer<yaml_event_t>
  let isInitialized: Bool
  var holdsEvent = false
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  var cursor: SourceCursor

  @usableFromInline
  init(_ input: Input, file: String) {
    let memory = UnsafeMutableRawPointer.allocate(
      byteCount: Self.eventOffset + MemoryLayout<yaml_event_t>.size,
      alignment: max(MemoryLayout<yaml_parser_t>.alignment, MemoryLayout<yaml_event_t>.alignment))
    parser = memory.bindMemory(to: yaml_parser_t.self, capacity: 1)
    event = (memory + Self.eventOffset).bindMemory(to: yaml_event_t.self, capacity: 1)
    bytes = input.bytes
    self.file = file
    cursor = SourceCursor(input.bytes)
    isInitialized = yaml_parser_initialize(parser) == 1
    guard isInitialized else { return }
    // The reader strips a byte-order mark itself, so libyaml only ever reads UTF-8.
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    if let base = input.bytes.baseAddress {
      yaml_parser_set_input_string(parser, base, input.bytes.count)
    } else {
      // libyaml requires a non-null pointer even for empty input.
      let empty: StaticString = ""
      yaml_parser_set_input_string(parser, empty.utf8Start, 0)
    }
  }

  deinit {
    if holdsEvent { yaml_event_delete(event) }
    if isInitialized { yaml_parser_delete(parser) }
    UnsafeMutableRawPointer(parser).deallocate()
  }

  /// Where the event sits in the block, after the parser.
  static var eventOffset: Int {
    let alignment = MemoryLayout<yaml_event_t>.alignment
    return (MemoryLayout<yaml_parser_t>.size + alignment - 1) / alignment * alignment
  }

  /// Releases the current event and parses the next one.
  @usableFromInline
  func advance() throws(YAMLError) -> EventKind {
    guard isInitialized else { throw .outOfMemory(file: file) }
    if holdsEvent {
      yaml_event_delete(event)
      holdsEvent = false
    }
    guard yaml_parser_parse(parser, event) == 1 else { throw error() }
    holdsEvent = true
    switch event.pointee.type {
    case YAML_SCALAR_EVENT: return .scalar
    case YAML_ALIAS_EVENT: return .alias
    case YAML_SEQUENCE_START_EVENT: return .sequenceStart
    case YAML_MAPPING_START_EVENT: return .mappingStart
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: return .collectionEnd
    case YAML_DOCUMENT_START_EVENT: return .documentStart
    case YAML_STREAM_END_EVENT: return .streamEnd
    default: return .other
    }
  }

  /// The current event's start.
  @usableFromInline
  var mark: Mark {
    Self.mark(event.pointee.start_mark)
  }

  /// The current event's end.
  @usableFromInline
  var endMark: Mark {
    Self.mark(event.pointee.end_mark)
  }

  /// The current alias event's anchor name.
  @usableFromInline
  var aliasName: String {
    Self.string(event.pointee.data.alias.anchor) ?? ""
  }

  /// The current collection-start event's marks and properties, with its tag checked.
  @usableFromInline
  func collectionInfo(isMapping: Bool) throws(YAMLError) -> NodeInfo {
    let tag: UnsafeMutablePointer<yaml_char_t>?
    let anchor: UnsafeMutablePointer<yaml_char_t>?
    if isMapping {
      tag = event.pointee.data.mapping_start.tag
      anchor = event.pointee.data.mapping_start.anchor
    } else {
      tag = event.pointee.data.sequence_start.tag
      anchor = event.pointee.data.sequence_start.anchor
    }
    let info = NodeInfo(mark: mark, endMark: endMark, tag: Self.string(tag), anchor: Self.string(anchor))
    if let tag = info.tag, !TagResolver.allows(collectionTag: tag, isMapping: isMapping) {
      throw .unsupportedTag(tag, on: isMapping ? "mapping" : "sequence", at: info.mark, file: file)
    }
    return info
  }

  /// The current scalar event as a resolved scalar and its node information.
  ///
  /// A block scalar records its layout (see `BlockLayout`) only when `recordingLayout` is true.
  /// A scalar that resolves to null, a Boolean or a number gets an empty `text` unless
  /// `keepingTypedText` is true or it has an anchor (an alias may replay it as a key, whose text
  /// is always needed).
  @usableFromInline
  func scalar(recordingLayout: Bool, keepingTypedText: Bool) throws(YAMLError) -> (Scalar, NodeInfo) {
    let data = event.pointee.data.scalar
    let mark = mark
    let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
    let style = Self.style(data.style)
    let value: Scalar.Value
    var info: NodeInfo
    if data.tag == nil && data.anchor == nil {
      info = NodeInfo(mark: mark, endMark: endMark)
      value = style == .plain ? CoreSchema.resolve(plain: bytes) : .string
    } else {
      info = NodeInfo(
        mark: mark, endMark: endMark, tag: Self.string(data.tag), anchor: Self.string(data.anchor))
      if let tag = info.tag {
        switch TagResolver.resolve(bytes, tag: tag) {
        case .value(let resolved): value = resolved
        case .invalid:
          throw .invalidTaggedValue(String(decoding: bytes, as: UTF8.self), tag: tag, at: mark, file: file)
        case .unsupported: throw .unsupportedTag(tag, on: "scalar", at: mark, file: file)
        }
      } else {
        value = style == .plain ? CoreSchema.resolve(plain: bytes) : .string
      }
    }
    let keepsText = keepingTypedText || value == .string || data.anchor != nil
    let text = keepsText ? Self.string(bytes) : ""
    guard recordingLayout && (style == .literal || style == .folded) else {
      return (Scalar(text: text, style: style, value: value, layout: nil), info)
    }
    let layout = blockLayout(bytes, headerLine: mark.line - 1)
    return (Scalar(text: text, style: style, value: value, layout: layout), info)
  }

  static func style(_ style: yaml_scalar_style_t) -> Scalar.Style {
    switch style {
    case YAML_PLAIN_SCALAR_STYLE: .plain
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: .literal
    default: .folded
    }
  }

  static func mark(_ mark: yaml_mark_t) -> Mark {
    Mark(uncheckedLine: mark.line + 1, column: mark.column + 1, offset: mark.index)
  }

  /// The text of libyaml's `bytes`, which are valid UTF-8. Up to 15 bytes fit in a small string,
  /// which the initialiser used here makes without validating when they are ASCII: cheaper than
  /// `String(decoding:as:)`, which validates first.
  static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.count <= 15, !bytes.isEmpty, let source = bytes.baseAddress else {
      return String(decoding: bytes, as: UTF8.self)
    }
    return String(unsafeUninitializedCapacity: bytes.count) { text in
      text.baseAddress!.initialize(from: source, count: bytes.count)
      return bytes.count
    }
  }

  static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
