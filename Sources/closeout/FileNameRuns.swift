/// The file names of a `check` command line, handed to the argument parser as one placeholder per
/// run of names and put back after parsing.
///
/// swift-argument-parser merges the set of input positions of an array argument each time it appends
/// a value, so N file names cost O(N²) (a quarter of a second for 3,000 files), and every
/// `ArgumentArrayParsingStrategy` appends the same way. A word is taken out only where the parser
/// can read it as nothing but a file name: neither it nor the word before it starts with `-`, so it
/// is neither an option nor an option's value. Everything else (options, `--`, `-`, names right
/// after an option) still goes through the parser, which keeps its errors and help as they were.
struct FileNameRuns {
  /// The command line as the argument parser is to see it.
  private(set) var arguments: [String]
  /// The file names that each placeholder stands for, by placeholder number.
  private var runs: [[String]] = []

  /// Takes the runs of file names out of `commandLine` (without the program name) when it runs
  /// `check`; leaves any other command line as it is.
  init(_ commandLine: [String]) {
    guard commandLine.first == "check" else {
      arguments = commandLine
      return
    }
    arguments = [commandLine[0]]
    arguments.reserveCapacity(commandLine.count)
    for (previous, word) in zip(commandLine, commandLine.dropFirst()) {
      guard !Self.isDashed(word), !Self.isDashed(previous) else {
        arguments.append(word)
        continue
      }
      if let last = arguments.last, Self.number(of: last) == runs.count - 1 {
        runs[runs.count - 1].append(word)
      } else {
        arguments.append(Self.placeholder(runs.count))
        runs.append([word])
      }
    }
  }

  /// `files` as parsed from `arguments`, each placeholder replaced by the names it stands for.
  func expanded(_ files: [String]) -> [String] {
    guard !runs.isEmpty else { return files }
    var names: [String] = []
    names.reserveCapacity(files.count + runs.reduce(0) { $0 + $1.count })
    for file in files {
      if let number = Self.number(of: file) { names += runs[number] } else { names.append(file) }
    }
    return names
  }

  /// Whether the parser may read `word` as an option (or `-`, or `--`): its first byte is a dash.
  private static func isDashed(_ word: String) -> Bool { word.utf8.first == UInt8(ascii: "-") }

  /// A word that no command line can hold: arguments are C strings, so they never contain NUL.
  private static func placeholder(_ number: Int) -> String { "\u{0}files-\(number)" }

  /// The number of the placeholder `word`, or nil when it is not one.
  private static func number(of word: String) -> Int? {
    guard word.hasPrefix("\u{0}files-") else { return nil }
    return Int(word.dropFirst(7))
  }
}
