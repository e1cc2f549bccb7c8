import Foundation

/// Writing to standard output and standard error.
enum Output {
  /// Writes `text` to standard output as it is, at once: a batch writes each file's report as soon
  /// as it is made, so a later file that hangs or crashes the process loses nothing already decided.
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes `text` and a line break to standard error.
  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
