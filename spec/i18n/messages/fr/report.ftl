# lhs-maturity messages in English: reports (Markdown, HTML, SVG charts) and templates.
# Translators: keep every { $variable } and { -term } as it is; write every plural form your
# language has ([zero] [one] [two] [few] [many] [other]). Numbers arrive already written in your
# language's notation. Write in the register of a ministry of health guideline.

## Terms

-lhs = learning health system

## Counts

count-indicators = { $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
}
