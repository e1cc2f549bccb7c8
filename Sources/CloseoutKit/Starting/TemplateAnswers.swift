import CEL

/// What a freelancer says about a contract to start a snapshot of it; every field starts at the
/// value of the example contract that `closeout init` writes: active, the client told three days
/// ago but not agreed yet, one milestone paid and one funded.
public struct TemplateAnswers: Sendable, Equatable {
  /// A milestone of a fixed-price contract.
  public struct Milestone: Sendable, Equatable {
    /// The amount in the contract's currency.
    public var amount: Double
    /// A milestone status of the schema, such as `funded` or `paid`.
    public var status: String

    /// A milestone of `amount` with `status`.
    public init(amount: Double, status: String) {
      self.amount = amount
      self.status = status
    }
  }

  /// A dispute or refund request.
  public struct Dispute: Sendable, Equatable {
    /// A dispute kind of the schema: `hourly`, `fixed_price` or `refund_request`.
    public var kind: String
    /// `open` or `resolved`.
    public var status: String

    /// A dispute of `kind` with `status`.
    public init(kind: String, status: String) {
      self.kind = kind
      self.status = status
    }
  }

  /// The snapshot's "now", to the second.
  public var asOf: Timestamp
  /// The contract's id on the platform.
  public var contractID = "ct-1042"
  /// The contract's title.
  public var title = "Mobile app redesign"
  /// `fixed_price` or `hourly`.
  public var kind = "fixed_price"
  /// `active`, `paused`, `end_requested` or `ended`.
  public var status = "active"
  /// Who ended the contract (`freelancer`, `client` or `platform`), once it has ended.
  public var endedBy: String? = nil
  /// The language code the messages are usually written in.
  public var language = "en"
  /// The client's name.
  public var clientName = "Acme Corp"
  /// The freelancer's own name.
  public var freelancerName = "Dana Lee"
  /// When the freelancer told the client they want to end, or nil when they have not yet.
  public var toldClientAt: Timestamp?
  /// Whether the client agreed to end.
  public var clientAgreed = false
  /// Whether every agreed task is done.
  public var tasksDone = false
  /// The milestones, for a fixed-price contract.
  public var milestones = [Milestone(amount: 400, status: "paid"), Milestone(amount: 500, status: "funded")]
  /// The currency of the milestones' amounts.
  public var currency = "USD"
  /// Logged hours still in the client's review window, for an hourly contract.
  public var hoursInReview: Double = 0
  /// When the end was requested, once it has been.
  public var endRequestedAt: Timestamp? = nil
  /// The end reason chosen, if any.
  public var endReason: String? = nil
  /// A dispute or refund request, if there is one.
  public var dispute: Dispute? = Dispute(kind: "refund_request", status: "resolved")
  /// The public feedback drafted for the client, if any.
  public var feedback: String? = nil

  /// The example contract's answers, as of `asOf`.
  public init(asOf: Timestamp) {
    self.asOf = asOf
    toldClientAt = asOf.day(offset: -3)
  }

  /// Whether the contract is paid per milestone.
  var isFixedPrice: Bool { kind != "hourly" }

  /// Whether the end has been requested (or the contract has already ended).
  var endIsRequested: Bool { status == "end_requested" || status == "ended" }
}
