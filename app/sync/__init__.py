"""Change feed, bundles, merge and conflicts for sneakernet team sync.

changelog   every local edit -> signed, hash-chained field ops (same transaction as the edit)
hlc         hybrid logical clock
merge       the op set folded into rows and conflict rows (a pure function of the ops)
roster      device cards, team members, revocation (roster changes are ops too)
bundles     export / import of encrypted bundles (envelope: app/crypto/bundle.py)
conflicts   the Conflicts screen's use cases (list, resolve; a resolution is an op)
cli_command `letapis sync ...`
"""
