/// The lines of a source text, split once so that quoting a line in a diagnostic costs that line,
/// not a scan of the file per diagnostic; both error renderers (`YAMLError.rendered(source:)` and
/// CloseoutKit's `DiagnosticRenderer`) quote through it.
///
/// Lines end where libyaml ends them (LF, CRLF, CR, NEL, LS and PS), and a leading byte-order mark
/// is not part of line 1, so line and column numbers match `Mark`s.
public struct SourceLines: Sendable {
  /// The most characters of a line that a quote shows: a longer line is cut to a window around
  /// the column, marked with `…` on each side that was cut.
  public static let quoteWidth = 100

  /// The text the lines are in.
  public let text: String
  /// Where each line starts and ends (before its break), as indices of `text`.
  private var lineBounds: [Range<String.Index>] = []

  /// Splits `text` into lines.
  public init(_ text: String) {
    self.text = text
    let bytes = text.utf8
    var index = bytes.startIndex
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = bytes.index(index, offsetBy: 3) }
    var start = index
    while index != bytes.endIndex {
      let byte = bytes[index]
      // Only these bytes can begin a break: LF, CR, NEL's C2 and the separators' E2.
      guard byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2 else {
        bytes.formIndex(after: &index)
        continue
      }
      let length = Self.breakLength(at: index, in: bytes)
      guard length > 0 else {
        bytes.formIndex(after: &index)
        continue
      }
      let next = bytes.index(index, offsetBy: length)
      lineBounds.append(start..<index)
      start = next
      index = next
    }
    lineBounds.append(start..<index)
  }

  /// The number of lines; a text that ends with a break has an empty last line.
  public var count: Int { lineBounds.count }

  /// Line `number` (from 1) without its break, or nil when there is no such line.
  public func line(_ number: Int) -> Substring? {
    guard number >= 1, number <= lineBounds.count else { return nil }
    return text[lineBounds[number - 1]]
  }

  /// Line `number` and a caret line whose `^` stands under `column` (from 1, in Unicode scalars),
  /// or nil when there is no such line.
  ///
  /// A line longer than `width` is cut to `width` characters around the column, with `…` where it
  /// was cut; a column past the end of the line puts the caret just after its last character.
  /// `escape` may replace a character by a visible spelling (such as `\u{1B}`); the caret line keeps
  /// tabs and pads for the replacement's width, so the caret stays under its character.
  public func quote(
    line number: Int, column: Int, width: Int = quoteWidth,
    escaping escape: (Unicode.Scalar) -> String? = { _ in nil }
  ) -> (line: String, caret: String)? {
    guard let line = line(number) else { return nil }
    let scalars = line.unicodeScalars
    let width = max(width, 1)
    let target = max(column - 1, 0)
    // Count the line only as far as the window can reach, so a quote costs O(column + width).
    let half = width / 2
    var counted = 0
    var index = scalars.startIndex
    let reach = target + width + 1
    while index != scalars.endIndex && counted < reach {
      scalars.formIndex(after: &index)
      counted += 1
    }
    let caret = min(target, counted)
    let start = counted <= width ? 0 : max(0, min(caret - half, counted - width))
    let end = min(counted, start + width)
    var shown = start > 0 ? "…" : ""
    var padding = start > 0 ? " " : ""
    var position = 0
    index = scalars.startIndex
    while position < end {
      let scalar = scalars[index]
      if position >= start {
        let spelling = escape(scalar)
        if let spelling { shown += spelling } else { shown.unicodeScalars.append(scalar) }
        if position < caret {
          padding += scalar == "\t" ? "\t" : String(repeating: " ", count: spelling?.count ?? 1)
        }
      }
      scalars.formIndex(after: &index)
      position += 1
    }
    if end < counted { shown += "…" }
    return (shown, padding + "^")
  }

  /// The length in bytes of the line break at `index`, or 0 when there is none.
  private static func breakLength(at index: String.UTF8View.Index, in bytes: String.UTF8View) -> Int {
    let next = bytes.index(after: index)
    switch bytes[index] {
    case 0x0A:
      return 1
    case 0x0D:
      return next != bytes.endIndex && bytes[next] == 0x0A ? 2 : 1
    case 0xC2:
      return next != bytes.endIndex && bytes[next] == 0x85 ? 2 : 0
    case 0xE2:
      guard next != bytes.endIndex, bytes[next] == 0x80 else { return 0 }
      let third = bytes.index(after: next)
      guard third != bytes.endIndex else { return 0 }
      return bytes[third] == 0xA8 || bytes[third] == 0xA9 ? 3 : 0
    default:
      return 0
    }
  }
}
