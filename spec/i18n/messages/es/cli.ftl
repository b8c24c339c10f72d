# lhs-maturity messages in English: cli.
