"""Change feed, bundles, merge and conflicts for sneakernet team sync."""
