"""Pure, typed domain logic: no database, no Qt, no I/O."""
