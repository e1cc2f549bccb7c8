import Foundation

/// The snapshots a `check` command line names, one at a time and in order: files as given (`-` is
/// standard input), directories walked for snapshot files (`*.yaml`, `*.yml`, `*.json`,
/// `*.ndjson`, in path order), and NDJSON streams (`*.ndjson` files, or every input with
/// `ndjson`) read line by line, one snapshot per line. Nothing is read before it is needed, so
/// memory stays flat however long a stream is.
public struct SnapshotInputs: Sequence {
  /// One snapshot to check.
  public enum Input: Sendable {
    /// A snapshot file, or `-` for standard input.
    case file(String)
    /// Line `number` of the NDJSON stream `stream`.
    case line(stream: String, number: Int, bytes: [UInt8])
    /// A name on the command line, or a line of a stream, that holds no snapshot to read: why.
    case unusable(name: String, problem: Diagnostic)
  }

  /// The file name endings a directory is searched for.
  public static let snapshotExtensions = ["yaml", "yml", "json", "ndjson"]

  let arguments: [String]
  let ndjson: Bool

  /// The inputs of `arguments` (files, directories, `-`); with `ndjson`, every file and standard
  /// input is read as an NDJSON stream.
  public init(arguments: [String], ndjson: Bool = false) {
    self.arguments = arguments
    self.ndjson = ndjson
  }

  public func makeIterator() -> Iterator {
    Iterator(pending: arguments[...], ndjson: ndjson)
  }

  /// Walks the arguments, expanding directories and streams as it reaches them.
  public struct Iterator: IteratorProtocol {
    var pending: ArraySlice<String>
    let ndjson: Bool
    /// Files found in a directory, not yet handed out.
    var found: ArraySlice<String> = []
    /// The stream being read, with its name.
    var stream: (name: String, lines: NDJSONLines, handle: FileHandle)?

    public mutating func next() -> Input? {
      while true {
        if let current = stream {
          if let line = stream?.lines.next() { return input(of: line, in: current.name) }
          if current.handle !== FileHandle.standardInput { try? current.handle.close() }
          stream = nil
        }
        if let file = found.popFirst() { return open(file) }
        guard let argument = pending.popFirst() else { return nil }
        var isDirectory: ObjCBool = false
        if argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory),
          isDirectory.boolValue
        {
          found = Self.snapshotFiles(in: argument)[...]
          if found.isEmpty {
            return .unusable(
              name: argument,
              problem: Diagnostic(
                at: nil, "'\(argument)' holds no snapshot file (*.yaml, *.yml, *.json, *.ndjson)"))
          }
          continue
        }
        return open(argument)
      }
    }

    /// A file as it is, or the first line of a stream.
    private mutating func open(_ path: String) -> Input? {
      guard ndjson || path.hasSuffix(".ndjson") else { return .file(path) }
      let handle: FileHandle
      if path == "-" {
        handle = FileHandle.standardInput
      } else if let opened = FileHandle(forReadingAtPath: path) {
        handle = opened
      } else {
        return .unusable(
          name: path, problem: Diagnostic(at: nil, "cannot read the snapshot stream '\(path)'"))
      }
      stream = (path, NDJSONLines(handle), handle)
      return next()
    }

    private func input(of line: NDJSONLines.Line, in stream: String) -> Input {
      switch line {
      case .text(let number, let bytes):
        return .line(stream: stream, number: number, bytes: bytes)
      case .tooLong(let number):
        return .unusable(
          name: "\(stream):\(number)",
          problem: Diagnostic(
            at: SourceLocation(file: stream, line: number, column: 1),
            "line \(number) is longer than a snapshot may be (8 MiB); it was skipped"))
      case .unreadable(let number):
        return .unusable(
          name: "\(stream):\(number)",
          problem: Diagnostic(
            at: SourceLocation(file: stream, line: number, column: 1), "cannot read '\(stream)' from here on")
        )
      }
    }

    /// The snapshot files under `directory`, at any depth, in path order.
    static func snapshotFiles(in directory: String) -> [String] {
      guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
      var files: [String] = []
      while let relative = walker.nextObject() as? String {
        let ending = relative.split(separator: ".").last.map(String.init) ?? ""
        guard SnapshotInputs.snapshotExtensions.contains(ending.lowercased()) else { continue }
        // The walk has read each entry's type: a directory named `x.json` is not a file.
        guard walker.fileAttributes?[.type] as? FileAttributeType != .typeDirectory else { continue }
        files.append(directory.hasSuffix("/") ? directory + relative : directory + "/" + relative)
      }
      return files.sorted()
    }
  }
}
