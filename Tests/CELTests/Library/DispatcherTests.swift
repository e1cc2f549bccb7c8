import Testing

@testable import CEL

/// Calls of three arguments find the first overload, in declaration order, whose parameters admit
/// the arguments' kinds.
@Suite struct DispatcherTests {
  static let dispatcher = Dispatcher(
    function: "pick",
    overloads: [
      Overload("pick_string_int_int", [.string, .int, .int], .string, .variadic { _ in .string("ints") }),
      Overload(
        "pick_string_dyn_string", [.string, .dyn, .string], .string, .variadic { _ in .string("dyn") }),
      Overload(
        "pick_string_string_string", [.string, .string, .string], .string, .variadic { _ in .string("never") }
      ),
      Overload(
        "pick_list_map_bool", [.list(.dyn), .map(.string, .dyn), .bool], .string,
        .variadic { arguments in
          .int(Int64(arguments.count))
        }),
    ],
    arity: 3)

  @Test func callsTheFirstOverloadThatAdmitsTheArguments() throws {
    #expect(try Self.dispatcher.call([.string("a"), .int(1), .int(2)]).celEquals(.string("ints")))
    #expect(try Self.dispatcher.call([.string("a"), .int(1), .string("b")]).celEquals(.string("dyn")))
    #expect(try Self.dispatcher.call([.string("a"), .string("b"), .string("c")]).celEquals(.string("dyn")))
    #expect(try Self.dispatcher.call([.list([]), .map(MapValue()), .bool(true)]).celEquals(.int(3)))
  }

  @Test func failsWhenNoOverloadAdmitsTheArguments() {
    #expect(throws: EvalError.self) { try Self.dispatcher.call([.string("a"), .int(1), .bool(true)]) }
    #expect(throws: EvalError.self) { try Self.dispatcher.call([.int(1), .int(1), .int(1)]) }
    #expect(throws: EvalError.self) { try Self.dispatcher.call([.string("a"), .int(1)]) }
    #expect(throws: EvalError.self) { try Self.dispatcher.call([.string("a"), .int(1), .int(2), .int(3)]) }
    do {
      _ = try Self.dispatcher.call([.string("a"), .int(1), .bool(true)])
    } catch {
      #expect(error.message == "no such overload: pick(string, int, bool)")
    }
  }

  /// Three arguments are passed as they are, to a three-argument implementation or, as a list, to
  /// one that takes a list, by the same choice of overload.
  @Test func callsThreeArgumentsWithoutAList() throws {
    let dispatcher = Dispatcher(
      function: "pick",
      overloads: [
        Overload("pick_int_int_int", [.int, .int, .int], .int, .ternary { a, b, c in .list([a, b, c]) }),
        Overload(
          "pick_dyn_dyn_dyn", [.dyn, .dyn, .dyn], .int,
          .variadic { arguments in .int(Int64(arguments.count)) }),
      ],
      arity: 3)
    #expect(try dispatcher.call(.int(1), .int(2), .int(3)).celEquals(.list([.int(1), .int(2), .int(3)])))
    #expect(try dispatcher.call([.int(1), .int(2), .int(3)]).celEquals(.list([.int(1), .int(2), .int(3)])))
    #expect(try dispatcher.call(.int(1), .string("b"), .int(3)).celEquals(.int(3)))
    #expect(try Self.dispatcher.call(.string("a"), .int(1), .int(2)).celEquals(.string("ints")))
    #expect(throws: EvalError.self) { try Self.dispatcher.call(.string("a"), .int(1), .bool(true)) }
  }

  /// A one- or two-parameter implementation is reached through an argument list too.
  @Test func callsOverloadsOfFixedShapeFromAList() throws {
    let dispatcher = Dispatcher(
      function: "twice", overloads: [Overload("twice_int", [.int], .int, .unary { _ in .int(2) })], arity: 1)
    #expect(try dispatcher.call([.int(1)]).celEquals(.int(2)))
  }
}
