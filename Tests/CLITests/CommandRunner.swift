import Foundation

/// Runs the real `closeout` binary built beside the tests.
struct CommandRunner {
  /// What a run printed and how it exited.
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Standard output's bytes, which `stdout` shows with invalid UTF-8 replaced.
    var stdoutData = Data()
    /// Standard error's bytes.
    var stderrData = Data()
    /// Whether the process ended on a signal (a crash, or stopped at the time limit) instead of
    /// exiting; `status` is then the signal's number.
    var signalled = false
    /// How long the process ran, in seconds.
    var seconds = 0.0
  }

  /// The repository's root folder.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The `closeout` executable in the build folder that holds the test bundle.
  static let executable: URL? = {
    var candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
    var bundle = Bundle.main.bundleURL
    for _ in 0..<3 {
      candidates.append(bundle)
      bundle.deleteLastPathComponent()
    }
    return candidates.map { $0.appending(path: "closeout") }.first {
      FileManager.default.isExecutableFile(atPath: $0.path)
    }
  }()

  /// How long a command may run before it is terminated, unless a test sets its own limit: a
  /// command that hangs then fails its test (terminated by a signal) instead of holding up the whole
  /// suite, and CI, without end. Generous, for the slowest commands under AddressSanitizer.
  static let defaultTimeLimit = 300.0

  /// Runs `closeout ARGUMENTS` (or `program ARGUMENTS`) in `directory` (the repository folder by
  /// default) with `input` on standard input; a process still running after `timeLimit` seconds is
  /// terminated.
  ///
  /// Output goes to temporary files rather than pipes, so that a process writing much to both
  /// standard output and standard error cannot block on a full pipe.
  static func run(
    _ arguments: [String], input: String = "", environment: [String: String] = [:],
    timeLimit: Double = defaultTimeLimit,
    in directory: URL = repository, program: URL? = nil
  ) throws -> Output {
    guard let executable = program ?? executable else { throw CocoaError(.fileNoSuchFile) }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "NO_COLOR")
    env.merge(environment) { _, new in new }
    process.environment = env
    let folder = try Self.folder([:])
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appending(path: "stdout")
    let errURL = folder.appending(path: "stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let stdout = try FileHandle(forWritingTo: outURL)
    let stderr = try FileHandle(forWritingTo: errURL)
    let stdin = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    let start = Date()
    try process.run()
    DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit) {
      if process.isRunning { process.terminate() }
    }
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    let seconds = Date().timeIntervalSince(start)
    try stdout.close()
    try stderr.close()
    // FileHandle rather than Data(contentsOf:), whose buffer LeakSanitizer reports as leaked.
    let out = try FileHandle(forReadingFrom: outURL).readToEnd() ?? Data()
    let err = try FileHandle(forReadingFrom: errURL).readToEnd() ?? Data()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self), stdoutData: out, stderrData: err,
      signalled: process.terminationReason == .uncaughtSignal, seconds: seconds)
  }

  /// What a run printed on standard output until `text` appeared (or `seconds` passed), and whether
  /// it was still running then; standard input stays open meanwhile, and the process is ended after.
  static func runUntilOutput(_ arguments: [String], contains text: String, seconds: Double) throws
    -> (stdout: String, stillRunning: Bool)
  {
    guard let executable else { throw CocoaError(.fileNoSuchFile) }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = repository
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    let received = Received()
    let appeared = DispatchSemaphore(value: 0)
    stdout.fileHandleForReading.readabilityHandler = { handle in
      let data = handle.availableData
      if received.append(data, lookingFor: text) { appeared.signal() }
      if data.isEmpty { handle.readabilityHandler = nil }
    }
    try process.run()
    _ = appeared.wait(timeout: .now() + seconds)
    let stillRunning = process.isRunning
    stdout.fileHandleForReading.readabilityHandler = nil
    process.terminate()
    try stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    return (received.text, stillRunning)
  }

  /// Output gathered from a reading thread.
  private final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var found = false

    /// Adds `more`; true the first time the whole holds `text`.
    func append(_ more: Data, lookingFor text: String) -> Bool {
      lock.withLock {
        data.append(more)
        guard !found, String(decoding: data, as: UTF8.self).contains(text) else { return false }
        found = true
        return true
      }
    }

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
  }

  /// A new temporary folder with `files` (name → text) in it.
  static func folder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appending(path: "closeout-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files {
      let url = folder.appending(path: name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return folder
  }
}
