import ArgumentParser
import Foundation

/// Writing to standard output and standard error.
enum Output {
  /// Writes `text` to standard output as it is, at once: a batch writes each file's report as soon
  /// as it is made, so a later file that hangs or crashes the process loses nothing already decided.
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes `text` to `handle` as it is, at once (see `write(_:)`).
  static func write(_ text: String, to handle: FileHandle) {
    guard !text.isEmpty else { return }
    handle.write(Data(text.utf8))
  }

  /// Standard output for nil or `-`, else the file at `path`, created or emptied; an error that
  /// ends the command with status 2 when it cannot be written.
  static func handle(writingTo path: String?) throws -> FileHandle {
    guard let path, path != "-" else { return FileHandle.standardOutput }
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else {
      error("error: cannot write the report to '\(path)'")
      throw ExitStatus.error.exitCode
    }
    return handle
  }

  /// Writes `text` and a line break to standard error.
  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
