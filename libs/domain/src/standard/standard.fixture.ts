import { StandardDefinition } from './standard.types';

// Test-only: a small 平安社区 standard shared by the standard and scoring specs. Urban items total 25
// points (A-01, A-02, B-01), rural items 30 (A-01, A-02, B-02); V-01 is a pure veto flag.

/** Builds a fresh, valid standard for specs; each call returns a new object so specs may mutate it. */
export function buildStandard(): StandardDefinition {
  return {
    code: 'PINGAN',
    version: 2,
    title: '平安社区创建标准',
    titleKind: '平安社区',
    categories: [
      {
        code: 'A',
        title: '组织建设',
        items: [
          {
            code: 'A-01',
            title: '领导小组',
            maxScore: 10,
            scoreStep: 0.5,
            appliesTo: 'BOTH',
            evidence: ['文件'],
            veto: false,
          },
          {
            code: 'A-02',
            title: '工作台账',
            maxScore: 5,
            scoreStep: 1,
            appliesTo: 'BOTH',
            evidence: [],
            veto: false,
          },
        ],
      },
      {
        code: 'B',
        title: '阵地设施',
        items: [
          {
            code: 'B-01',
            title: '六室一场',
            maxScore: 10,
            scoreStep: 1,
            appliesTo: 'URBAN',
            evidence: ['照片'],
            veto: false,
          },
          {
            code: 'B-02',
            title: '八室一厅一场一栏一院',
            maxScore: 15,
            scoreStep: 0.5,
            appliesTo: 'RURAL',
            evidence: ['照片'],
            veto: false,
          },
        ],
      },
      {
        code: 'V',
        title: '一票否决',
        items: [
          {
            code: 'V-01',
            title: '重大公共安全事故',
            maxScore: 0,
            scoreStep: 1,
            appliesTo: 'BOTH',
            evidence: [],
            veto: true,
          },
        ],
      },
    ],
    tiers: [
      { name: '精品', minTotal: 90 },
      { name: '示范', minTotal: 80 },
      { name: '达标', minTotal: 70 },
    ],
  };
}
