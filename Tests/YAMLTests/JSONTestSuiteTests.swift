import Foundation
import Testing

@testable import YAML

/// Runs every file of JSONTestSuite's `test_parsing` (in `shared/conformance/json`, next to the
/// repository) through the strict JSON reader: `y_` files read (but for the duplicate keys
/// Closeout rejects on purpose), `n_` files are errors located inside the input, and `i_` files
/// go the way `implementationDefined` (and the README) says.
@Suite("JSONTestSuite")
struct JSONTestSuiteTests {
  static let thisFile = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
  /// `Tests/YAMLTests/` → the repository → its sibling `shared/conformance/json/test_parsing`.
  static let suiteDirectory = thisFile.deletingLastPathComponent().appendingPathComponent(
    "../../../shared/conformance/json/test_parsing"
  ).standardizedFileURL

  /// Run when the suite is there, and always on CI (where a missing suite is a failure).
  static let shouldRun =
    FileManager.default.fileExists(atPath: suiteDirectory.path)
    || ProcessInfo.processInfo.environment["CI"] != nil

  /// Valid JSON that Closeout rejects on purpose: a duplicate key is an error naming both places.
  static let rejectedOnPurpose = ["y_object_duplicated_key.json", "y_object_duplicated_key_and_value.json"]

  /// Each kind of `i_` file, whether the reader accepts it, and the files of that kind.
  static let implementationDefined: [(kind: String, accepted: Bool, files: [String])] = [
    (
      "numbers beyond 64 bits or a double's range (read as the core schema reads them)", true,
      [
        "i_number_double_huge_neg_exp.json", "i_number_huge_exp.json", "i_number_neg_int_huge_exp.json",
        "i_number_pos_double_huge_exp.json", "i_number_real_neg_overflow.json",
        "i_number_real_pos_overflow.json",
        "i_number_real_underflow.json", "i_number_too_big_neg_int.json", "i_number_too_big_pos_int.json",
        "i_number_very_big_negative_int.json",
      ]
    ),
    ("a UTF-8 byte-order mark", true, ["i_structure_UTF-8_BOM_empty_object.json"]),
    (
      "lone surrogate escapes", false,
      [
        "i_object_key_lone_2nd_surrogate.json", "i_string_1st_surrogate_but_2nd_missing.json",
        "i_string_1st_valid_surrogate_2nd_invalid.json",
        "i_string_incomplete_surrogate_and_escape_valid.json",
        "i_string_incomplete_surrogate_pair.json", "i_string_incomplete_surrogates_escape_valid.json",
        "i_string_invalid_lonely_surrogate.json", "i_string_invalid_surrogate.json",
        "i_string_inverted_surrogates_U+1D11E.json", "i_string_lone_second_surrogate.json",
      ]
    ),
    (
      "invalid UTF-8", false,
      [
        "i_string_UTF-8_invalid_sequence.json", "i_string_UTF8_surrogate_U+D800.json",
        "i_string_invalid_utf-8.json",
        "i_string_iso_latin_1.json", "i_string_lone_utf8_continuation_byte.json",
        "i_string_not_in_unicode_range.json", "i_string_overlong_sequence_2_bytes.json",
        "i_string_overlong_sequence_6_bytes.json", "i_string_overlong_sequence_6_bytes_null.json",
        "i_string_truncated-utf-8.json",
      ]
    ),
    (
      "UTF-16", false,
      ["i_string_UTF-16LE_with_BOM.json", "i_string_utf16BE_no_BOM.json", "i_string_utf16LE_no_BOM.json"]
    ),
    ("nesting deeper than 128", false, ["i_structure_500_nested_arrays.json"]),
  ]

  @Test(.enabled(if: shouldRun, "no JSONTestSuite next to the repository (set CI to make this fail)"))
  func everyFileGoesTheDocumentedWay() throws {
    try #require(
      FileManager.default.fileExists(atPath: Self.suiteDirectory.path),
      "JSONTestSuite is missing at \(Self.suiteDirectory.path)")
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.suiteDirectory.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    var choices: [String: Bool] = [:]
    for kind in Self.implementationDefined {
      for file in kind.files { choices[file] = kind.accepted }
    }
    #expect(
      Set(names.filter { $0.hasPrefix("i_") }) == Set(choices.keys), "every i_ file has a documented choice")
    var counts: [String: Int] = [:]
    for name in names {
      let bytes = try [UInt8](Data(contentsOf: Self.suiteDirectory.appendingPathComponent(name)))
      let error = Self.error(reading: bytes, file: name)
      switch name.prefix(2) {
      case "y_" where Self.rejectedOnPurpose.contains(name):
        #expect(error?.kind == .duplicateKey, "\(name): \(error?.description ?? "read")")
      case "y_":
        #expect(error == nil, "\(name): \(error?.description ?? "")")
        #expect(Self.fastPathAgrees(bytes, file: name), "\(name): the fast path reads it differently")
      case "n_":
        #expect(error != nil, "\(name) was read")
        if let error { #expect(Self.isInside(error, bytes), "\(name): \(error) is outside the input") }
      default:
        #expect((error == nil) == choices[name], "\(name): \(error?.description ?? "read")")
        if let error { #expect(Self.isInside(error, bytes), "\(name): \(error) is outside the input") }
      }
      counts[name.prefix(2) + (error == nil ? "accepted" : "rejected"), default: 0] += 1
    }
    print(
      "JSONTestSuite:",
      counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
  }

  /// Every prefix of every file stops at an error inside the input or reads: diagnosis never
  /// looks past the end.
  @Test(.enabled(if: shouldRun, "no JSONTestSuite next to the repository (set CI to make this fail)"))
  func everyPrefixIsReadOrLocated() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.suiteDirectory.path)
    for name in names where name.hasSuffix(".json") {
      let bytes = try [UInt8](Data(contentsOf: Self.suiteDirectory.appendingPathComponent(name)))
      for end in 0..<min(bytes.count, 200) {
        let prefix = Array(bytes[..<end])
        if let error = Self.error(reading: prefix, file: name) {
          #expect(Self.isInside(error, prefix), "\(name) cut at \(end): \(error)")
        }
      }
    }
  }

  /// Whether the YAML reader's JSON fast path, when it reads `bytes`, gives the same tree as
  /// the strict reader: strict reading changes no value of valid JSON.
  static func fastPathAgrees(_ bytes: [UInt8], file: String) -> Bool {
    do {
      let input = try Input(bytes, file: file, limits: .default)
      var reader = JSONReader(input)
      var composer = Composer(builder: NodeBuilder(), file: file, limits: .default)
      guard let fast = try reader.read(into: &composer) else { return true }
      return try fast == YAMLReader.parse(bytes, file: file, as: .json)
    } catch {
      return false
    }
  }

  static func error(reading bytes: [UInt8], file: String) -> YAMLError? {
    do {
      _ = try YAMLReader.parse(bytes, file: file, as: .json)
      return nil
    } catch {
      return error
    }
  }

  /// Whether the error names the file and a position from 1:1 to just past the last character.
  static func isInside(_ error: YAMLError, _ bytes: [UInt8]) -> Bool {
    let content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    let characters = content.count { $0 & 0xC0 != 0x80 }
    let lines = 1 + content.count { $0 == 0x0A || $0 == 0x0D }
    return !error.file.isEmpty && error.mark.line >= 1 && error.mark.line <= lines && error.mark.column >= 1
      && error.mark.offset >= 0 && error.mark.offset <= characters
      && error.mark.column <= error.mark.offset + 1
  }
}
