import CLibYAML

/// Owns a libyaml parser over one input and exposes its current event as Swift values.
///
/// The module's only pointers are here and in this class's extensions, the only code that calls
/// libyaml. The parser, its event and a copy of the input (libyaml reads it through a pointer
/// for the parser's whole life, which an array's storage does not promise) live in one block of
/// memory this class allocates; `deinit` calls `yaml_parser_delete`, and each event is released
/// with `yaml_event_delete` when the next one is parsed or the parser goes away, so no path
/// leaks. A scalar's bytes, which live in the event, reach the rest of the module only as a
/// `Span` for the length of a call or copied into a `String`.
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
  /// The input after any byte-order mark, for locating reader errors.
  let bytes: [UInt8]
  let file: String
  var cursor: SourceCursor

  @usableFromInline
  init(_ input: Input, file: String) {
    let inputOffset = Self.eventOffset + MemoryLayout<yaml_event_t>.size
    let memory = UnsafeMutableRawPointer.allocate(
      byteCount: inputOffset + input.bytes.count,
      alignment: max(MemoryLayout<yaml_parser_t>.alignment, MemoryLayout<yaml_event_t>.alignment))
    parser = memory.bindMemory(to: yaml_parser_t.self, capacity: 1)
    event = (memory + Self.eventOffset).bindMemory(to: yaml_event_t.self, capacity: 1)
    // The copy of the input: a non-null pointer even when it is empty, as libyaml requires.
    let copy = (memory + inputOffset).bindMemory(to: UInt8.self, capacity: input.bytes.count)
    _ = UnsafeMutableBufferPointer(start: copy, count: input.bytes.count).initialize(from: input.bytes)
    bytes = input.bytes
    self.file = file
    cursor = SourceCursor(input.bytes)
    isInitialized = yaml_parser_initialize(parser) == 1
    guard isInitialized else { return }
    // The reader strips a byte-order mark itself, so libyaml only ever reads UTF-8.
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(parser, copy, input.bytes.count)
  }

  deinit {
    if holdsEvent { yaml_event_delete(event) }
    if isInitialized { yaml_parser_delete(parser) }
    UnsafeMutableRawPointer(parser).deallocate()
  }

  /// Where the event sits in the block, after the parser; the input follows the event.
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
    let bytes = scalarBytes
    let style = Self.style(data.style)
    let value: Scalar.Value
    var info: NodeInfo
    if data.tag == nil && data.anchor == nil {
      info = NodeInfo(mark: mark, endMark: endMark)
      value = style == .plain ? CoreSchema.resolve(plain: bytes.span) : .string
    } else {
      info = NodeInfo(
        mark: mark, endMark: endMark, tag: Self.string(data.tag), anchor: Self.string(data.anchor))
      if let tag = info.tag {
        switch TagResolver.resolve(bytes.span, tag: tag) {
        case .value(let resolved): value = resolved
        case .invalid:
          throw .invalidTaggedValue(Self.string(bytes), tag: tag, at: mark, file: file)
        case .unsupported: throw .unsupportedTag(tag, on: "scalar", at: mark, file: file)
        }
      } else {
        value = style == .plain ? CoreSchema.resolve(plain: bytes.span) : .string
      }
    }
    let keepsText = keepingTypedText || value == .string || data.anchor != nil
    let text = keepsText ? Self.string(bytes) : ""
    guard recordingLayout && (style == .literal || style == .folded) else {
      // A plain or quoted string over several lines, without properties, maps offsets line by line.
      let flows =
        recordingLayout && value == .string && endMark.line > mark.line && info.tag == nil
        && info.anchor == nil
      let layout =
        flows
        ? flowLayout(
          from: mark, to: endMark, quoted: style != .plain, length: text.unicodeScalars.count) : nil
      return (Scalar(text: text, style: style, value: value, layout: layout), info)
    }
    let layout = blockLayout(
      bytes.span, headerLine: mark.line - 1, folded: style == .folded, endLine: endMark.line - 1)
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

  /// The current scalar event's value, in the event's memory: valid until the next `advance`, so
  /// never kept (only its `span` is handed on, or a `String` copied from it).
  var scalarBytes: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: event.pointee.data.scalar.value, count: event.pointee.data.scalar.length)
  }

  /// A copy of libyaml's `bytes` as a `String` (they are valid UTF-8; invalid bytes would be
  /// replaced).
  static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
