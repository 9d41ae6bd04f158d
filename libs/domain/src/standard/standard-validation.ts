import { DomainError, Problem } from '../errors/domain-error';
import { toHundredths } from './decimal-arithmetic';
import { describeKind, scoredItems, servedKinds } from './standard-items';
import { StandardCategory, StandardDefinition, StandardItem, StandardTier } from './standard.types';

const APPLICABILITIES: readonly unknown[] = ['URBAN', 'RURAL', 'BOTH'];

/** Lists every problem with a standard, each with its field path and a message a clerk can act on. */
export function validateStandard(def: StandardDefinition): Problem[] {
  return [
    ...headerProblems(def),
    ...categoriesProblems(def.categories),
    ...tiersProblems(def.tiers),
    ...coverageProblems(def),
  ];
}

/** Throws VALIDATION_FAILED with details.problems listing every problem, unless the standard is valid. */
export function assertValidStandard(def: StandardDefinition): void {
  const problems = validateStandard(def);
  if (problems.length > 0) {
    throw DomainError.validation(
      problems,
      `Standard ${def.code} v${def.version} has problems; each is listed.`,
    );
  }
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function headerProblems(def: StandardDefinition): Problem[] {
  const problems: Problem[] = [];
  if (isBlank(def.code)) problems.push({ field: 'code', message: 'Give the standard a code.' });
  if (!Number.isInteger(def.version) || def.version < 1) {
    problems.push({ field: 'version', message: 'The version must be a whole number, 1 or more.' });
  }
  if (isBlank(def.title)) problems.push({ field: 'title', message: 'Give the standard a title.' });
  if (isBlank(def.titleKind)) {
    problems.push({ field: 'titleKind', message: 'Say which title the standard awards, e.g. 平安社区.' });
  }
  return problems;
}

/** Checks a code is present and not used before; `seen` maps each code to where it was first used. */
function codeProblems(seen: Map<string, string>, code: string, path: string, what: string): Problem[] {
  const field = `${path}.code`;
  if (isBlank(code)) return [{ field, message: `Give the ${what} a code.` }];
  const firstUse = seen.get(code);
  if (firstUse !== undefined) {
    return [
      { field, message: `The ${what} code ${code} is already used at ${firstUse}; codes must be unique.` },
    ];
  }
  seen.set(code, path);
  return [];
}

function categoriesProblems(categories: StandardCategory[]): Problem[] {
  if (!Array.isArray(categories) || categories.length === 0) {
    return [
      { field: 'categories', message: 'The standard has no categories; add one with at least one item.' },
    ];
  }
  const categoryCodes = new Map<string, string>();
  // Item codes are unique across the whole standard, not just within a category, because scores are keyed by them.
  const itemCodes = new Map<string, string>();
  return categories.flatMap((category, c) => {
    const path = `categories[${c}]`;
    const problems = codeProblems(categoryCodes, category.code, path, 'category');
    if (isBlank(category.title))
      problems.push({ field: `${path}.title`, message: 'Give the category a title.' });
    if (!Array.isArray(category.items) || category.items.length === 0) {
      return [
        ...problems,
        { field: `${path}.items`, message: `Category ${category.code} has no items; add one.` },
      ];
    }
    category.items.forEach((item, i) => {
      const itemPath = `${path}.items[${i}]`;
      problems.push(...codeProblems(itemCodes, item.code, itemPath, 'item'), ...itemProblems(item, itemPath));
    });
    return problems;
  });
}

function itemProblems(item: StandardItem, path: string): Problem[] {
  const label = isBlank(item.code) ? 'This item' : `Item ${item.code}`;
  const problems: Problem[] = [];
  if (isBlank(item.title)) problems.push({ field: `${path}.title`, message: `${label} needs a title.` });
  if (!APPLICABILITIES.includes(item.appliesTo)) {
    const message = `${label} must apply to URBAN, RURAL or BOTH.`;
    problems.push({ field: `${path}.appliesTo`, message });
  }
  if (typeof item.veto !== 'boolean') {
    problems.push({
      field: `${path}.veto`,
      message: `${label} must say whether it is a veto item (true or false).`,
    });
  }
  problems.push(...evidenceProblems(item.evidence, `${path}.evidence`, label));
  return [...problems, ...scoreRuleProblems(item, path, label)];
}

function evidenceProblems(evidence: unknown, field: string, label: string): Problem[] {
  if (!Array.isArray(evidence)) {
    return [{ field, message: `${label} must list its evidence; use an empty list when none is asked for.` }];
  }
  return evidence.flatMap((entry, e) =>
    isBlank(entry) ? [{ field: `${field}[${e}]`, message: `${label} has an empty evidence entry.` }] : [],
  );
}

function scoreRuleProblems(item: StandardItem, path: string, label: string): Problem[] {
  const problems: Problem[] = [];
  const max = toHundredths(item.maxScore);
  const step = toHundredths(item.scoreStep);
  const maxField = `${path}.maxScore`;
  if (max === null || max < 0) {
    problems.push({
      field: maxField,
      message: `${label}: the maximum score must be 0 or more, with at most two decimals.`,
    });
  } else if (max === 0 && item.veto !== true) {
    // A zero maximum only makes sense for a yes/no veto flag; a scored item would drop out of the total.
    problems.push({
      field: maxField,
      message: `${label}: the maximum score must be above 0 (only a veto item may have 0).`,
    });
  }
  if (step === null || step <= 0) {
    const message = `${label}: the score step must be above 0, with at most two decimals (e.g. 0.5 or 1).`;
    problems.push({ field: `${path}.scoreStep`, message });
  } else if (max !== null && max > 0 && max % step !== 0) {
    const message = `${label}: the maximum score ${item.maxScore} is not a multiple of the step ${item.scoreStep}; choose a step that divides it.`;
    problems.push({ field: `${path}.scoreStep`, message });
  }
  return problems;
}

function tiersProblems(tiers: StandardTier[]): Problem[] {
  if (!Array.isArray(tiers) || tiers.length === 0) {
    return [{ field: 'tiers', message: 'Add at least one tier, e.g. 达标 from 70.' }];
  }
  const names = new Set<string>();
  return tiers.flatMap((tier, t) => {
    const problems: Problem[] = [];
    const path = `tiers[${t}]`;
    if (isBlank(tier.name)) problems.push({ field: `${path}.name`, message: 'Give the tier a name.' });
    else if (names.has(tier.name)) {
      problems.push({ field: `${path}.name`, message: `The tier name ${tier.name} is used more than once.` });
    }
    names.add(tier.name);
    return [...problems, ...tierMinimumProblems(tier, t === 0 ? undefined : tiers[t - 1], path)];
  });
}

function tierMinimumProblems(tier: StandardTier, above: StandardTier | undefined, path: string): Problem[] {
  const field = `${path}.minTotal`;
  const minimum = toHundredths(tier.minTotal);
  if (minimum === null || minimum < 0 || minimum > 10_000) {
    return [
      {
        field,
        message: `Tier ${tier.name}: the minimum total must be between 0 and 100, with at most two decimals.`,
      },
    ];
  }
  const aboveMinimum = above === undefined ? null : toHundredths(above.minTotal);
  // Tiers are listed highest first so the first tier reached is the best one; equal minimums would be ambiguous.
  if (above !== undefined && aboveMinimum !== null && minimum >= aboveMinimum) {
    const message = `Tier ${tier.name} starts at ${tier.minTotal}, not below tier ${above.name} (${above.minTotal}); list tiers from highest to lowest with different minimums.`;
    return [{ field, message }];
  }
  return [];
}

function coverageProblems(def: StandardDefinition): Problem[] {
  // Malformed categories are already reported above; checking coverage on them would only repeat it.
  if (!Array.isArray(def.categories) || !def.categories.every((category) => Array.isArray(category.items)))
    return [];
  return servedKinds(def)
    .filter((kind) => scoredItems(def, kind).length === 0)
    .map((kind) => ({
      field: 'categories',
      message: `The standard serves ${describeKind(kind)} but has no scored item for them (only veto flags); a total cannot be computed.`,
    }));
}
