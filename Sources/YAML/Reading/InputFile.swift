// `FileHandle` reads; `open` and `fstat` come with Foundation from the C library.
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
    if path == "-" { return read(FileHandle.standardInput, name: path, limits: limits) }
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
    return read(FileHandle(fileDescriptor: descriptor, closeOnDealloc: false), name: path, limits: limits)
  }

  /// Everything `handle` gives until its end, or `tooLarge` once it gives more than the limit (a
  /// file may grow after it was measured): it is asked for one byte past the limit at most.
  static func read(_ handle: FileHandle, name: String, limits: Limits) -> Result<[UInt8], Failure> {
    var bytes: [UInt8] = []
    while true {
      let chunk: Data?
      do {
        chunk = try handle.read(upToCount: limits.maxBytes + 1 - bytes.count)
      } catch {
        return .failure(.unreadable)
      }
      guard let chunk, !chunk.isEmpty else { return .success(bytes) }
      bytes += chunk
      guard bytes.count <= limits.maxBytes else {
        return .failure(.tooLarge(.sizeLimit(nil, limit: limits.maxBytes, file: name)))
      }
    }
  }
}
