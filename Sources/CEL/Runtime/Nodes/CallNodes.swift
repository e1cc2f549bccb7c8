/// A call with one argument (a receiver counts as one).
final class UnaryCallNode: Interpretable {
  let argument: any Interpretable
  let dispatcher: Dispatcher
  let location: Location

  init(_ argument: any Interpretable, _ dispatcher: Dispatcher, at location: Location) {
    self.argument = argument
    self.dispatcher = dispatcher
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let value = try argument.eval(activation)
    do {
      return try dispatcher.call(value)
    } catch {
      throw error.located(id: location.id, offset: location.offset)
    }
  }
}

/// A call with two arguments, such as every binary operator.
final class BinaryCallNode: Interpretable {
  let first: any Interpretable
  let second: any Interpretable
  let dispatcher: Dispatcher
  let location: Location

  init(
    _ first: any Interpretable, _ second: any Interpretable, _ dispatcher: Dispatcher,
    at location: Location
  ) {
    self.first = first
    self.second = second
    self.dispatcher = dispatcher
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let a = try first.eval(activation)
    let b = try second.eval(activation)
    do {
      return try dispatcher.call(a, b)
    } catch {
      throw error.located(id: location.id, offset: location.offset)
    }
  }
}

/// A call with three arguments, such as a receiver and two (`text.containsAnyWord(lists, code)`):
/// its arguments are passed as they are, with no list made for them.
final class TernaryCallNode: Interpretable {
  let first: any Interpretable
  let second: any Interpretable
  let third: any Interpretable
  let dispatcher: Dispatcher
  let location: Location

  init(
    _ first: any Interpretable, _ second: any Interpretable, _ third: any Interpretable,
    _ dispatcher: Dispatcher,
    at location: Location
  ) {
    self.first = first
    self.second = second
    self.third = third
    self.dispatcher = dispatcher
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let a = try first.eval(activation)
    let b = try second.eval(activation)
    let c = try third.eval(activation)
    do {
      return try dispatcher.call(a, b, c)
    } catch {
      throw error.located(id: location.id, offset: location.offset)
    }
  }
}

/// A call with any number of arguments.
final class CallNode: Interpretable {
  let arguments: [any Interpretable]
  let dispatcher: Dispatcher
  let location: Location

  init(_ arguments: [any Interpretable], _ dispatcher: Dispatcher, at location: Location) {
    self.arguments = arguments
    self.dispatcher = dispatcher
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    var values: [Value] = []
    values.reserveCapacity(arguments.count)
    for argument in arguments { values.append(try argument.eval(activation)) }
    do {
      return try dispatcher.call(values)
    } catch {
      throw error.located(id: location.id, offset: location.offset)
    }
  }
}

/// `a == b` or `a != b` with CEL equality, which never fails.
final class EqualityNode: Interpretable {
  let lhs: any Interpretable
  let rhs: any Interpretable
  let negated: Bool

  init(_ lhs: any Interpretable, _ rhs: any Interpretable, negated: Bool) {
    self.lhs = lhs
    self.rhs = rhs
    self.negated = negated
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let a = try lhs.eval(activation)
    let b = try rhs.eval(activation)
    return .bool(a.celEquals(b) != negated)
  }
}

/// `x == constant` (or `constant == x`, or `!=`): the constant is compared where it is held,
/// without being evaluated and copied on every use.
final class ConstantEqualityNode: Interpretable {
  let operand: any Interpretable
  let constant: Value
  /// Whether the constant is the left operand, so that the comparison keeps the source's order.
  let constantIsLeft: Bool
  let negated: Bool
  /// Where `operand` reads its value, if it reads one that the activation holds: the value is
  /// then compared there, without being copied out.
  let slot: SlotPath?
  /// Whether the constant is a string of ASCII characters only, compared by
  /// `codePointsEqual(ascii:)`.
  let constantIsASCII: Bool

  init(_ operand: any Interpretable, _ constant: Value, constantIsLeft: Bool, negated: Bool) {
    self.operand = operand
    self.constant = constant
    constantIsASCII = constant.stringValue?.isASCII ?? false
    self.constantIsLeft = constantIsLeft
    self.negated = negated
    slot = SlotPath(readBy: operand)
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    if let equal = slot?.withValue(in: activation, { equals($0) }) { return .bool(equal != negated) }
    return .bool(equals(try operand.eval(activation)) != negated)
  }

  /// CEL equality with the constant. Against `null` or a Boolean, only the kind and a Boolean
  /// payload are read, so that a value read in place is not copied (a list or a map would be
  /// retained and released), and against a string only a string payload; the other constants
  /// compare through `celEquals`.
  @inline(__always)
  private func equals(_ value: Value) -> Bool {
    switch constant {
    case .null:
      if case .null = value { return true }
      return false
    case .bool(let expected):
      if case .bool(let actual) = value { return actual == expected }
      return false
    case .string(let expected):
      guard case .string(let actual) = value else { return false }
      return actual.codePointsEqual(expected, otherIsASCII: constantIsASCII)
    default:
      return constantIsLeft ? constant.celEquals(value) : value.celEquals(constant)
    }
  }
}

/// A call with two arguments of which one is a constant (`size() > 0`, `' (' + s`): the constant
/// is passed where it is held, without being evaluated and copied on every call.
final class ConstantOperandCallNode: Interpretable {
  let operand: any Interpretable
  let constant: Value
  /// Whether the constant is the first argument.
  let constantIsFirst: Bool
  let dispatcher: Dispatcher
  let location: Location

  init(
    _ operand: any Interpretable, _ constant: Value, constantIsFirst: Bool, _ dispatcher: Dispatcher,
    at location: Location
  ) {
    self.operand = operand
    self.constant = constant
    self.constantIsFirst = constantIsFirst
    self.dispatcher = dispatcher
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let value = try operand.eval(activation)
    do {
      return constantIsFirst ? try dispatcher.call(constant, value) : try dispatcher.call(value, constant)
    } catch {
      throw error.located(id: location.id, offset: location.offset)
    }
  }
}

/// `x in [constant list]`, the common membership test against a literal list, without
/// dispatch or copying the list.
final class ConstantListMembershipNode: Interpretable {
  let element: any Interpretable
  let items: [Value]
  /// The items when they are all strings (the usual case), compared without dispatch on kinds.
  let strings: [String]?
  /// Whether the strings are all ASCII, compared by `codePointsEqual(ascii:)`.
  let stringsAreASCII: Bool

  init(_ element: any Interpretable, _ items: [Value]) {
    self.element = element
    self.items = items
    let strings = items.compactMap(\.stringValue)
    self.strings = strings.count == items.count ? strings : nil
    stringsAreASCII = strings.allSatisfy(\.isASCII)
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let value = try element.eval(activation)
    if let strings {
      guard case .string(let text) = value else { return .bool(false) }
      for item in strings where text.codePointsEqual(item, otherIsASCII: stringsAreASCII) {
        return .bool(true)
      }
      return .bool(false)
    }
    for item in items where item.celEquals(value) { return .bool(true) }
    return .bool(false)
  }
}
