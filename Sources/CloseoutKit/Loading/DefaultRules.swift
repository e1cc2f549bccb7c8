/// The default rule set's files, compiled into the binary by the `EmbedDefaultRules` plugin from the
/// repository's `rules/` directory (see `DefaultRules.generated.swift` in the build folder).
enum DefaultRules {}
