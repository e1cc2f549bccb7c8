import CEL

/// The waivers of a waiver file, ready to be matched against each snapshot checked: a waiver
/// holds for the findings of its rule on its contract until the snapshot's `as_of` reaches its
/// expiry. The snapshot's own `waivers:` come after the file's.
public struct WaiverSet: Sendable {
  /// The waiver file's waivers, in file order.
  public var waivers: [Waiver]

  /// A set of `waivers` (none by default: only the snapshots' own waivers apply).
  public init(_ waivers: [Waiver] = []) { self.waivers = waivers }

  /// The waivers about `snapshot`'s contract, split into those in force and those expired at its
  /// `as_of`. Without a readable `as_of` (possible only with `--no-validate`) every waiver is in force.
  func applicable(to snapshot: Snapshot) -> Applied {
    let contract = snapshot.contractID
    let own = waivers.filter { $0.contract?.value == contract && contract != nil } + snapshot.waivers
    let asOf = Self.asOf(snapshot)
    var applied = Applied(contract: contract ?? snapshot.file, asOf: asOf)
    for waiver in own {
      if let moment = asOf?.moment, moment >= waiver.expiry {
        applied.expired.append(waiver)
      } else {
        applied.inForce.append(waiver)
      }
    }
    // Not `Array(repeating:count:)`, which looks the array's type up at run time.
    applied.used = Array(repeatElement(false, count: applied.inForce.count))
    return applied
  }

  /// The snapshot's `as_of`, as written and as a moment.
  private static func asOf(_ snapshot: Snapshot) -> (text: String, moment: Timestamp)? {
    switch snapshot.root["as_of"] {
    case .string(let text)?: Timestamp(rfc3339: text).map { (text, $0) }
    case .timestamp(let moment)?: (moment.rfc3339, moment)
    default: nil
    }
  }

  /// The waivers that one check applies, and which of them it used.
  struct Applied {
    /// The contract's id (the snapshot's file when it has none), as warnings name it.
    var contract: String
    /// The snapshot's `as_of`, when it has a readable one.
    var asOf: (text: String, moment: Timestamp)?
    /// The waivers in force, in order: the file's, then the snapshot's.
    var inForce: [Waiver] = []
    /// The waivers past their expiry.
    var expired: [Waiver] = []
    /// By position in `inForce`: whether a finding matched it.
    var used: [Bool] = []

    /// Whether there is nothing to apply or report.
    var isEmpty: Bool { inForce.isEmpty && expired.isEmpty }

    /// `finding` marked as waived by the first waiver in force for its rule; every such waiver
    /// counts as used.
    mutating func waive(_ finding: Finding) -> Finding {
      var waived = finding
      for (index, waiver) in inForce.enumerated() where waiver.rule.value == finding.rule {
        used[index] = true
        if waived.waiver == nil {
          waived.waiver = Finding.Waived(
            reason: waiver.reason, acceptedBy: waiver.acceptedBy, expires: waiver.expires.value,
            location: waiver.rule.location)
        }
      }
      return waived
    }

    /// A warning for each expired waiver and each waiver in force that no finding used; `ruleIDs`
    /// are the rule set's, to tell a waiver of a rule that did not fire from one of no rule.
    func warnings(ruleIDs: [String]) -> [Diagnostic] {
      var warnings: [Diagnostic] = []
      let asOfText = asOf?.text ?? "?"
      for waiver in expired {
        warnings.append(
          Diagnostic(
            .warning, at: waiver.expires.location,
            "the waiver of '\(waiver.rule.value)' for contract '\(contract)' expired on \(waiver.expires.value)"
              + " (the snapshot is as of \(asOfText)): its findings count again",
            hint: "renew the waiver with a later 'expires', or deal with the finding"))
      }
      for (index, waiver) in inForce.enumerated() where !used[index] {
        if ruleIDs.contains(waiver.rule.value) {
          warnings.append(
            Diagnostic(
              .warning, at: waiver.rule.location,
              "the waiver of '\(waiver.rule.value)' for contract '\(contract)' is unused: the rule did not fire",
              hint: "remove the waiver"))
        } else {
          warnings.append(
            Diagnostic(
              .warning, at: waiver.rule.location,
              "the waiver of '\(waiver.rule.value)' for contract '\(contract)' is unused: there is no rule"
                + " '\(waiver.rule.value)'",
              hint: Suggestion.didYouMean(waiver.rule.value, among: ruleIDs) ?? "remove the waiver"))
        }
      }
      return warnings.sortedByLocation()
    }
  }
}
