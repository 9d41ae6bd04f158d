import { buildStandard } from './standard.fixture';
import { applicableItems, findItem, isVetoFlagOnly, scoredItems, servedKinds } from './standard-items';

function codesOf(items: { code: string }[]): string[] {
  return items.map((item) => item.code);
}

describe('applicableItems', () => {
  it('should return shared and urban items in order when the community is urban', () => {
    expect(codesOf(applicableItems(buildStandard(), 'URBAN'))).toEqual(['A-01', 'A-02', 'B-01', 'V-01']);
  });

  it('should return shared and rural items in order when the community is rural', () => {
    expect(codesOf(applicableItems(buildStandard(), 'RURAL'))).toEqual(['A-01', 'A-02', 'B-02', 'V-01']);
  });
});

describe('scoredItems', () => {
  it('should leave out pure veto flags when listing the items that carry a score', () => {
    expect(codesOf(scoredItems(buildStandard(), 'URBAN'))).toEqual(['A-01', 'A-02', 'B-01']);
  });

  it('should keep a veto item when it also carries a score', () => {
    const def = buildStandard();
    def.categories[2].items[0].maxScore = 5;

    expect(codesOf(scoredItems(def, 'RURAL'))).toEqual(['A-01', 'A-02', 'B-02', 'V-01']);
  });
});

describe('isVetoFlagOnly', () => {
  it('should be true only when a veto item has no maximum score', () => {
    const def = buildStandard();

    expect(isVetoFlagOnly(findItem(def, 'V-01')!)).toBe(true);
    expect(isVetoFlagOnly(findItem(def, 'A-01')!)).toBe(false);
  });
});

describe('servedKinds', () => {
  it('should list both kinds when items apply to both', () => {
    expect(servedKinds(buildStandard())).toEqual(['URBAN', 'RURAL']);
  });

  it('should list only rural when every item is rural', () => {
    const def = buildStandard();
    def.categories.forEach((category) => category.items.forEach((item) => (item.appliesTo = 'RURAL')));

    expect(servedKinds(def)).toEqual(['RURAL']);
  });
});
