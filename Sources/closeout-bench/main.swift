// closeout-bench: how many snapshots a second one core reads and checks against the default rules.
//
//   closeout-bench [--rounds N] [--repeat N] [--per-rule] [--core-schema] [--stage STAGE] FILE...
//
// FILE is a snapshot (YAML or JSON) or an NDJSON file (`.ndjson`, one snapshot a line). Every
// snapshot is read into memory first; each round then parses and checks all of them on one thread.
// Prints the median and the spread of the rounds for parse + check, parse only and check only;
// with --per-rule, then the nanoseconds each default rule takes per evaluation, slowest first.
// Snapshots are validated against the default rule set's schema, as `closeout check` does; with
// --core-schema only against the built-in core (the required sections), which shows what
// validating every field costs.
//
// --stage measures one stage alone, so that a profiler (`valgrind --tool=callgrind`, `perf`) sees
// only it: `libyaml` (libyaml's own event loop and nothing else: the floor for YAML), `read` (the
// YAML or JSON reader into a builder that keeps nothing: the reader's own cost), `parse` (bytes to
// a validated snapshot), `check` (rules on parsed snapshots) or `all`.
import CLibYAML
import CloseoutKit
import Foundation
import YAML

struct Options {
  var rounds = 7
  var repeatCount = 1
  var perRule = false
  var coreSchema = false
  var stage: Stage?
  var files: [String] = []

  enum Stage: String { case libyaml, read, parse, check, all }

  init(_ arguments: [String]) throws {
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "--rounds": rounds = try Options.number(rest.popFirst(), for: argument)
      case "--repeat": repeatCount = try Options.number(rest.popFirst(), for: argument)
      case "--per-rule": perRule = true
      case "--core-schema": coreSchema = true
      case "--stage":
        guard let name = rest.popFirst(), let value = Stage(rawValue: name) else {
          throw UsageError("--stage takes libyaml, read, parse, check or all")
        }
        stage = value
      default: files.append(argument)
      }
    }
    if files.isEmpty {
      throw UsageError(
        "usage: closeout-bench [--rounds N] [--repeat N] [--per-rule] [--core-schema] [--stage libyaml|read|parse|check|all] FILE..."
      )
    }
  }

  static func number(_ text: String?, for option: String) throws -> Int {
    guard let text, let value = Int(text), value > 0 else {
      throw UsageError("\(option) takes a positive number")
    }
    return value
  }
}

struct UsageError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// Every snapshot document in `files`, as bytes.
func documents(_ files: [String]) throws -> [[UInt8]] {
  var documents: [[UInt8]] = []
  for file in files {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw UsageError("cannot read \(file)")
    }
    if file.hasSuffix(".ndjson") {
      documents += data.split(separator: UInt8(ascii: "\n")).map { [UInt8]($0) }
    } else {
      documents.append([UInt8](data))
    }
  }
  return documents
}

/// Runs `body` `rounds` times and returns the documents per second of each round.
func measure(rounds: Int, documents count: Int, _ body: () throws -> Int) rethrows -> [Double] {
  var rates: [Double] = []
  var sink = 0
  for _ in 0..<rounds {
    let start = DispatchTime.now().uptimeNanoseconds
    sink &+= try body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    rates.append(Double(count) / seconds)
  }
  if sink == -1 { print(sink) }  // keeps the work from being optimised away
  return rates
}

func report(_ label: String, _ rates: [Double]) {
  let sorted = rates.sorted()
  let median = sorted[sorted.count / 2]
  let line = String(
    format: "%@ median %.0f docs/s (%.2f µs/doc), rounds min %.0f max %.0f", label, median, 1e6 / median,
    sorted.first ?? 0, sorted.last ?? 0)
  print(line)
}

/// The number of events libyaml's parser produces for `document`, with nothing done with them.
func libyamlEvents(_ document: [UInt8]) -> Int {
  var parser = yaml_parser_t()
  var event = yaml_event_t()
  guard yaml_parser_initialize(&parser) == 1 else { return 0 }
  defer { yaml_parser_delete(&parser) }
  var count = 0
  document.withUnsafeBufferPointer { bytes in
    yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
    while yaml_parser_parse(&parser, &event) == 1 {
      count += 1
      let type = event.type
      yaml_event_delete(&event)
      if type == YAML_STREAM_END_EVENT { break }
    }
  }
  return count
}

