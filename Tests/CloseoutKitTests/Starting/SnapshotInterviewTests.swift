import CEL
import Testing

@testable import CloseoutKit

/// `closeout init --interactive` without a terminal: replies in, questions and snapshot out.
@Suite struct SnapshotInterviewTests {
  static let asOf = SnapshotTemplateTests.asOf  // 2026-12-07T03:40:00Z

  /// What an interview showed and what it made of `replies`.
  private struct Run {
    var transcript = ""
    var prompts: [String] = []
    var result: Result<SnapshotTemplate, InterviewEnded>
    var answers: TemplateAnswers
  }

  private func run(_ replies: [String], endReasons: [String]? = ["completed", "other"]) throws -> Run {
    let ruleSet = try SnapshotTemplateTests.ruleSet.get()
    var interview = SnapshotInterview(
      asOf: Self.asOf, schema: ruleSet.validationSchema, endReasons: endReasons)
    var remaining = replies[...]
    var transcript = ""
    var prompts: [String] = []
    let result = Result { () throws(InterviewEnded) in
      try interview.conduct(
        read: { remaining.popFirst() },
        write: { text in
          transcript += text
          if text.hasSuffix(": ") { prompts.append(text) }
        })
    }
    return Run(transcript: transcript, prompts: prompts, result: result, answers: interview.answers)
  }

  /// The snapshot text of a finished run, checked to load against the default schema and to be
  /// checked by the default rules without an error.
  private func snapshotText(_ run: Run) throws -> String {
    let text = try run.result.get().text
    let ruleSet = try SnapshotTemplateTests.ruleSet.get()
    let snapshot = try SnapshotLoader.load(Array(text.utf8), file: "t.yaml", schema: ruleSet.validationSchema)
    #expect(Engine(ruleSet: ruleSet).check(snapshot).errors.map(\.summary) == [])
    return text
  }

