import Testing

@testable import CloseoutKit

/// The HTML catalogue is one self-contained page in which every piece of rule text is escaped.
@Suite struct HTMLCatalogueTests {
  static let hostile = """
    steps:
      - {id: s, title: "<script>alert('step')</script>", description: "Tom & Jerry's \\"notes\\""}
    rules:
      - id: r
        step: s
        severity: warning
        title: "<b>bold</b> & <i>more</i>"
        rationale: "</p><img src=x onerror=alert(1)>"
        let:
          lt: "1 < 2"
        when: "lt && 'a' != '<'"
        message: "{{ '<tag>' }} & done"
        next: "Use \\"quotes\\" and 'apostrophes'"
    """

  @Test func everythingFromTheRuleFilesIsEscaped() throws {
    let ruleSet = try Fixtures.ruleSet([("rules/<x>.yaml", Self.hostile)])
    let html = CatalogueFormat.html.render(RuleCatalogue(ruleSet: ruleSet, cases: [], directories: ["rules"]))
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
    #expect(html.hasSuffix("</body>\n</html>\n"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>"))
    #expect(!html.contains("<tag>"))
    #expect(html.contains("&lt;script&gt;alert(&#39;step&#39;)&lt;/script&gt;"))
    #expect(html.contains("Tom &amp; Jerry&#39;s &quot;notes&quot;"))
    #expect(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;more&lt;/i&gt;"))
    #expect(html.contains("&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;"))
    #expect(
      html.contains(
        "<pre><code>let lt = 1 &lt; 2\nwhen lt &amp;&amp; &#39;a&#39; != &#39;&lt;&#39;</code></pre>"))
    #expect(html.contains("<pre><code>{{ &#39;&lt;tag&gt;&#39; }} &amp; done</code></pre>"))
    #expect(html.contains("<code>rules/&lt;x&gt;.yaml:4:9</code>"))
    #expect(!html.contains("http"))  // no external resources
  }

  @Test(arguments: [
    ("a & b", "a &amp; b"),
    ("<a href=\"x\">", "&lt;a href=&quot;x&quot;&gt;"),
    ("it's", "it&#39;s"),
    ("plain", "plain"),
  ])
  func escape(text: String, expected: String) {
    #expect(HTMLCatalogue.escape(text) == expected)
  }

  @Test func markdownEscapesTheSameRuleText() throws {
    let ruleSet = try Fixtures.ruleSet([("rules/r.yaml", Self.hostile)])
    let markdown = CatalogueFormat.markdown.render(
      RuleCatalogue(ruleSet: ruleSet, cases: [], directories: ["rules"]))
    #expect(markdown.contains(#"## 1. \<script\>alert('step')\</script\>"#))
    #expect(markdown.contains(#"**\<b\>bold\</b\> \& \<i\>more\</i\>**: warning"#))
    #expect(markdown.contains(#"\</p\>\<img src=x onerror=alert(1)\>"#))
  }
}
