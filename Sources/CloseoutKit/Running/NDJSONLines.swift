import Foundation
import YAML

/// The lines of an NDJSON stream (a file or standard input), read a block at a time, so that a
/// stream of any length is checked with memory for one line: each non-blank line is one snapshot.
struct NDJSONLines: IteratorProtocol {
  /// One line of the stream, or why it cannot be one.
  enum Line {
    /// The bytes of line `number` (from 1), without its line break.
    case text(number: Int, bytes: [UInt8])
    /// Line `number` is longer than a snapshot may be; the rest of it was skipped unread.
    case tooLong(number: Int)
    /// The stream could not be read from line `number` on.
    case unreadable(number: Int)
  }

  private let handle: FileHandle
  private let limit: Int
  /// Bytes read and not yet handed out.
  private var buffer: [UInt8] = []
  private var start = 0
  private var lineNumber = 0
  private var finished = false

  /// The lines of `handle`, each at most `limit` bytes.
  init(_ handle: FileHandle, limit: Int = Limits.default.maxBytes) {
    self.handle = handle
    self.limit = limit
  }

  mutating func next() -> Line? {
    while true {
      if let end = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        lineNumber += 1
        let line = Array(buffer[start..<end])
        start = end + 1
        if line.count > limit { return .tooLong(number: lineNumber) }
        if Self.isBlank(line) { continue }
        return .text(number: lineNumber, bytes: Self.trimmingCarriageReturn(line))
      }
      if finished {
        guard start < buffer.count else { return nil }
        lineNumber += 1
        let line = Array(buffer[start...])
        start = buffer.count
        if line.count > limit { return .tooLong(number: lineNumber) }
        if Self.isBlank(line) { return nil }
        return .text(number: lineNumber, bytes: Self.trimmingCarriageReturn(line))
      }
      if buffer.count - start > limit {
        // A line past the limit is skipped to its end without keeping it.
        lineNumber += 1
        if !skipToLineEnd() { return .unreadable(number: lineNumber) }
        return .tooLong(number: lineNumber)
      }
      if !fill() { return .unreadable(number: lineNumber + 1) }
    }
  }

  /// Reads the next block, dropping what was handed out; false when reading failed.
  private mutating func fill() -> Bool {
    buffer.removeSubrange(0..<start)
    start = 0
    do {
      guard let block = try handle.read(upToCount: 1 << 16), !block.isEmpty else {
        finished = true
        return true
      }
      buffer += block
      return true
    } catch {
      finished = true
      return false
    }
  }

  /// Drops the rest of an over-long line, through its line break; false when reading failed.
  private mutating func skipToLineEnd() -> Bool {
    while true {
      if let end = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        start = end + 1
        return true
      }
      start = buffer.count
      if finished { return true }
      if !fill() { return false }
    }
  }

  private static func isBlank(_ line: [UInt8]) -> Bool {
    line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }

  private static func trimmingCarriageReturn(_ line: [UInt8]) -> [UInt8] {
    line.last == 0x0D ? Array(line.dropLast()) : line
  }
}
