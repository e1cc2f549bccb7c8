import CLibYAML

/// libyaml's error state as a `YAMLError`.
extension LibYAMLParser {
  /// The error libyaml stopped with.
  func error() -> YAMLError {
    let state = parser.pointee
    let problem = state.problem.map { String(cString: $0) } ?? "unknown error"
    switch state.error {
    case YAML_MEMORY_ERROR:
      return .outOfMemory(file: file)
    case YAML_READER_ERROR:
      // Reader errors carry a byte offset, not a mark.
      var offset = min(state.problem_offset, bytes.count)
      if problem == "invalid trailing UTF-8 octet" {
        // Point at the character's first byte rather than at the byte that broke it.
        var index = offset - 1
        while index >= 0 && index >= offset - 3 {
          if bytes[index] >= 0xC0 {
            offset = index
            break
          }
          guard bytes[index] & 0xC0 == 0x80 else { break }
          index -= 1
        }
      }
      let mark = SourceCursor.mark(ofByteOffset: offset, in: bytes)
      return .reader(problem: problem, value: state.problem_value, at: mark, file: file)
    default:
      return .syntax(
        problem: problem, context: state.context.map { String(cString: $0) },
        at: Self.mark(state.problem_mark),
        contextMark: Self.mark(state.context_mark), file: file)
    }
  }
}
