import Foundation

/// Writing to standard output and standard error.
enum Output {
  /// Writes `text` to standard output as it is.
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes `text` and a line break to standard error.
  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}

/// Text for standard output, written piece by piece on a terminal, where someone watches it come,
/// and otherwise in blocks of 64 KiB: a system call per piece would double the time a batch takes
/// when standard output is a pipe.
struct BufferedOutput {
  private let blockSize = isatty(STDOUT_FILENO) == 1 ? 1 : 1 << 16
  private var pending = ""

  /// Adds `text`, writing the block out when it is full.
  mutating func write(_ text: String) {
    pending += text
    if pending.utf8.count >= blockSize { flush() }
  }

  /// Writes out what is pending.
  mutating func flush() {
    guard !pending.isEmpty else { return }
    Output.write(pending)
    pending.removeAll(keepingCapacity: true)
  }
}
