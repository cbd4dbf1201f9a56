"""Stage `extract`: language-pack rules that read mentions out of one sentence.

One module per kind of mention: `numbers` and `tolls` (how many, killed or injured),
`sources` (who said so), `places`, `dates`, `events` (what happened, ACLED type).
"""
