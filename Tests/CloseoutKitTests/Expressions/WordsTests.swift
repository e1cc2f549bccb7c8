import Testing

@testable import CloseoutKit

@Suite struct WordsTests {
  @Test(arguments: [
    ("Hello, world!", ["hello", "world"]),
    ("The client's brief was 'great'", ["the", "client's", "brief", "was", "great"]),
    ("Don’t STOP", ["don't", "stop"]),
    ("version 2.5 on 3 phones", ["version", "2", "5", "on", "3", "phones"]),
    ("Ünïcode façade", ["ünïcode", "façade"]),
    ("  ", []),
    ("!!!", []),
  ])
  func splitsIntoLowercasedWords(text: String, expected: [String]) {
    #expect(Words.lowercased(text) == expected)
  }

  @Test(arguments: [
    ("You are stupid.", ["stupid"], true),
    ("I stupidly forgot", ["stupid"], false),
    ("STUPID decision", ["stupid"], true),
    ("Pay me by bank transfer please", ["bank transfer"], true),
    ("the bank sent a transfer", ["bank transfer"], false),
    ("nothing here", ["idiot", "scam"], false),
    ("", ["idiot"], false),
    ("idiot", [], false),
    ("I'd like to end the contract", ["end the contract", "wrap up"], true),
    ("I don’t agree", ["don't agree"], true),
    ("Ünïcode FAÇADE here", ["façade"], true),
  ])
  func findsWholeWordsAndPhrases(text: String, phrases: [String], expected: Bool) {
    #expect(PhraseMatcher(phrases).matches(text) == expected)
  }

  @Test(arguments: [
    ("NEVER WORK WITH THEM again", ["NEVER", "WORK", "WITH", "THEM"]),
    ("Fine work. API and USD", ["API"]),
    ("The UI was OK BUT SLOW!!! really", ["OK", "BUT", "SLOW"]),
    ("no shouting", []),
    ("A TOTAL WASTE", ["A", "TOTAL", "WASTE"]),
    ("DO NOT HIRE, 100%", ["DO", "NOT", "HIRE"]),
    ("ÉNORME PERTE de temps", ["ÉNORME", "PERTE"]),
    ("NUNCA ÉNORMe SO", ["NUNCA"]),
    ("ÜBER GROß no", ["ÜBER"]),
    ("ΠΟΛΥ ΚΑΚΟ 42 ok", ["ΠΟΛΥ", "ΚΑΚΟ"]),
  ])
  func findsTheLongestShoutedRun(text: String, expected: [String]) {
    #expect(Words.longestShoutedRun(text) == expected)
  }
}

@Suite struct PhraseMatcherTests {
  @Test(arguments: [
    (
      "Pay me via PayPal or by BANK transfer", ["crypto", "bank transfer", "paypal"],
      ["bank transfer", "paypal"]
    ),
    ("paypal paypal", ["paypal"], ["paypal"]),
    ("I don’t want that", ["don't want"], ["don't want"]),
    ("nothing", ["a b c"], []),
    ("a b c", ["a b c", "b", "c d"], ["a b c", "b"]),
    ("'quoted' words", ["quoted"], ["quoted"]),
    // Phrases sharing a last word, and a phrase inside another.
    (
      "We should end our contract now", ["end the contract", "end our contract", "our contract", "contract"],
      ["end our contract", "our contract", "contract"]
    ),
    ("the contract", ["end the contract"], []),
    ("xend the contract", ["end the contract"], []),
    // Punctuation, apostrophes alone and apostrophes at word ends between the words of a phrase.
    ("off-platform, please", ["off platform"], ["off platform"]),
    ("bank ' transfer", ["bank transfer"], ["bank transfer"]),
    ("'bank’ ’’ 'transfer'", ["bank transfer"], ["bank transfer"]),
    ("bank'transfer", ["bank transfer"], []),
    ("I don’t agree, I DON'T", ["don't agree", "don't"], ["don't agree", "don't"]),
    // Words beyond ASCII, compared lower-cased.
    ("UNE FAÇADE ÉLÉGANTE", ["façade élégante"], ["façade élégante"]),
    ("Straße nach İstanbul", ["strasse", "i̇stanbul"], ["i̇stanbul"]),
    ("cafe\u{301} au lait", ["café au lait", "cafe\u{301} au lait"], ["cafe\u{301} au lait"]),
    // The same phrase twice in the list, and phrases without words.
    ("wrap up", ["wrap up", "", "!!", "wrap up"], ["wrap up", "wrap up"]),
    // Phrases longer than the text, and a phrase at its very start.
    ("up", ["wrap up", "wrap things up"], []),
    ("wrap up and wrap things up", ["wrap things up"], ["wrap things up"]),
  ])
  func findsEachPhraseOnceInListOrder(text: String, phrases: [String], expected: [String]) {
    #expect(PhraseMatcher(phrases).found(in: text) == expected)
    #expect(PhraseMatcher(phrases).matches(text) == !expected.isEmpty)
  }
}
