#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

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
    if path == "-" { return read(descriptor: STDIN_FILENO, name: path, limits: limits) }
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
    return read(descriptor: descriptor, name: path, limits: limits, expecting: size)
  }

  /// Everything `descriptor` gives until its end, or `tooLarge` once it gives more than the limit
  /// (a file may grow after it was measured). `expecting` sizes the first buffer.
  static func read(descriptor: Int32, name: String, limits: Limits, expecting: Int = 1 << 16)
    -> Result<[UInt8], Failure>
  {
    let cap = limits.maxBytes + 1
    var buffer = [UInt8](repeating: 0, count: min(max(expecting, 0) + 1, cap))
    var count = 0
    while true {
      if count == buffer.count {
        guard buffer.count < cap else {
          return .failure(.tooLarge(.sizeLimit(nil, limit: limits.maxBytes, file: name)))
        }
        buffer += [UInt8](repeating: 0, count: min(buffer.count, cap - buffer.count))
      }
      let received = buffer.withUnsafeMutableBytes {
        systemRead(descriptor, $0.baseAddress?.advanced(by: count), $0.count - count)
      }
      if received > 0 {
        count += received
      } else if received == 0 {
        buffer.removeLast(buffer.count - count)
        return .success(buffer)
      } else if errno != EINTR {
        return .failure(.unreadable)
      }
    }
  }
}

/// read(2), named apart so that `InputFile.read` does not hide it.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
