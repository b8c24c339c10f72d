# lhs-maturity messages in English: page.
