/** Scores keyed by item code, e.g. { 'A-01': 8.5 }: one inspector's sheet, a self-check or a combined result. */
export type ItemScores = Record<string, number>;

/** How several inspectors' scores for one item combine (campaign inspection policy). */
export type CombineMethod = 'MEAN' | 'TRIMMED_MEAN';
