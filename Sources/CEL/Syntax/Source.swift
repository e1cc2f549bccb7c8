/// The text of one CEL expression, indexed by Unicode scalar.
///
/// Every offset in the syntax layer (`Expr.offset`, `CELSyntaxError.offset`) counts Unicode
/// scalars from the start of this text, so that callers embedding the expression in a larger
/// file (a YAML block scalar) can map it back without caring about UTF-8 or grapheme clusters.
public struct Source: Sendable, Equatable {
  /// The expression text as given.
  public let text: String
  /// The text's scalars; offsets index into this array.
  let scalars: [Unicode.Scalar]
  /// The offset at which each line starts; the first entry is always 0.
  let lineStarts: [Int]

  /// Creates a source from expression text.
  public init(_ text: String) {
    self.text = text
    let scalars = Array(text.unicodeScalars)
    self.scalars = scalars
    var starts = [0]
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if scalar == "\r", index < scalars.count, scalars[index] == "\n" {
        index += 1
      }
      if scalar == "\n" || scalar == "\r" {
        starts.append(index)
      }
    }
    self.lineStarts = starts
  }

  /// The length of the text in Unicode scalars.
  public var count: Int { scalars.count }

  /// The 1-based line and column (in Unicode scalars) of `offset`; offsets out of range are clamped.
  ///
  /// Lines end at `\n`, `\r\n` or `\r`. The offset just past the last scalar is a valid position
  /// (where "unexpected end of expression" points).
  public func location(of offset: Int) -> SourceLocation {
    let clamped = min(max(offset, 0), scalars.count)
    // The last line start that is <= clamped.
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= clamped {
        low = middle
      } else {
        high = middle - 1
      }
    }
    return SourceLocation(line: low + 1, column: clamped - lineStarts[low] + 1)
  }

  /// The text of the 1-based line `number` without its line break, or nil when there is no such line.
  public func line(_ number: Int) -> String? {
    guard number >= 1, number <= lineStarts.count else { return nil }
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] : scalars.count
    while end > start, scalars[end - 1] == "\n" || scalars[end - 1] == "\r" {
      end -= 1
    }
    return text(from: start, to: end)
  }

  /// The text between two scalar offsets, clamped to the source.
  func text(from start: Int, to end: Int) -> String {
    let lower = min(max(start, 0), scalars.count)
    let upper = min(max(end, lower), scalars.count)
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[lower..<upper])
    return String(result)
  }
}
