"""Small sibling modules, each turning a page into candidates for record fields."""