  @Test func blankRepliesTakeTheDefaultsInBrackets() throws {
    let run = try run(Array(repeating: "", count: 20))
    var expected = TemplateAnswers(asOf: Self.asOf)
    expected.dispute = nil
    #expect(run.answers == expected)
    #expect(
      run.prompts == [
        "Contract id [ct-1042]: ",
        "Contract title [Mobile app redesign]: ",
        "How is the contract paid? (fixed_price, hourly) [fixed_price]: ",
        "Contract status (active, paused, end_requested, ended) [active]: ",
        "Client's name [Acme Corp]: ",
        "Your name [Dana Lee]: ",
        "Language the messages are written in (a code such as en, es, de, fr) [en]: ",
        "Have you told the client you want to end the contract? (yes, no) [yes]: ",
        "When did you tell them (YYYY-MM-DD)? [2026-12-04]: ",
        "Has the client agreed to end it? (yes, no) [no]: ",
        "Are all the agreed tasks done? (yes, no) [no]: ",
        "Milestones as AMOUNT STATUS, comma-separated, or none "
          + "(statuses: unfunded, funded, submitted, approved, paid, refunded) [400 paid, 500 funded]: ",
        "Currency of the amounts [USD]: ",
        "Is there a dispute or refund request? (none, open, resolved) [none]: ",
        "End reason, if you have chosen one (none, completed, other) [none]: ",
        "Public feedback for the client, if written (one line) [none]: ",
      ])
    let text = try snapshotText(run)
    #expect(text.contains("\ndisputes: []\n"))
  }

  @Test func answersAreWrittenIntoTheSnapshot() throws {
    let run = try run([
      "ct-77", "Logo design", "Fixed price", "active", "Northwind", "Sam Fox", "es", "y", "2026-12-01", "YES",
      "no", "300 paid, 200.5 submitted", "eur", "open", "", "completed",
      "Great brief and quick answers, thank you Sam.",
    ])
    let text = try snapshotText(run)
    for expected in [
      "\nlanguage: es\n", "\n  id: ct-77\n", "\n  title: Logo design\n", "\n  kind: fixed_price\n",
      "\n    name: Northwind\n", "\n    name: Sam Fox\n", "\n    at: 2026-12-01T00:00:00Z\n",
      "\n  agreed: true\n", "\n  at: 2026-12-02T00:00:00Z\n", "\n    status: in_progress\n",
      "\n    amount: 200.5\n", "\n    currency: EUR\n", "\n    status: submitted\n",
      "\n  - kind: refund_request\n", "\n    status: open\n", "\n  reason: completed\n",
      "\n  public_text: Great brief and quick answers, thank you Sam.\n",
    ] {
      #expect(text.contains(expected), "missing \(expected.debugDescription)")
    }
  }

  @Test func anInvalidChoiceIsAskedAgainWithTheAllowedValues() throws {
    let run = try run(["", "", "", "actve", "active"] + Array(repeating: "", count: 20))
    #expect(
      run.transcript.contains(
        "Contract status (active, paused, end_requested, ended) [active]: "
          + "  'actve' is not one of: active, paused, end_requested, ended (did you mean 'active'?)\n"
          + "Contract status (active, paused, end_requested, ended) [active]: "))
    #expect(run.answers.status == "active")
  }

  @Test(arguments: [
    ("When did you tell them", "2026-13-01", "'2026-13-01' is not a date such as 2026-11-17"),
    (
      "When did you tell them", "2026-12-08",
      "'2026-12-08' is in the future: the snapshot is as of 2026-12-07T03:40:00Z"
    ),
    ("Milestones", "400", "'400' is not a milestone written as AMOUNT STATUS, such as '400 paid'"),
    (
      "Milestones", "400 payed",
      "'payed' is not one of: unfunded, funded, submitted, approved, paid, refunded"
    ),
    ("Currency", "dollars", "'dollars' is not a three-letter currency code such as USD or EUR"),
    ("Language", "English", "'English' is not a language code such as en, es, de, fr, pt or it"),
    ("End reason", "finished", "'finished' is not one of: none, completed, other"),
  ])
  func invalidRepliesAreExplained(question: String, reply: String, problem: String) throws {
    var interview = SnapshotInterview(
      asOf: Self.asOf, schema: try SnapshotTemplateTests.ruleSet.get().validationSchema,
      endReasons: ["completed", "other"])
    while let current = interview.question, !current.text.hasPrefix(question) { _ = interview.answer("") }
    let before = try #require(interview.question)
    guard case .invalid(let message) = interview.answer(reply) else {
      Issue.record("'\(reply)' was accepted")
      return
    }
    #expect(message.hasPrefix(problem), "\(message)")
    #expect(interview.question == before)
  }

  @Test func anHourlyContractIsAskedAboutHoursNotMilestones() throws {
    let run = try run(["", "", "hourly", "", "", "", "", "no", "", "6.5", "", "", ""])
    #expect(!run.prompts.contains { $0.hasPrefix("Milestones") || $0.hasPrefix("When did you tell") })
    #expect(run.prompts.contains("Logged hours still in the client's review window [0]: "))
    let text = try snapshotText(run)
    #expect(text.contains("\nmilestones: []\n"))
    #expect(text.contains("\n  hours_in_review: 6.5\n"))
    #expect(text.contains("\n  agreed: false\n"))
    #expect(!text.contains("topics: [ending"))
  }

  @Test func anEndedContractSaysWhoEndedItAndWhenTheEndWasRequested() throws {
    let run = try run(
      ["", "", "", "ended", "client"] + Array(repeating: "", count: 10) + ["2026-12-06", "other", ""],
      endReasons: nil)
    #expect(run.prompts.contains("Who ended it? (freelancer, client, platform) [freelancer]: "))
    #expect(run.prompts.contains("End reason, if you have chosen one [none]: "))
    let text = try snapshotText(run)
    #expect(text.contains("\n  status: ended\n  # "))
    #expect(text.contains("\n  ended_at: 2026-12-07T03:40:00Z\n"))
    #expect(text.contains("\n  ended_by: client\n"))
    #expect(text.contains("\n  submitted_at: 2026-12-06T00:00:00Z\n"))
    #expect(text.contains("\n  reason: other\n"))
  }

  @Test func theEndOfTheInputStopsTheInterview() throws {
    let run = try run(["ct-1", "Site"])
    guard case .failure(let ended) = run.result else {
      Issue.record("the interview finished without replies")
      return
    }
    #expect(ended.question.topic == .kind)
    #expect(
      ended.message
        == "the input ended before the question 'How is the contract paid?' was answered; no snapshot was written"
    )
  }
}
