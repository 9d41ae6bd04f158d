/**
 * How large a standard may be, the one place these are defined: POST /standards refuses a body beyond them
 * (StandardDto's ArrayMaxSize/MaxLength) and the standard's sheet import refuses the first row past them.
 */
export const STANDARD_LIMITS = {
  categories: 50,
  itemsPerCategory: 200,
  tiers: 10,
  evidenceEntries: 20,
  evidenceLength: 200,
} as const;
