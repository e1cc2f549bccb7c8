import Foundation
import Testing

@testable import YAML

/// Reading files and pipes within `Limits.maxBytes`.
@Suite struct InputFileTests {
  private func file(_ bytes: Int) throws -> String {
    let path = FileManager.default.temporaryDirectory.appending(path: "input-\(UUID().uuidString).yaml").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x61, count: bytes)))
    return path
  }

  @Test func readsAFileWithinTheLimit() throws {
    let path = try file(10)
    #expect(InputFile.read(path, limits: Limits(maxBytes: 10)) == .success(Array(repeating: 0x61, count: 10)))
  }

  @Test func refusesALargerFileFromItsSize() throws {
    let path = try file(11)
    let error = YAMLError(
      kind: .sizeLimit, file: path, mark: .start,
      message: "the input is 11 bytes, more than the limit of 10 bytes")
    #expect(InputFile.read(path, limits: Limits(maxBytes: 10)) == .failure(.tooLarge(error)))
  }

  @Test func namesDirectoriesAndMissingFiles() {
    #expect(InputFile.read(FileManager.default.temporaryDirectory.path) == .failure(.directory))
    #expect(InputFile.read("/nonexistent/file.yaml") == .failure(.unreadable))
  }

  @Test func aPipeIsReadOnlyOnePastTheLimit() throws {
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data(repeating: 0x61, count: 100))
    try pipe.fileHandleForWriting.close()
    let result = InputFile.read(
      descriptor: pipe.fileHandleForReading.fileDescriptor, name: "-", expected: nil,
      limits: Limits(maxBytes: 10))
    let error = YAMLError(
      kind: .sizeLimit, file: "-", mark: .start,
      message: "the input is larger, more than the limit of 10 bytes")
    #expect(result == .failure(.tooLarge(error)))
    #expect(pipe.fileHandleForReading.readDataToEndOfFile().count == 89)
  }

  @Test func aPipeWithinTheLimitIsReadWhole() throws {
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data(repeating: 0x61, count: 10))
    try pipe.fileHandleForWriting.close()
    let result = InputFile.read(
      descriptor: pipe.fileHandleForReading.fileDescriptor, name: "-", expected: nil,
      limits: Limits(maxBytes: 10))
    #expect(result == .success(Array(repeating: 0x61, count: 10)))
  }

  @Test func aPipeLongerThanTheFirstBufferIsReadWhole() throws {
    let pipe = Pipe()
    let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 % 251) }
    let writer = Thread {
      pipe.fileHandleForWriting.write(Data(bytes))
      try? pipe.fileHandleForWriting.close()
    }
    writer.start()
    let result = InputFile.read(
      descriptor: pipe.fileHandleForReading.fileDescriptor, name: "-", expected: nil, limits: .default)
    #expect(result == .success(bytes))
  }
}
