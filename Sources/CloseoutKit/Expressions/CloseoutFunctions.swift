import CEL

/// Closeout's own CEL functions, for the tone of feedback and for sums in messages. Word lists are
/// data in the rule files (`lists:`); these functions only do the matching.
enum CloseoutFunctions {
  /// The declarations added to CEL's standard library in every rule's environment.
  static let declarations: [FunctionDecl] = [
    FunctionDecl(
      "words", isPure: true,
      [
        Overload("string_words", member: true, .string, .list(.string)) { (text: Value) throws(EvalError) in
          .list(Words.lowercased(try string(text, "words")).map(Value.string))
        }
      ]),
    FunctionDecl(
      "containsAnyWord", isPure: true,
      [
        Overload("string_contains_any_word_list", member: true, .string, .list(.string), .bool) {
          (text: Value, phrases: Value) throws(EvalError) in
          .bool(PhraseMatcher(try strings(phrases)).matches(try string(text, "containsAnyWord")))
        }.specialized { (constants: [Value?]) throws(EvalError) -> Implementation? in
          // A constant word list (a rule file's `lists:` entry) is prepared once, when the rule compiles.
          guard constants.count == 2, let phrases = constants[1] else { return nil }
          let matcher = PhraseMatcher(try strings(phrases))
          return .binary { (text: Value, _: Value) throws(EvalError) in
            // Matched where the argument holds it: `string(_:_:)` would copy the text out.
            guard case .string(let text) = text else { throw EvalError("no such overload: containsAnyWord") }
            return .bool(matcher.matches(text))
          }
        },
        Overload(
          "string_contains_any_word_map_string", member: true,
          [.string, .map(.string, .list(.string)), .string], .bool,
          .ternary { (text: Value, lists: Value, code: Value) throws(EvalError) in
            .bool(try LanguageMatchers(lists, "containsAnyWord").containsAny(text, code))
          }
        ).specialized { (constants: [Value?]) throws(EvalError) -> Implementation? in
          guard constants.count == 3, let lists = constants[1] else { return nil }
          let matchers = try LanguageMatchers(lists, "containsAnyWord")
          return .ternary { (text: Value, _: Value, code: Value) throws(EvalError) in
            .bool(try matchers.containsAny(text, code))
          }
        },
      ]),
    FunctionDecl(
      "foundWords", isPure: true,
      [
        Overload("string_found_words_list", member: true, .string, .list(.string), .list(.string)) {
          (text: Value, phrases: Value) throws(EvalError) in
          found(PhraseMatcher(try strings(phrases)), in: try string(text, "foundWords"))
        }.specialized { (constants: [Value?]) throws(EvalError) -> Implementation? in
          guard constants.count == 2, let phrases = constants[1] else { return nil }
          let matcher = PhraseMatcher(try strings(phrases))
          return .binary { (text: Value, _: Value) throws(EvalError) in
            guard case .string(let text) = text else { throw EvalError("no such overload: foundWords") }
            return found(matcher, in: text)
          }
        },
        Overload(
          "string_found_words_map_string", member: true,
          [.string, .map(.string, .list(.string)), .string], .list(.string),
          .ternary { (text: Value, lists: Value, code: Value) throws(EvalError) in
            .list(try LanguageMatchers(lists, "foundWords").found(text, code).map(Value.string))
          }
        ).specialized { (constants: [Value?]) throws(EvalError) -> Implementation? in
          guard constants.count == 3, let lists = constants[1] else { return nil }
          let matchers = try LanguageMatchers(lists, "foundWords")
          return .ternary { (text: Value, _: Value, code: Value) throws(EvalError) in
            .list(try matchers.found(text, code).map(Value.string))
          }
        },
      ]),
    FunctionDecl(
      "shoutedWords", isPure: true,
      [
        Overload("string_shouted_words", member: true, .string, .list(.string)) {
          (text: Value) throws(EvalError) in
          .list(Words.longestShoutedRun(try string(text, "shoutedWords")).map(Value.string))
        }
      ]),
    FunctionDecl(
      "sum", isPure: true,
      [
        Overload("list_sum", member: true, .list(.dyn), .dyn) { (list: Value) throws(EvalError) in
          guard case .list(let items) = list else { throw EvalError("no such overload: sum") }
          return try sum(items)
        }
      ]),
  ]

  private static func found(_ matcher: PhraseMatcher, in text: String) -> Value {
    .list(matcher.found(in: text).map(Value.string))
  }

  static func string(_ value: Value, _ function: String) throws(EvalError) -> String {
    guard case .string(let text) = value else { throw EvalError("no such overload: \(function)") }
    return text
  }

  static func strings(_ value: Value) throws(EvalError) -> [String] {
    guard case .list(let items) = value else { throw EvalError("containsAnyWord expects a list of strings") }
    var strings: [String] = []
    strings.reserveCapacity(items.count)
    for item in items {
      guard case .string(let text) = item else {
        throw EvalError("containsAnyWord expects a list of strings")
      }
      strings.append(text)
    }
    return strings
  }

  /// An int when every item is an int (overflow is an error), a double otherwise; 0 when empty.
  private static func sum(_ items: [Value]) throws(EvalError) -> Value {
    var intTotal: Int64 = 0
    var doubleTotal = 0.0
    var sawDouble = false
    for item in items {
      switch item {
      case .int(let i):
        let (result, overflow) = intTotal.addingReportingOverflow(i)
        guard !overflow else { throw EvalError("integer overflow in sum()") }
        intTotal = result
      case .uint(let u):
        guard u <= UInt64(Int64.max) else { throw EvalError("integer overflow in sum()") }
        let (result, overflow) = intTotal.addingReportingOverflow(Int64(u))
        guard !overflow else { throw EvalError("integer overflow in sum()") }
        intTotal = result
      case .double(let d):
        doubleTotal += d
        sawDouble = true
      default:
        throw EvalError("sum() expects a list of numbers, found \(ValueText.typeName(of: item))")
      }
    }
    return sawDouble ? .double(doubleTotal + Double(intTotal)) : .int(intTotal)
  }
}
