import CEL

/// A message template made ready to render on every check: its literal texts around its
/// expressions, with the literals' UTF-8 size summed once, so that rendering reserves the message's
/// room once instead of growing it part by part.
struct PreparedTemplate: Sendable {
  /// The literal texts: one before each expression and one after the last, empty where the
  /// template has no text.
  private let literals: [String]
  /// The expressions, in order.
  private let expressions: [Expression]
  /// The UTF-8 size of all the literals.
  private let literalSize: Int

  /// Why an expression of the template could not be evaluated.
  struct Failure: Error {
    var location: SourceLocation
    var message: String
    /// Whether evaluation stopped at one of the rule set's evaluation limits.
    var exceedsLimit = false

    init(location: SourceLocation, message: String) {
      self.location = location
      self.message = message
    }

    /// The failure of `expression` with `error`, located where in the expression it happened.
    init(_ error: EvalError, in expression: Expression) {
      self.init(location: expression.location(atOffset: error.offset), message: error.message)
      exceedsLimit = error.exceedsLimit
    }
  }

  init(_ template: Template) {
    var literals = [""]
    var expressions: [Expression] = []
    for part in template.parts {
      switch part {
      case .text(let text):
        literals[literals.count - 1] += text
      case .expression(let expression):
        expressions.append(expression)
        literals.append("")
      }
    }
    self.literals = literals
    self.expressions = expressions
    literalSize = literals.reduce(0) { $0 + $1.utf8.count }
  }

  /// The template's text with each expression's value, as `ValueText.display` shows it, in place;
  /// the expressions are evaluated in order, and the first that fails is the failure.
  func render(in activation: Activation) throws(Failure) -> String {
    let count = expressions.count
    if count == 0 { return literals[0] }
    if count == 1 {
      let text = try display(0, in: activation)
      if literalSize == 0 { return text }
      var message = literals[0]
      message.reserveCapacity(literalSize + text.utf8.count)
      message += text
      message += literals[1]
      return message
    }
    var texts: [String] = []
    texts.reserveCapacity(count)
    var size = literalSize
    for index in 0..<count {
      let text = try display(index, in: activation)
      size += text.utf8.count
      texts.append(text)
    }
    var message = literals[0]
    message.reserveCapacity(size)
    for index in 0..<count {
      message += texts[index]
      message += literals[index + 1]
    }
    return message
  }

  /// The text of the value of the expression at `index`, which is read in place: copying an
  /// `Expression` costs a retain and a release of each of its references.
  private func display(_ index: Int, in activation: Activation) throws(Failure) -> String {
    do {
      return ValueText.display(try expressions[index].program.evaluate(activation))
    } catch {
      throw Failure(error, in: expressions[index])
    }
  }
}
