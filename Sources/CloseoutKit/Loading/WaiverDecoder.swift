import CEL
import YAML

/// Decodes a list of waivers from a YAML tree: a waiver file's root, or a snapshot's `waivers:`
/// section. Every problem is reported, located, with a did-you-mean for a misspelled key.
struct WaiverDecoder {
  private var reader: NodeReader

  init(file: String) { reader = NodeReader(file: file) }

  /// The waivers of a waiver file, whose every waiver names its contract; an empty file holds none.
  mutating func decodeFile(_ root: Node) -> (waivers: [Waiver], problems: [Diagnostic]) {
    if root.isNull { return ([], []) }
    guard let items = reader.sequence(root, "a waiver file") else { return ([], reader.problems) }
    let waivers = items.compactMap { waiver($0, contractRequired: true) }
    return (waivers, reader.problems)
  }

  /// The waivers of a snapshot's `waivers:` section (`section`), about the snapshot's contract
  /// `contractID`: a waiver that names another contract is reported.
  mutating func decodeSection(_ section: Node, contractID: String?) -> (
    waivers: [Waiver], problems: [Diagnostic]
  ) {
    if section.isNull { return ([], []) }
    guard let items = reader.sequence(section, "'waivers'") else { return ([], reader.problems) }
    let waivers = items.compactMap { item -> Waiver? in
      guard let waiver = waiver(item, contractRequired: false) else { return nil }
      if let named = waiver.contract, let contractID, named.value != contractID {
        reader.report(
          item, "this waiver names the contract '\(named.value)', but the snapshot is of '\(contractID)'",
          hint: "leave 'contract' out: a snapshot's waivers are about its own contract")
        return nil
      }
      return waiver
    }
    return (waivers, reader.problems)
  }

  /// One waiver; nil, with its problems reported, when it is not a valid one.
  private mutating func waiver(_ node: Node, contractRequired: Bool) -> Waiver? {
    let required = ["rule", "reason", "accepted_by", "expires"] + (contractRequired ? ["contract"] : [])
    guard let keys = reader.mapping(node, "a waiver", allowed: Waiver.keys, required: required) else {
      return nil
    }
    let rule = keys["rule"].flatMap { reader.identifier($0, "'rule'") }
    let contract = keys["contract"].flatMap { reader.string($0, "'contract'") }
    let reason = keys["reason"].flatMap { reader.string($0, "'reason'") }
    let acceptedBy = keys["accepted_by"].flatMap { reader.string($0, "'accepted_by'") }
    var expiry: (Located<String>, CEL.Timestamp)?
    if let node = keys["expires"], let text = reader.string(node, "'expires'") {
      if let moment = Waiver.expiry(of: text.value) {
        expiry = (text, moment)
      } else {
        reader.report(
          node, "'expires' must be a date such as 2026-12-31 or an RFC 3339 date-time, not '\(text.value)'")
      }
    }
    guard let rule, let reason, let acceptedBy, let expiry, contract != nil || !contractRequired else {
      return nil
    }
    return Waiver(
      rule: rule, contract: contract, reason: reason.value, acceptedBy: acceptedBy.value, expires: expiry.0,
      expiry: expiry.1)
  }
}
