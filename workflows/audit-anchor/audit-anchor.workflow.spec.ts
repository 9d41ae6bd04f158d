import { AnchorRecord, ANCHORS_KEPT } from './audit-anchor.contract';
import { withPresentedHead } from './audit-anchor.workflow';

const empty: AnchorRecord = { campaignId: 'c', heads: [], regressions: [] };
const AT = '2026-12-01T00:00:00.000Z';

describe(withPresentedHead.name, () => {
  it('should keep each newer head, and nothing twice when the same head comes again', () => {
    const one = withPresentedHead(empty, { chainIndex: 3, hash: 'h3' }, AT);
    const two = withPresentedHead(one, { chainIndex: 5, hash: 'h5' }, AT);
    expect(two.heads).toEqual([
      { chainIndex: 3, hash: 'h3', anchoredAt: AT },
      { chainIndex: 5, hash: 'h5', anchoredAt: AT },
    ]);
    expect(withPresentedHead(two, { chainIndex: 5, hash: 'h5' }, AT)).toBe(two);
  });

  it('should record a regression, and keep the anchored head, when an older or a different head comes', () => {
    const anchored = withPresentedHead(empty, { chainIndex: 5, hash: 'h5' }, AT);
    const older = withPresentedHead(anchored, { chainIndex: 3, hash: 'h3' }, 'later');
    const other = withPresentedHead(older, { chainIndex: 5, hash: 'forged' }, 'later still');
    expect(other.heads).toEqual(anchored.heads);
    expect(other.regressions).toEqual([
      { anchored: anchored.heads[0], presented: { chainIndex: 3, hash: 'h3' }, at: 'later' },
      { anchored: anchored.heads[0], presented: { chainIndex: 5, hash: 'forged' }, at: 'later still' },
    ]);
  });

  it('should keep only the newest heads when many arrive', () => {
    let record = empty;
    for (let index = 1; index <= ANCHORS_KEPT + 5; index += 1) {
      record = withPresentedHead(record, { chainIndex: index, hash: `h${index}` }, AT);
    }
    expect(record.heads).toHaveLength(ANCHORS_KEPT);
    expect(record.heads[0].chainIndex).toBe(6);
  });
});
