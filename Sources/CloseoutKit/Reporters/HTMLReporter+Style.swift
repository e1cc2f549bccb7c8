/// The HTML report's style sheet, inline in the page: colours for a light and a dark scheme, and
/// print rules that open every checklist and keep the bars' colours.
extension HTMLReporter {
  static let style = """
    :root {
      color-scheme: light dark;
      --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; --track: #eaeef2;
      --blocker: #cf222e; --warning: #bf8700; --advice: #0969da; --ok: #1a7f37; --waived: #8250df;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23; --track: #262c36;
        --blocker: #f85149; --warning: #d29922; --advice: #4493f8; --ok: #3fb950; --waived: #ab7df8;
      }
    }
    * { box-sizing: border-box; }
    body {
      margin: 0 auto; max-width: 68rem; padding: 2rem 1.25rem 3rem;
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--fg);
    }
    h1 { font-size: 1.9rem; margin: 0; }
    h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
    h3 { font-size: 1rem; margin: .75rem 0 .25rem; }
    header > p { margin: .25rem 0 1rem; color: var(--muted); }
    code { font: .85em/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; color: var(--muted); }
    bdi, [dir=auto] { unicode-bidi: isolate; }
    .tally { display: flex; flex-wrap: wrap; gap: .75rem; list-style: none; margin: 0; padding: 0; }
    .tally li {
      flex: 1 1 10rem; padding: .75rem 1rem; border: 1px solid var(--line); border-top-width: 4px;
      border-radius: 8px; background: var(--panel); color: var(--muted);
    }
    .tally strong { display: block; font-size: 2.1rem; line-height: 1.15; color: var(--fg); }
    .tally .ready { border-top-color: var(--ok); }
    .tally .not-ready { border-top-color: var(--blocker); }
    .tally .unreadable { border-top-color: var(--muted); }
    .chart ol { list-style: none; margin: 0; padding: 0; }
    .chart li {
      display: grid; grid-template-columns: minmax(12rem, 2fr) 3fr minmax(7rem, auto); gap: .75rem;
      align-items: center; padding: .3rem 0;
    }
    .chart .rule { overflow-wrap: anywhere; }
    .chart .rule code { display: block; }
    .bar { display: flex; height: 1.1rem; border-radius: 4px; background: var(--track); overflow: hidden; }
    .bar span { display: block; height: 100%; min-width: 2px; }
    .bar .blocker { background: var(--blocker); }
    .bar .warning { background: var(--warning); }
    .legend { margin: -.25rem 0 .5rem; color: var(--muted); font-size: .85rem; }
    .key { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; vertical-align: -.05rem; }
    .key.blocker { background: var(--blocker); }
    .key.warning { background: var(--warning); margin-left: .5rem; }
    .chart .count { color: var(--muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
    details.contract {
      margin: .6rem 0; border: 1px solid var(--line); border-left: 5px solid var(--ok); border-radius: 8px;
      background: var(--bg);
    }
    details.not-ready { border-left-color: var(--blocker); }
    details.unreadable { border-left-color: var(--muted); }
    details.contract > :not(summary) { margin-left: 1rem; margin-right: 1rem; }
    summary { cursor: pointer; padding: .6rem 1rem; overflow-wrap: anywhere; }
    details[open] > summary { border-bottom: 1px solid var(--line); background: var(--panel); border-radius: 0 7px 0 0; }
    summary bdi { font-weight: 600; }
    summary .id, summary .verdict { color: var(--muted); margin-left: .35rem; }
    .ready > summary .mark { color: var(--ok); }
    .not-ready > summary .mark, .unreadable > summary .mark { color: var(--blocker); }
    .badge {
      display: inline-block; margin-left: .35rem; padding: 0 .5rem; border-radius: 1rem; font-size: .8rem;
      font-weight: 600; border: 1px solid currentColor; white-space: nowrap;
    }
    .badge.none { opacity: .45; font-weight: 400; }
    .blocker > .badge, .badge.blocker { color: var(--blocker); }
    .badge.warning { color: var(--warning); }
    .badge.advice { color: var(--advice); }
    .badge.waived { color: var(--waived); }
    .next { margin: .75rem 1rem; padding: .5rem .75rem; border-radius: 6px; background: var(--panel); }
    .steps { padding-left: 1.5rem; }
    .step { margin: .35rem 0; }
    .step > .mark { display: inline-block; width: 1.2rem; font-weight: 700; }
    .step.done > .mark { color: var(--ok); }
    .step.blocked > .mark { color: var(--blocker); }
    .step.next > .mark { color: var(--warning); }
    .step.waiting > .mark, .step.skipped > .mark, .step.skipped > .title { color: var(--muted); }
    .step > .title { font-weight: 600; }
    .step > .status { color: var(--muted); font-size: .85rem; margin-left: .25rem; }
    .findings { list-style: none; padding: 0; margin: .35rem 0 .5rem 1.2rem; }
    .finding { margin: .4rem 0; padding: .4rem .75rem; border-left: 3px solid var(--line); background: var(--panel); }
    .finding.blocker { border-left-color: var(--blocker); }
    .finding.warning { border-left-color: var(--warning); }
    .finding.advice { border-left-color: var(--advice); }
    .finding.waived { border-left-color: var(--waived); opacity: .85; }
    .finding .badge { margin-left: 0; margin-right: .25rem; }
    .finding p { margin: .2rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
    .finding .next-step::first-letter { color: var(--advice); font-weight: 700; }
    .finding .waiver { color: var(--waived); }
    .finding .places { color: var(--muted); font-size: .85em; }
    .problems { margin-bottom: .75rem; }
    .problems ul { padding-left: 1.2rem; margin: 0; }
    .problems li { overflow-wrap: anywhere; white-space: pre-wrap; }
    .problems .level { font-weight: 700; color: var(--blocker); }
    .problems .warning .level { color: var(--warning); }
    .problems .hint { margin: 0; color: var(--muted); }
    @media print {
      body { max-width: none; padding: 0; font-size: 10pt; }
      * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      details.contract, .chart li, .finding { break-inside: avoid; }
      details > summary { list-style: none; }
      ::details-content { content-visibility: visible; display: block; }
    }

    """
}
