# lhs-maturity messages in English: diagnostics.
