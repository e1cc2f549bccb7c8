import CEL
import Testing

@testable import CloseoutKit

/// The passages rules judge (sentences, clauses, unquoted and deobfuscated text) and lists by
/// language, through CEL as rules call them.
@Suite struct TextFunctionsTests {
  private static let lists: [String: WordList] = [
    "markers": .byLanguage([
      "en": ["the", "and", "you", "is"], "de": ["der", "die", "und", "ist", "ich"],
      "es": ["el", "que", "y", "es"],
    ]),
    "endings": .byLanguage(["en": ["end the contract"], "de": ["beenden"], "es": ["terminar el contrato"]]),
    "negations": .words(["never", "not", "no"]),
    "contrasts": .words(["but", "just"]),
  ]
  private static let environment = SnapshotEnvironment(lists: lists, schema: nil).environment

  /// The value of `source` as a CEL literal.
  private func value(_ source: String) throws -> String {
    ValueText.literal(
      try Self.environment.compile(source).evaluate(Activation(environment: Self.environment)), limit: 1000)
  }

  @Test(arguments: [
    (
      "'Hi Tom. It took 3.5 hours! Done? Yes; fine\\nNew line'.sentences()",
      "['Hi Tom.', 'It took 3.5 hours!', 'Done?', 'Yes;', 'fine', 'New line']"
    ),
    ("''.sentences()", "[]"),
    (
      #"'he called my drafts "useless" and “a waste of time”, it\'s fine'.unquoted()"#,
      #"'he called my drafts   and  , it\'s fine'"#
    ),
    (#"'a \'rubbish\' draft, the clients\' files'.unquoted()"#, #"'a   draft, the clients\' files'"#),
    (#"'an "open quote is kept'.unquoted()"#, #"'an "open quote is kept'"#),
    (#"'> I will end our contract\nPlease wait, 3 > 2'.unquoted()"#, #"'Please wait, 3 > 2'"#),
    (
      "'Total s c a m, this id1ot is a cl0wn. AWS RDS IAM in 2026, I a'.deobfuscated()",
      "'Total scam, this idiot is a clown. AWS RDS IAM in 2026, I a'"
    ),
    ("'a$$hole, cr@p, $5 and 3.5 hours, B2B'.deobfuscated()", "'asshole, crap, $5 and 3.5 hours, B2B'"),
    (
      "'paid on time, never any haggling over a bonus. Bonus if you pay'.affirmed(lists.negations, lists.contrasts)",
      "'paid on time, Bonus if you pay'"
    ),
    (
      "'I do not take PayPal, Zelle or cash. Never mind, just Venmo me; fine'.affirmed(lists.negations, lists.contrasts)",
      "'just Venmo me; fine'"
    ),
  ])
  func passages(_ source: String, _ expected: String) throws {
    #expect(try value(source) == expected)
  }

  @Test(arguments: [
    ("'Hallo, ich würde den Vertrag gern beenden, und die Doku ist fertig.'", "en", "de"),
    ("'Hello, I would like to end the contract and the docs are done.'", "de", "en"),
    ("'Ok, gracias'", "es", "es"),
    ("'Gracias y hasta pronto, es todo'", "en", "es"),
    ("'Merci beaucoup'", "en", "en"),
    // A tie goes to the first code in alphabetical order; a tie with the fallback, to it.
    ("'der die el que'", "en", "de"),
    ("'el que der die'", "fr", "de"),
    ("'der die el que'", "es", "es"),
    // A marker counts once, however often it is written.
    ("'der der der und'", "en", "de"),
    ("'der der der'", "en", "en"),
  ])
  func languageIsTheOneWithMostMarkers(_ text: String, _ fallback: String, _ expected: String) throws {
    #expect(try value("\(text).language(lists.markers, '\(fallback)')") == "'\(expected)'")
  }

  @Test func listsByLanguageMatchInTheGivenLanguageOnly() throws {
    #expect(try value("'Ich möchte beenden'.containsAnyWord(lists.endings, 'de')") == "true")
    #expect(try value("'Ich möchte beenden'.containsAnyWord(lists.endings, 'en')") == "false")
    // An entry of another language found first does not hide one of the language asked for, and
    // a language the list does not have (or '*') accepts any.
    #expect(try value("'beenden oder end the contract'.containsAnyWord(lists.endings, 'en')") == "true")
    #expect(try value("'Ich möchte beenden'.containsAnyWord(lists.endings, '*')") == "true")
    #expect(try value("'nothing to see'.containsAnyWord(lists.endings, '*')") == "false")
    #expect(
      try value("'We end the contract; vamos a terminar el contrato'.foundWords(lists.endings, 'es')")
        == "['terminar el contrato']")
    // A language the list does not have matches every language's entries.
    #expect(
      try value("'end the contract, beenden'.foundWords(lists.endings, 'nl')")
        == "['beenden', 'end the contract']")
  }

  @Test func aListByLanguageNeedsALanguage() {
    #expect(throws: (any Error).self) { try Self.environment.compile("'x'.containsAnyWord(lists.endings)") }
  }
}

/// The passage functions on many texts made of the characters they treat specially, mixed with
/// letters, digits, combining marks, emoji and controls: none may trap, and what they return keeps
/// to what they promise.
@Suite struct TextPassagesRobustnessTests {
  private static let pieces: [String] = [
    "a", "I", "é", "e\u{301}", "7", "1", "$", "@", " ", "  ", "\t", "\n", "\r\n", "\u{2028}", ".", "!", "?",
    ";", "…", "。", ",", ":", "–", "—", "-", "\"", "'", "“", "”", "„", "«", "»", "‘", "’", "😀", "👩‍💻",
    "\u{0}", "\u{1B}", "\u{202E}", "word", "WORD", "s c a m", "id1ot", "never", "but", "3.5",
  ]

  @Test func passagesNeverTrapAndKeepTheirPromises() {
    // A fixed linear congruential sequence, so a failure can be replayed.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<3000 {
      let text = (0..<next(24)).map { _ in Self.pieces[next(Self.pieces.count)] }.joined()
      let sentences = TextPassages.sentences(text)
      let clauses = TextPassages.clauses(text)
      #expect(sentences.allSatisfy { !$0.isEmpty && !$0.unicodeScalars.first!.properties.isWhitespace })
      #expect(clauses.count >= sentences.count)
      let unquoted = TextPassages.unquoted(text)
      #expect(unquoted.unicodeScalars.count <= text.unicodeScalars.count)
      let plain = TextPassages.deobfuscated(text)
      #expect(plain.unicodeScalars.count <= text.unicodeScalars.count)
    }
  }
}
