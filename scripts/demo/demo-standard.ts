import type { StandardDefinition, StandardItem } from '@app/domain';

function item(
  code: string,
  title: string,
  maxScore: number,
  scoreStep: number,
  appliesTo: 'URBAN' | 'RURAL' | 'BOTH',
  evidence: string[],
): StandardItem {
  return { code, title, maxScore, scoreStep, appliesTo, evidence, veto: false };
}

function veto(code: string, title: string): StandardItem {
  return { code, title, maxScore: 0, scoreStep: 1, appliesTo: 'BOTH', evidence: ['情况说明'], veto: true };
}

/**
 * The demo 平安社区 standard: 20 items in 5 categories, 100 points for urban and for rural
 * communities alike — facilities differ (六室一场 vs 八室一厅一场一栏一院, and video coverage) —
 * two veto items, tiers 精品 ≥ 90, 示范 ≥ 80, 达标 ≥ 70.
 */
export const DEMO_STANDARD: Omit<StandardDefinition, 'version'> = {
  code: 'PINGAN',
  title: '示范街道平安社区创建标准（2026版）',
  titleKind: '平安社区',
  categories: [
    {
      code: 'A',
      title: '组织领导',
      items: [
        item('A-01', '成立平安社区创建工作领导小组，职责分工明确', 5, 0.5, 'BOTH', [
          '领导小组成立文件',
          '成员分工表',
        ]),
        item('A-02', '制定年度创建工作计划和实施方案', 5, 0.5, 'BOTH', ['年度工作计划', '创建实施方案']),
        item('A-03', '每季度召开平安建设工作例会，研究解决突出问题', 5, 1, 'BOTH', ['会议记录', '签到表']),
        item('A-04', '平安建设工作台账齐全、规范，按时报送信息', 5, 0.5, 'BOTH', [
          '工作台账',
          '信息报送记录',
        ]),
      ],
    },
    {
      code: 'B',
      title: '阵地建设',
      items: [
        item(
          'B-01',
          '社区服务阵地达到“六室一场”标准（办公室、警务室、调解室、综治工作室、图书阅览室、党员活动室和室外活动场所）',
          10,
          1,
          'URBAN',
          ['阵地照片', '场所平面图'],
        ),
        item(
          'B-02',
          '村级服务阵地达到“八室一厅一场一栏一院”标准（含警务室、调解室、便民服务大厅、文体广场、村务公开栏、农家书院）',
          10,
          1,
          'RURAL',
          ['阵地照片', '场所平面图'],
        ),
        item('B-03', '设置平安建设宣传栏，内容每月更新', 5, 0.5, 'BOTH', ['宣传栏照片', '更新记录']),
      ],
    },
    {
      code: 'C',
      title: '治安防控',
      items: [
        item('C-01', '组建专兼职巡防队伍，开展常态化巡逻', 8, 0.5, 'BOTH', ['巡防队员名册', '巡逻记录']),
        item('C-02', '小区出入口和公共区域视频监控全覆盖并接入综治平台', 8, 1, 'URBAN', [
          '监控点位图',
          '平台联网截图',
        ]),
        item('C-03', '村主要路口、公共场所安装视频监控（“雪亮工程”）', 8, 1, 'RURAL', [
          '监控点位图',
          '平台联网截图',
        ]),
        item('C-04', '出租房屋和流动人口登记管理到位', 7, 0.5, 'BOTH', ['出租房屋台账', '流动人口登记表']),
        item('C-05', '定期开展消防安全检查，消防设施完好有效', 7, 0.5, 'BOTH', [
          '消防检查记录',
          '设施维护记录',
        ]),
        veto('V-01', '本年度发生重大安全生产事故或重大公共安全事件'),
        veto('V-02', '本年度发生重大刑事案件或造成恶劣影响的群体性事件'),
      ],
    },
    {
      code: 'D',
      title: '矛盾纠纷化解',
      items: [
        item('D-01', '建立人民调解委员会，调解员配备到位', 5, 0.5, 'BOTH', ['调委会成立文件', '调解员名册']),
        item('D-02', '矛盾纠纷排查化解率达到95%以上', 8, 0.5, 'BOTH', ['排查台账', '调解协议书']),
        item('D-03', '对社区矫正对象等重点人群落实服务管理和帮扶措施', 7, 0.5, 'BOTH', ['重点人员帮扶档案']),
      ],
    },
    {
      code: 'E',
      title: '宣传教育与群众评价',
      items: [
        item('E-01', '每季度开展法治宣传和防范电信诈骗宣传活动不少于1次', 5, 0.5, 'BOTH', [
          '活动照片',
          '活动记录',
        ]),
        item('E-02', '设立群众意见箱和平安热线，群众诉求及时回应', 5, 0.5, 'BOTH', [
          '诉求登记簿',
          '回访记录',
        ]),
        item('E-03', '群众安全感满意度测评达到90%以上', 5, 1, 'BOTH', ['满意度测评报告']),
      ],
    },
  ],
  tiers: [
    { name: '精品', minTotal: 90 },
    { name: '示范', minTotal: 80 },
    { name: '达标', minTotal: 70 },
  ],
};
