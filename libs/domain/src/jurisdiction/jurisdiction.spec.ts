import {
  childLevelOf,
  childPath,
  idsOnPath,
  JurisdictionNodeInput,
  validateJurisdictionNode,
} from './jurisdiction';

function node(overrides: Partial<JurisdictionNodeInput>): JurisdictionNodeInput {
  return {
    id: 'c-01',
    parentId: 'sfjd',
    level: 'COMMUNITY',
    name: '幸福社区',
    kind: 'URBAN',
    eligible: true,
    ineligibleReason: null,
    ...overrides,
  };
}

describe(validateJurisdictionNode.name, () => {
  it('should accept a community under a street when it has a kind', () => {
    expect(validateJurisdictionNode(node({}), 'STREET')).toEqual([]);
  });

  it('should accept a province without a parent', () => {
    const province = node({ id: 'zj', parentId: null, level: 'PROVINCE', name: '浙江省', kind: null });

    expect(validateJurisdictionNode(province, null)).toEqual([]);
  });

  it('should name the expected level when a level is skipped', () => {
    expect(validateJurisdictionNode(node({ level: 'STREET', kind: null }), 'CITY')).toEqual([
      { field: 'level', message: 'expected DISTRICT for a node under a CITY' },
    ]);
    expect(validateJurisdictionNode(node({ level: 'CITY', kind: null }), null)).toEqual([
      { field: 'level', message: 'expected PROVINCE for a node without a parent' },
    ]);
  });

  it('should skip the level check when the parent is unknown', () => {
    expect(validateJurisdictionNode(node({ level: 'CITY', kind: null }), undefined)).toEqual([]);
  });

  it('should refuse a parent when it is a community', () => {
    expect(validateJurisdictionNode(node({}), 'COMMUNITY')).toEqual([
      { field: 'parentId', message: 'a COMMUNITY cannot have children' },
    ]);
  });

  it('should list every problem when the id, name, kind and reason are wrong', () => {
    const bad = node({ id: 'c_01', name: ' ', kind: null, eligible: false, ineligibleReason: null });

    expect(validateJurisdictionNode(bad, 'STREET')).toEqual([
      { field: 'id', message: 'expected 1 to 64 letters, digits or -, starting with one' },
      { field: 'name', message: 'expected a name, e.g. 示范街道' },
      { field: 'kind', message: 'expected URBAN or RURAL for a COMMUNITY' },
      { field: 'ineligibleReason', message: 'say why it is not eligible, e.g. 组织尚未建立' },
    ]);
  });

  it('should refuse a reason when the community is eligible', () => {
    expect(validateJurisdictionNode(node({ ineligibleReason: '组织尚未建立' }), 'STREET')).toEqual([
      { field: 'ineligibleReason', message: 'give a reason only when eligible is false' },
    ]);
  });

  it('should refuse a kind or ineligibility when the node is not a community', () => {
    const street = node({ level: 'STREET', kind: 'URBAN', eligible: false, ineligibleReason: 'x' });

    expect(validateJurisdictionNode(street, 'DISTRICT')).toEqual([
      { field: 'kind', message: 'only a COMMUNITY has a kind' },
      { field: 'eligible', message: 'only a COMMUNITY can be marked not eligible' },
    ]);
  });
});

describe(childLevelOf.name, () => {
  it('should give the next level down, and null below a community', () => {
    expect(childLevelOf(null)).toBe('PROVINCE');
    expect(childLevelOf('DISTRICT')).toBe('STREET');
    expect(childLevelOf('COMMUNITY')).toBeNull();
  });
});

describe(childPath.name, () => {
  it('should append the id to the parent path, or start a root path', () => {
    expect(childPath(null, 'zj')).toBe('/zj/');
    expect(childPath('/zj/hz/', 'xh')).toBe('/zj/hz/xh/');
  });
});

describe(idsOnPath.name, () => {
  it('should list the ids from the root down to the node', () => {
    expect(idsOnPath('/zj/hz/xh/sfjd/c-01/')).toEqual(['zj', 'hz', 'xh', 'sfjd', 'c-01']);
  });
});
