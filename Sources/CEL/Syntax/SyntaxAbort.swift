/// Thrown inside the parser to unwind after a grammar error has been recorded.
struct SyntaxAbort: Error {}
