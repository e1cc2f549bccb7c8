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
      let end = SourceCursor.mark(ofByteOffset: bytes.count, in: bytes)
      return .syntax(
        problem: problem, context: state.context.map { String(cString: $0) },
        at: Self.mark(state.problem_mark).clamped(to: end),
        contextMark: Self.mark(state.context_mark).clamped(to: end), file: file)
    }
  }
}

extension Mark {
  /// This mark, or `end` when it lies past it: at the end of an input without a final line break,
  /// libyaml places its marks at the start of a line that does not exist.
  func clamped(to end: Mark) -> Mark {
    line > end.line || (line == end.line && column > end.column) ? end : self
  }
}
