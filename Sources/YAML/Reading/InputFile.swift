// `open`, `fstat` and `read` come with Foundation from the C library.
import Foundation

/// Reads a file or standard input, never holding more than `Limits.maxBytes` and one byte: a 1 GB
/// file is refused from its size before any of it is read, and a pipe stops being read as soon as
/// it passes the limit.
public enum InputFile {
  /// Why a file was not read.
  public enum Failure: Error, Sendable, Equatable {
    /// The path names a directory.
    case directory
    /// The path does not exist, is not a regular file, or reading failed.
    case unreadable
    /// The input is larger than `Limits.maxBytes`: a located error to report as it is.
    case tooLarge(YAMLError)
  }

  /// The bytes of the regular file at `path`, or of standard input when `path` is `-`.
  public static func read(_ path: String, limits: Limits = .default) -> Result<[UInt8], Failure> {
    if path == "-" { return read(descriptor: STDIN_FILENO, name: path, expected: nil, limits: limits) }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    defer { if descriptor >= 0 { close(descriptor) } }
    var status = stat()
    guard (descriptor >= 0 ? fstat(descriptor, &status) : stat(path, &status)) == 0 else {
      return .failure(.unreadable)
    }
    if status.st_mode & S_IFMT == S_IFDIR { return .failure(.directory) }
    // Like FileManager, only regular files are read (not FIFOs or devices).
    guard descriptor >= 0, status.st_mode & S_IFMT == S_IFREG else { return .failure(.unreadable) }
    let size = Int(status.st_size)
    if size > limits.maxBytes {
      return .failure(.tooLarge(.sizeLimit(size, limit: limits.maxBytes, file: path)))
    }
    return read(descriptor: descriptor, name: path, expected: size, limits: limits)
  }

  /// Everything `descriptor` gives until its end, or `tooLarge` once it gives more than the limit
  /// (a file may grow after it was measured): it is asked for one byte past the limit at most.
  /// The bytes are read straight into the array that is returned, sized for `expected` bytes and
  /// the one that tells the end (64 KiB when the size is not known), and grown (doubling, up to
  /// the limit) only if more come.
  static func read(descriptor: Int32, name: String, expected: Int?, limits: Limits) -> Result<
    [UInt8], Failure
  > {
    let ceiling = limits.maxBytes + 1
    // `Array(repeating:count:)` would allocate through a path of the standard library that looks the
    // array's type up at run time, several hundred instructions per array.
    var bytes = Array(repeatElement(UInt8(0), count: min(ceiling, expected.map { $0 + 1 } ?? 65_536)))
    var count = 0
    while true {
      if count == bytes.count {
        guard count < ceiling else {
          return .failure(.tooLarge(.sizeLimit(nil, limit: limits.maxBytes, file: name)))
        }
        bytes += repeatElement(0, count: min(bytes.count, ceiling - bytes.count))
      }
      let received = bytes.withUnsafeMutableBytes { buffer in
        let free = UnsafeMutableRawBufferPointer(rebasing: buffer[count...])
        return Foundation.read(descriptor, free.baseAddress, free.count)
      }
      if received == 0 { break }
      if received < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable)
      }
      count += received
    }
    // Past the limit is refused above, before asking for more: at the end, `count` is within it.
    bytes.removeSubrange(count...)
    return .success(bytes)
  }
}
