import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { buildStandard } from './standard.fixture';
import { assertValidStandard, validateStandard } from './standard-validation';

function fieldsOf(problems: { field: string }[]): string[] {
  return problems.map((problem) => problem.field);
}

describe('validateStandard', () => {
  it('should report no problems when the standard is valid', () => {
    expect(validateStandard(buildStandard())).toEqual([]);
  });

  it('should list every problem at once when several fields are wrong', () => {
    const def = buildStandard();
    def.code = ' ';
    def.categories[0].items[0].maxScore = -1;
    def.categories[1].items[0].scoreStep = 0;
    def.tiers = [];

    expect(fieldsOf(validateStandard(def))).toEqual([
      'code',
      'categories[0].items[0].maxScore',
      'categories[1].items[0].scoreStep',
      'tiers',
    ]);
  });

  it('should report the header fields when code, version, title and title kind are missing', () => {
    const def = { ...buildStandard(), code: '', version: 0, title: '', titleKind: '' };

    expect(fieldsOf(validateStandard(def))).toEqual(['code', 'version', 'title', 'titleKind']);
  });

  it('should name the first use when an item code repeats in another category', () => {
    const def = buildStandard();
    def.categories[1].items[0].code = 'A-01';

    expect(validateStandard(def)).toEqual([
      {
        field: 'categories[1].items[0].code',
        message: 'The item code A-01 is already used at categories[0].items[0]; codes must be unique.',
      },
    ]);
  });

  it('should report a duplicate category code when two categories share one', () => {
    const def = buildStandard();
    def.categories[2].code = 'A';

    expect(fieldsOf(validateStandard(def))).toEqual(['categories[2].code']);
  });

  it('should report the categories when there are none', () => {
    const def = { ...buildStandard(), categories: [] };

    expect(validateStandard(def)).toEqual([
      { field: 'categories', message: 'The standard has no categories; add one with at least one item.' },
    ]);
  });

  it('should report an empty category when it has no items', () => {
    const def = buildStandard();
    def.categories[2].items = [];

    expect(validateStandard(def)).toEqual([
      { field: 'categories[2].items', message: 'Category V has no items; add one.' },
    ]);
  });

  it('should refuse a zero maximum when the item is not a veto item', () => {
    const def = buildStandard();
    def.categories[0].items[1].maxScore = 0;

    expect(validateStandard(def)).toEqual([
      {
        field: 'categories[0].items[1].maxScore',
        message: 'Item A-02: the maximum score must be above 0 (only a veto item may have 0).',
      },
    ]);
  });

  it('should accept a zero maximum when the item is a veto flag', () => {
    const def = buildStandard();

    expect(def.categories[2].items[0]).toMatchObject({ maxScore: 0, veto: true });
    expect(validateStandard(def)).toEqual([]);
  });

  it('should refuse a step when it does not divide the maximum', () => {
    const def = buildStandard();
    def.categories[0].items[0].scoreStep = 3;

    expect(validateStandard(def)).toEqual([
      {
        field: 'categories[0].items[0].scoreStep',
        message:
          'Item A-01: the maximum score 10 is not a multiple of the step 3; choose a step that divides it.',
      },
    ]);
  });

  it('should accept a decimal step when it divides the maximum exactly', () => {
    const def = buildStandard();
    def.categories[0].items[0].maxScore = 0.3;
    def.categories[0].items[0].scoreStep = 0.1;

    expect(validateStandard(def)).toEqual([]);
  });

  it('should refuse scores with a third decimal when given as maximum or step', () => {
    const def = buildStandard();
    def.categories[0].items[0].maxScore = 10.125;
    def.categories[0].items[1].scoreStep = 0.125;

    expect(fieldsOf(validateStandard(def))).toEqual([
      'categories[0].items[0].maxScore',
      'categories[0].items[1].scoreStep',
    ]);
  });

  it('should report applicability, veto flag, title and evidence when they are malformed', () => {
    const def = buildStandard();
    const item = def.categories[0].items[0] as unknown as Record<string, unknown>;
    item.appliesTo = 'CITY';
    item.veto = 'no';
    item.title = '';
    item.evidence = ['文件', ' '];

    expect(fieldsOf(validateStandard(def))).toEqual([
      'categories[0].items[0].title',
      'categories[0].items[0].appliesTo',
      'categories[0].items[0].veto',
      'categories[0].items[0].evidence[1]',
    ]);
  });

  it('should require tiers from highest to lowest when two are in the wrong order', () => {
    const def = buildStandard();
    def.tiers = [
      { name: '达标', minTotal: 70 },
      { name: '精品', minTotal: 90 },
    ];

    expect(validateStandard(def)).toEqual([
      {
        field: 'tiers[1].minTotal',
        message:
          'Tier 精品 starts at 90, not below tier 达标 (70); list tiers from highest to lowest with different minimums.',
      },
    ]);
  });

  it('should refuse equal minimums when two tiers share a threshold', () => {
    const def = buildStandard();
    def.tiers[1].minTotal = 90;

    expect(fieldsOf(validateStandard(def))).toEqual(['tiers[1].minTotal']);
  });

  it('should refuse a tier name when it repeats', () => {
    const def = buildStandard();
    def.tiers[2].name = '精品';

    expect(validateStandard(def)).toEqual([
      { field: 'tiers[2].name', message: 'The tier name 精品 is used more than once.' },
    ]);
  });

  it('should refuse a minimum total when it is outside 0 to 100', () => {
    const def = buildStandard();
    def.tiers[0].minTotal = 100.5;
    def.tiers[2].minTotal = -1;

    expect(fieldsOf(validateStandard(def))).toEqual(['tiers[0].minTotal', 'tiers[2].minTotal']);
  });

  it('should accept tier minimums of exactly 100 and 0 when they are the bounds', () => {
    const def = buildStandard();
    def.tiers = [
      { name: '满分', minTotal: 100 },
      { name: '参与', minTotal: 0 },
    ];

    expect(validateStandard(def)).toEqual([]);
  });

  it('should report a served kind when only veto flags apply to it', () => {
    const def = buildStandard();
    def.categories[2].items.push({
      code: 'V-02',
      title: '农村专项否决',
      maxScore: 0,
      scoreStep: 1,
      appliesTo: 'RURAL',
      evidence: [],
      veto: true,
    });
    def.categories[0].items.forEach((item) => (item.appliesTo = 'URBAN'));
    def.categories[1].items.pop();

    expect(validateStandard(def)).toEqual([
      {
        field: 'categories',
        message:
          'The standard serves rural communities but has no scored item for them (only veto flags); a total cannot be computed.',
      },
    ]);
  });

  it('should accept a standard for one kind only when it serves only that kind', () => {
    const def = buildStandard();
    def.categories[0].items.forEach((item) => (item.appliesTo = 'URBAN'));
    def.categories[1].items.pop();
    def.categories[2].items[0].appliesTo = 'URBAN';

    expect(validateStandard(def)).toEqual([]);
  });
});

describe('assertValidStandard', () => {
  it('should pass silently when the standard is valid', () => {
    expect(() => assertValidStandard(buildStandard())).not.toThrow();
  });

  it('should throw VALIDATION_FAILED with every problem when the standard is invalid', () => {
    const def = buildStandard();
    def.tiers = [];
    def.categories[0].items[0].code = 'A-02';

    let caught: unknown;
    try {
      assertValidStandard(def);
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe(DomainErrorCode.VALIDATION_FAILED);
    expect((caught as DomainError).message).toBe('Standard PINGAN v2 has problems; each is listed.');
    expect(fieldsOf((caught as DomainError).details.problems as { field: string }[])).toEqual([
      'categories[0].items[1].code',
      'tiers',
    ]);
  });
});
