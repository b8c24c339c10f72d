# Messages of lhs-maturity in English: the reports (Markdown, HTML, SVG), the templates, the
# command line's tables and the web page. Translators: keep every { $variable } and
# { -term }; write each plural form your language has ([zero] [one] [two] [few] [many] [other]).
# Numbers arrive already written in your language's notation.

## Terms

-lhs = learning health system

## Counts

count-indicators = { $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
}
