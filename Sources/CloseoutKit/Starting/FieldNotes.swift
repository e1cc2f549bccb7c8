/// The one-line explanations that the template writes above fields whose schema has no
/// `description`, and above the fields it writes that the schema may not declare yet.
///
/// A field's schema `description` always wins: a note here is only for a field that has none, so
/// the schema stays the one place to explain a field. Tests check that every path here is one the
/// default schema declares without a description, or one of `undeclared`.
enum FieldNotes {
  /// The fields the template writes even where the schema does not declare them (snapshots may
  /// carry undeclared fields), with their explanations.
  static let undeclared: [String: String] = [
    "language":
      "The language the messages are usually written in, as a code such as en, es, de, fr, pt or it.",
    "contract.ended_by": "Who ended the contract, once it has ended: freelancer, client or platform.",
  ]

  /// Explanations by path (`[]` marks an array's items).
  static let byPath: [String: String] = undeclared.merging(
    [
      "contract": "The contract itself.",
      "contract.title": "The contract's title on the platform.",
      "contract.kind": "How the contract pays.",
      "contract.status": "Where the contract stands now.",
      "contract.started_at": "When the contract started (RFC 3339, UTC).",
      "contract.ended_at": "When the contract ended (RFC 3339, UTC); null while it runs.",
      "contract.client": "The client.",
      "contract.client.name": "The client's name, as the messages address them.",
      "contract.freelancer": "You, the freelancer.",
      "contract.freelancer.name": "Your name.",
      "messages[].from": "Who wrote the message.",
      "messages[].at": "When it was sent (RFC 3339, UTC).",
      "messages[].text": "What it says, copied from the conversation.",
      "client_agreement.agreed": "Whether the client agreed to end the contract.",
      "client_agreement.at": "When the client agreed (RFC 3339, UTC).",
      "tasks[].id": "The task's id, any short text.",
      "tasks[].title": "What the task is.",
      "tasks[].status": "How far the task is.",
      "tasks[].must_finish_before_end": "Whether it must be done before the contract ends.",
      "milestones[].id": "The milestone's id, any short text.",
      "milestones[].title": "The milestone's title.",
      "milestones[].amount": "Its amount, in its currency.",
      "milestones[].status": "Where its money stands.",
      "disputes[].kind": "What the dispute is about.",
      "disputes[].status": "Whether it is still open.",
      "disputes[].opened_at": "When it was opened (RFC 3339, UTC).",
      "disputes[].respond_by": "The deadline to respond (RFC 3339, UTC).",
      "handover": "What you have handed back to the client.",
      "handover.documentation_shared": "Whether you shared documentation or handover notes.",
      "handover.access_returned":
        "Whether you returned or gave up access to the client's accounts and systems.",
      "handover.referral_offered": "Whether you offered to refer someone to carry on the work.",
      "end_request.submitted_at":
        "When you requested the end on the platform (RFC 3339, UTC); null until then.",
      "end_request.comments": "Comments sent with the request, to explain the reason.",
      "feedback.public_text": "The feedback everyone can read.",
      "feedback.private_text": "The feedback only the platform reads.",
      "feedback.submitted_at": "When you submitted it (RFC 3339, UTC).",
      "reflection": "Notes for yourself once the contract is over.",
      "reflection.went_well": "What went well.",
      "reflection.to_improve": "What you would do differently.",
      "waivers[].reason": "Why the finding is accepted.",
      "waivers[].accepted_by": "Who accepted it.",
    ], uniquingKeysWith: { undeclared, _ in undeclared })
}
