extension Diagnostic {
  /// The most diagnostics reported for one file (50). A file with more gets, after its first 50,
  /// one note that counts the rest: a hostile file with thousands of errors on one line must not
  /// cost minutes and gigabytes of output before anything is shown.
  public static let maxPerFile = 50

  /// The note that stands for the `count` diagnostics of `file` left out after the first
  /// `maxPerFile`.
  static func omitted(_ count: Int, in file: String) -> Diagnostic {
    var note = Diagnostic(.note, at: nil, "… and \(count) more error\(count == 1 ? "" : "s") in \(file)")
    note.omittedErrors = count
    return note
  }
}

extension [Diagnostic] {
  /// At most `limit` diagnostics for each file, each file's rest counted in one note after its
  /// last one kept. Diagnostics without a place are all kept. Expects the diagnostics grouped by
  /// file (as `sortedByLocation()` leaves them); linear.
  func cappedPerFile(_ limit: Int = Diagnostic.maxPerFile) -> [Diagnostic] {
    var kept: [Diagnostic] = []
    var file: String?
    var inFile = 0
    func closeFile() {
      if let file, inFile > limit { kept.append(.omitted(inFile - limit, in: file)) }
    }
    for diagnostic in self {
      guard let location = diagnostic.location else {
        kept.append(diagnostic)
        continue
      }
      if location.file != file {
        closeFile()
        file = location.file
        inFile = 0
      }
      inFile += 1
      if inFile <= limit { kept.append(diagnostic) }
    }
    closeFile()
    return kept
  }
}