/// A builder that keeps nothing, so that reading into it costs what the reader itself costs. Like
/// the snapshot builder, it needs no text for typed scalars and builds scalars from their resolved
/// values.
struct CountingBuilder: YAMLTreeBuilder {
  static var recordsBlockLayouts: Bool { false }
  static var needsTextOfTypedScalars: Bool { false }
  static var buildsScalarsFromResolvedValues: Bool { true }

  mutating func scalar(_ scalar: Scalar, info: NodeInfo) throws(YAMLError) -> Int { 1 }
  mutating func scalar(resolved: ResolvedScalar) throws(YAMLError) -> Int { 1 }
  mutating func sequence(_ items: ArraySlice<Int>, info: NodeInfo) throws(YAMLError) -> Int { items.count }
  mutating func mapping(_ entries: MappingEntries<Int>, info: NodeInfo) throws(YAMLError) -> Int {
    entries.count
  }
}

do {
  let options = try Options(Array(CommandLine.arguments.dropFirst()))
  let loaded = try documents(options.files)
  let batch = Array(repeating: loaded, count: options.repeatCount).flatMap { $0 }
  let bytes = batch.reduce(0) { $0 + $1.count }
  let engine = Engine(ruleSet: try RuleSetLoader.loadDefault())
  // Snapshots are validated against the rule set's schema, as `closeout check` does, or with
  // --core-schema only against the built-in core (the required sections).
  let schema = options.coreSchema ? SnapshotSchema.core : engine.ruleSet.validationSchema
  let snapshots = try batch.map { try SnapshotLoader.load($0, file: "bench", schema: schema) }
  print(
    "\(batch.count) snapshots, \(bytes / max(batch.count, 1)) bytes each on average, \(engine.ruleSet.rules.count) rules"
  )
  let stages = options.stage.map { [$0] } ?? [.all, .parse, .check]
  // One core checks a batch with one context, as the command line does.
  let context = engine.makeContext()

  if options.stage == .libyaml {
    report(
      "libyaml only: ",
      measure(rounds: options.rounds, documents: batch.count) { batch.reduce(0) { $0 &+ libyamlEvents($1) } })
  }
  if options.stage == .read {
    let read = try measure(rounds: options.rounds, documents: batch.count) {
      var count = 0
      for document in batch {
        var builder = CountingBuilder()
        count &+= try YAMLReader.compose(document, file: "bench", into: &builder)
      }
      return count
    }
    report("read only:    ", read)
  }
  if stages.contains(.all) {
    let all = try measure(rounds: options.rounds, documents: batch.count) {
      var fired = 0
      for document in batch {
        let checklist = engine.check(
          try SnapshotLoader.load(document, file: "bench", schema: schema), in: context)
        fired &+= checklist.steps.count
      }
      return fired
    }
    report("parse + check:", all)
  }
  if stages.contains(.parse) {
    let parse = try measure(rounds: options.rounds, documents: batch.count) {
      var count = 0
      for document in batch {
        count &+= try SnapshotLoader.load(document, file: "bench", schema: schema).root.count
      }
      return count
    }
    report("parse only:   ", parse)
  }
  if stages.contains(.check) {
    let check = measure(rounds: options.rounds, documents: batch.count) {
      var fired = 0
      for snapshot in snapshots { fired &+= engine.check(snapshot, in: context).steps.count }
      return fired
    }
    report("check only:   ", check)
  }
  if options.perRule {
    print("per rule (ns per evaluation: lets as used, condition, message when fired; slowest first):")
    for timing in engine.ruleTimings(on: snapshots, repetitions: options.rounds) {
      print(String(format: "  %8.0f ns  %@", timing.nanosecondsPerEvaluation, timing.rule))
    }
  }
} catch {
  FileHandle.standardError.write(Data("closeout-bench: \(error)\n".utf8))
  exit(2)
}
